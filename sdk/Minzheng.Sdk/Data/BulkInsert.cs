using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Minzheng.Sdk.Data;

/// <summary>
/// Batched INSERTs of many rows of one entity, built from the EF model (table, columns, value conversions
/// and quoting of the provider in use), so they work on SQLite and PostgreSQL alike without change
/// tracking. For rows written once and not read back in the same unit of work — a monthly roster's
/// lines, audit entries — where EF Core's per-entity bookkeeping would cost more than the database.
/// </summary>
/// <remarks>
/// The rows are not tracked, not audited by the platform and publish no events: a module that writes
/// through here records what it did itself (one <see cref="Audit.IAuditTrail"/> entry for the batch, say).
/// Keys must be set by the caller (no database-generated values are read back).
/// </remarks>
public static class BulkInsert
{
    /// <summary>
    /// Inserts <paramref name="rows"/> inside <paramref name="transaction"/> (on <paramref name="db"/>'s connection).
    /// </summary>
    /// <param name="db">The context whose model maps <typeparamref name="TEntity"/>.</param>
    /// <param name="transaction">The open transaction to write in, e.g. <c>db.Database.CurrentTransaction.GetDbTransaction()</c>.</param>
    /// <param name="rows">The rows; nothing is written for none.</param>
    /// <param name="sameForAll">
    /// Properties that have the same value on every row (the first row's): written as literals in the command,
    /// not bound again for every row — on SQLite, binding the values took a quarter of a roster's CPU at 200,000 lines.
    /// </param>
    /// <param name="cancellationToken">Cancels between commands.</param>
    /// <exception cref="DbException">The database refused a row (constraint) or is unreachable; nothing of the
    /// batch is committed unless the caller commits the transaction anyway.</exception>
    public static async Task InsertAsync<TEntity>(
        DbContext db, DbTransaction transaction, IReadOnlyList<TEntity> rows, IReadOnlyCollection<string> sameForAll, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (rows.Count == 0) return;
        // SQLite is in-process, so a round trip costs nothing, but it finds each named parameter by a linear
        // scan: one row per statement is fastest there. A server database wants few round trips: many rows each.
        var rowsPerCommand = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true ? 1 : 500;
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new ArgumentException($"{typeof(TEntity).Name} is not mapped by {db.GetType().Name}.", nameof(rows));
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var all = entity.GetProperties().ToList();
        var columns = string.Join(", ", all.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        // In the provider's own notation (its type mapping converts as EF would), so as safe as a parameter.
        var literals = all.ToDictionary(p => p, p => sameForAll.Contains(p.Name)
            ? ((RelationalTypeMapping)p.GetTypeMapping()).GenerateSqlLiteral(p.GetGetter().GetClrValue(rows[0]))
            : null);
        var properties = all.Where(p => literals[p] is null).ToList();
        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToList();
        var getters = properties.Select(p => p.GetGetter()).ToList();
        var connection = transaction.Connection!;

        DbCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += rowsPerCommand)
            {
                var count = Math.Min(rowsPerCommand, rows.Count - start);
                var command = count == rowsPerCommand ? full ??= Create(rowsPerCommand) : Create(count);
                for (var row = 0; row < count; row++)
                {
                    for (var column = 0; column < properties.Count; column++)
                    {
                        // The mapping converts as EF would (a Guid as SQLite text, an enum as its number, …).
                        var value = getters[column].GetClrValue(rows[start + row]);
                        var converted = mappings[column].Converter is { } converter ? converter.ConvertToProvider(value) : value;
                        command.Parameters[row * properties.Count + column].Value = converted ?? DBNull.Value;
                    }
                }
                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full) await command.DisposeAsync();
            }
        }
        finally
        {
            if (full is not null) await full.DisposeAsync();
        }

        DbCommand Create(int rowCount)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder($"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ");
            for (var row = 0; row < rowCount; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                var column = 0;
                foreach (var property in all)
                {
                    var value = literals[property];
                    if (value is null)
                    {
                        value = $"@p{row}_{column}";
                        command.Parameters.Add(mappings[column++].CreateParameter(command, value, null));
                    }
                    text.Append(property == all[0] ? value : ", " + value);
                }
                text.Append(')');
            }
            command.CommandText = text.ToString();
            return command;
        }
    }
}
