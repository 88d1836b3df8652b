using System.Data.Common;
using Minzheng.Platform.Audit;
using Npgsql;

namespace Minzheng.Platform.Tests.Audit;

/// <summary>Direct access to an audit database, bypassing the platform: what a tamperer would do.</summary>
internal static class AuditFiles
{
    public static int Execute(this DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public static void DropTriggers(this DbConnection connection)
    {
        // PostgreSQL names a trigger per table; SQLite per database.
        var on = connection is NpgsqlConnection ? """ ON "AuditEntries" """ : "";
        connection.Execute($"""DROP TRIGGER "{AuditDbContext.NoUpdateTrigger}"{on};""");
        connection.Execute($"""DROP TRIGGER "{AuditDbContext.NoDeleteTrigger}"{on};""");
    }

    public static void AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
