using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Minzheng.Modules.Disability.Data;

namespace Minzheng.Modules.Disability.Rosters;

/// <summary>
/// Multi-row INSERTs for roster lines, built from the EF model (table, columns, value conversions and
/// quoting of the provider in use), so they work on SQLite and PostgreSQL alike without change tracking.
/// </summary>
internal static class BulkInsert
{
    // 16 columns × 500 rows stays under SQLite's and PostgreSQL's parameter limits.
    private const int RowsPerCommand = 500;

    public static async Task RosterLinesAsync(DisabilityDb db, DbTransaction transaction, IReadOnlyList<RosterLine> lines, CancellationToken cancellationToken)
    {
        if (lines.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(RosterLine))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToList();
        var getters = properties.Select(p => p.GetGetter()).ToList();
        var connection = transaction.Connection!;

        for (var start = 0; start < lines.Count; start += RowsPerCommand)
        {
            var count = Math.Min(RowsPerCommand, lines.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder($"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ");
            for (var row = 0; row < count; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < properties.Count; column++)
                {
                    var name = $"@p{row}_{column}";
                    text.Append(column == 0 ? name : ", " + name);
                    // The mapping converts as EF would (a Guid as SQLite text, an enum as its number, …).
                    command.Parameters.Add(mappings[column].CreateParameter(command, name, getters[column].GetClrValue(lines[start + row])));
                }
                text.Append(')');
            }
            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
