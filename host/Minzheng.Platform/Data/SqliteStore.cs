using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Data;

/// <summary>The embedded default: one SQLite file per database under the data folder (<c>&lt;folder&gt;/&lt;district&gt;/&lt;name&gt;.db</c>).</summary>
internal sealed class SqliteStore(DataFolder folder) : DataStore
{
    public override DatabaseEngine Engine => DatabaseEngine.Sqlite;

    public override DbContextOptionsBuilder UseDeploymentDatabase(DbContextOptionsBuilder builder, string name, Assembly migrations) =>
        builder.UseMinzhengEngine(DatabaseEngine.Sqlite, $"Data Source={Path.Combine(folder.Path, name + ".db")}", migrations, schema: null);

    public override DbContextOptionsBuilder UseDistrictDatabase(DbContextOptionsBuilder builder, string districtId, string name, string schema, Assembly migrations)
    {
        var file = folder.DistrictDatabase(districtId, name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return builder.UseMinzhengEngine(DatabaseEngine.Sqlite, $"Data Source={file}", migrations, schema: null);
    }

    public override System.Data.Common.DbConnection CreateConnection(string districtId, string name, string schema) =>
        new SqliteConnection($"Data Source={folder.DistrictDatabase(districtId, name)}");

    // A write transaction on SQLite (BEGIN IMMEDIATE) already holds the whole file.
    public override Task SerializeAsync(DbContext context, string resource, CancellationToken cancellationToken) => Task.CompletedTask;

    // Migrate creates the file itself.
    public override Task PrepareAsync(DbContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    // A file on the local disk has no outage to wait out: its errors are real errors.
    public override bool IsOutage(Exception exception) => false;

    public override void ForgetConnections() => SqliteConnection.ClearAllPools();
}
