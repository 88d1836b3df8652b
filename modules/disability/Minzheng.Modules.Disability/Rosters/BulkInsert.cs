using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Minzheng.Modules.Disability.Data;

namespace Minzheng.Modules.Disability.Rosters;

/// <summary>
/// Batched INSERTs for roster lines, built from the EF model (table, columns, value conversions and
/// quoting of the provider in use), so they work on SQLite and PostgreSQL alike without change tracking.
/// One command per batch size is prepared once and re-executed with new values.
/// </summary>
internal static class BulkInsert
{
    /// <summary>
    /// Inserts <paramref name="lines"/>. The properties named in <paramref name="sameForAll"/> have the same value on
    /// every line (the first line's): they are written as literals in the command, not bound again for every row —
    /// on SQLite, binding the values took a quarter of a roster's CPU at 200,000 lines.
    /// </summary>
    public static async Task RosterLinesAsync(
        DisabilityDb db, DbTransaction transaction, IReadOnlyList<RosterLine> lines, IReadOnlyCollection<string> sameForAll, CancellationToken cancellationToken)
    {
        if (lines.Count == 0) return;
        // SQLite is in-process, so a round trip costs nothing, but it finds each named parameter by a linear
        // scan: one row per statement is fastest there. A server database wants few round trips: many rows each.
        var rowsPerCommand = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true ? 1 : 500;
        var entity = db.Model.FindEntityType(typeof(RosterLine))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var all = entity.GetProperties().ToList();
        var columns = string.Join(", ", all.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        // In the provider's own notation (its type mapping converts as EF would), so as safe as a parameter.
        var literals = all.ToDictionary(p => p, p => sameForAll.Contains(p.Name)
            ? ((RelationalTypeMapping)p.GetTypeMapping()).GenerateSqlLiteral(p.GetGetter().GetClrValue(lines[0]))
            : null);
        var properties = all.Where(p => literals[p] is null).ToList();
        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToList();
        var getters = properties.Select(p => p.GetGetter()).ToList();
        var connection = transaction.Connection!;

        DbCommand? full = null;
        try
        {
            for (var start = 0; start < lines.Count; start += rowsPerCommand)
            {
                var count = Math.Min(rowsPerCommand, lines.Count - start);
                var command = count == rowsPerCommand ? full ??= Create(rowsPerCommand) : Create(count);
                for (var row = 0; row < count; row++)
                {
                    for (var column = 0; column < properties.Count; column++)
                    {
                        // The mapping converts as EF would (a Guid as SQLite text, an enum as its number, …).
                        var value = getters[column].GetClrValue(lines[start + row]);
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

        DbCommand Create(int rows)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder($"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ");
            for (var row = 0; row < rows; row++)
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
