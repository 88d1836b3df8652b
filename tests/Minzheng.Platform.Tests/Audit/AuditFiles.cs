using Microsoft.Data.Sqlite;
using Minzheng.Platform.Audit;

namespace Minzheng.Platform.Tests.Audit;

/// <summary>Direct access to an audit database file, bypassing the platform: what a tamperer would do.</summary>
internal static class AuditFiles
{
    public static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static int Execute(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public static void DropTriggers(this SqliteConnection connection)
    {
        connection.Execute($"""DROP TRIGGER "{AuditDbContext.NoUpdateTrigger}";""");
        connection.Execute($"""DROP TRIGGER "{AuditDbContext.NoDeleteTrigger}";""");
    }
}
