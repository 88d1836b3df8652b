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

    public static AuditEntry Copy(AuditEntry e) => new()
    {
        Sequence = e.Sequence, At = e.At, DistrictId = e.DistrictId, Source = e.Source, ActorId = e.ActorId, ActorName = e.ActorName,
        Action = e.Action, Entity = e.Entity, Key = e.Key, PersonKey = e.PersonKey, Before = e.Before, After = e.After,
        PreviousHash = e.PreviousHash, Hash = e.Hash, KeyId = e.KeyId,
    };

    public static void Insert(this DbConnection file, AuditEntry e)
    {
        using var command = file.CreateCommand();
        command.CommandText = """
            INSERT INTO "AuditEntries" ("Sequence", "At", "DistrictId", "Source", "ActorId", "ActorName", "Action", "Entity", "Key", "PersonKey", "Before", "After", "PreviousHash", "Hash", "KeyId")
            VALUES (@sequence, @at, @district, @source, @actorId, @actorName, @action, @entity, @key, @person, @before, @after, @previous, @hash, @keyId)
            """;
        command.AddParameter("@sequence", e.Sequence);
        command.AddParameter("@at", e.At.UtcTicks);
        command.AddParameter("@district", e.DistrictId);
        command.AddParameter("@source", e.Source);
        command.AddParameter("@actorId", e.ActorId);
        command.AddParameter("@actorName", e.ActorName);
        command.AddParameter("@action", e.Action);
        command.AddParameter("@entity", e.Entity);
        command.AddParameter("@key", e.Key);
        command.AddParameter("@person", e.PersonKey);
        command.AddParameter("@before", e.Before);
        command.AddParameter("@after", e.After);
        command.AddParameter("@previous", e.PreviousHash);
        command.AddParameter("@hash", e.Hash);
        command.AddParameter("@keyId", e.KeyId);
        command.ExecuteNonQuery();
    }
}
