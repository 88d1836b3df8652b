using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Data;

/// <summary>
/// Where the databases are, on the engine the deployment chose: the deployment-wide ones (module switches,
/// event deliveries, staff identity) and, per district, one per module and per platform service.
/// </summary>
public abstract class DataStore
{
    /// <summary>The engine.</summary>
    public abstract DatabaseEngine Engine { get; }

    /// <summary>Points <paramref name="builder"/> at the deployment-wide database <paramref name="name"/> (<c>platform</c>, <c>identity</c>).</summary>
    public abstract DbContextOptionsBuilder UseDeploymentDatabase(DbContextOptionsBuilder builder, string name, Assembly migrations);

    /// <summary>
    /// Points <paramref name="builder"/> at a district's database <paramref name="name"/>: a module's (its id)
    /// or a platform service's (<c>platform-registry</c>…), whose tables live in <paramref name="schema"/>.
    /// </summary>
    public abstract DbContextOptionsBuilder UseDistrictDatabase(DbContextOptionsBuilder builder, string districtId, string name, string schema, Assembly migrations);

    /// <summary>An unopened ADO.NET connection to a district's database <paramref name="name"/>, searching <paramref name="schema"/>.</summary>
    public abstract System.Data.Common.DbConnection CreateConnection(string districtId, string name, string schema);

    /// <summary>
    /// Inside <paramref name="context"/>'s open transaction: waits until no other transaction, of this or
    /// another host instance, holds <paramref name="resource"/>; held until commit or rollback. For writers
    /// that read-then-append (the audit chain), which must take turns across instances.
    /// </summary>
    public abstract Task SerializeAsync(DbContext context, string resource, CancellationToken cancellationToken);

    /// <summary>Creates what must exist before <paramref name="context"/> can be migrated (a database, a schema).</summary>
    public abstract Task PrepareAsync(DbContext context, CancellationToken cancellationToken);

    /// <summary>
    /// True when <paramref name="exception"/> says the database cannot be reached (server down, network
    /// cut), as opposed to a refused statement: the request gets a 503 and may be retried.
    /// </summary>
    public abstract bool IsOutage(Exception exception);

    /// <summary>Drops pooled connections, so that the next request after an outage opens fresh ones.</summary>
    public abstract void ForgetConnections();

    /// <summary>Creates the store for <paramref name="engine"/>.</summary>
    /// <exception cref="Configuration.ConfigurationProblem">PostgreSQL without a connection string, or a malformed one.</exception>
    public static DataStore For(Configuration.DatabaseOptions options, DataFolder folder) => options.Engine switch
    {
        DatabaseEngine.Sqlite => new SqliteStore(folder),
        DatabaseEngine.PostgreSql => PostgreSqlStore.FromConnectionString(options.PostgreSql),
        _ => throw new Configuration.ConfigurationProblem($"Minzheng:Database:Engine '{options.Engine}' is not supported: use Sqlite or PostgreSql."),
    };
}
