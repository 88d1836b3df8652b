using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Minzheng.Platform.Audit;

/// <summary>
/// The INSERT of audit entries, prepared once per group in the writer's transaction. Columns and stored
/// forms are the ones <see cref="AuditDbContext"/> maps (<see cref="AuditEntry.At"/> as UTC ticks), so the
/// verifier and the audit search read what EF Core would have written; the engine's own quoting and
/// parameter markers are the same on SQLite and PostgreSQL.
/// </summary>
internal sealed class AuditInsert : IAsyncDisposable
{
    private static readonly string[] Columns =
        ["Sequence", "At", "DistrictId", "Source", "ActorId", "ActorName", "Action", "Entity", "Key", "PersonKey", "Before", "After", "PreviousHash", "Hash"];

    private readonly DbCommand _command;
    private bool _prepared;

    private AuditInsert(DbCommand command) => _command = command;

    /// <summary>An insert on <paramref name="db"/>'s connection, inside its current transaction.</summary>
    public static AuditInsert Create(AuditDbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Audit entries are inserted inside the writer's transaction.");
        command.CommandText = $"""
            INSERT INTO "{AuditDbContext.Table}" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))})
            VALUES ({string.Join(", ", Columns.Select(c => "@" + c))})
            """;
        foreach (var column in Columns)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + column;
            // Typed, so that a prepared statement keeps its types whether a value is there or null.
            parameter.DbType = column is "Sequence" or "At" ? System.Data.DbType.Int64 : System.Data.DbType.String;
            command.Parameters.Add(parameter);
        }
        return new AuditInsert(command);
    }

    public async Task ExecuteAsync(AuditEntry entry)
    {
        object?[] values =
        [
            entry.Sequence, entry.At.UtcTicks, entry.DistrictId, entry.Source, entry.ActorId, entry.ActorName, entry.Action,
            entry.Entity, entry.Key, entry.PersonKey, entry.Before, entry.After, entry.PreviousHash, entry.Hash,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        if (!_prepared)
        {
            await _command.PrepareAsync(CancellationToken.None);
            _prepared = true;
        }
        try
        {
            await _command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (DbException e)
        {
            // As EF Core reports a refused save, so that callers tell a refusal (and an outage, by its inner exception) apart as before.
            throw new DbUpdateException($"The audit trail refused entry {entry.Sequence} ({entry.Entity} {entry.Key}).", e);
        }
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
