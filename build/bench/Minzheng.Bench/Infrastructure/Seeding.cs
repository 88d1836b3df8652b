using Microsoft.Data.Sqlite;

namespace Minzheng.Bench.Infrastructure;

/// <summary>What the scenarios that write a module's database straight share: the prepared insert, ids as EF Core stores them, percentiles.</summary>
public static class Seeding
{
    /// <summary>An id as EF Core stores a Guid on SQLite (upper-case text), counting up within a table.</summary>
    public static string Id(int table, long n) => $"{table:X8}-0000-7000-8000-{n:X12}";

    /// <summary>The <paramref name="p"/>-th percentile (0–1) of <paramref name="values"/>, nearest rank.</summary>
    public static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}

/// <summary>A prepared <c>INSERT</c> of one table's columns, its parameters reused row after row.</summary>
public sealed class SqliteInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _values;

    public SqliteInsert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        _values = columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        _command.Prepare();
    }

    public void Run(params object?[] values)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            _values[i].Value = values[i] ?? DBNull.Value;
        }
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
