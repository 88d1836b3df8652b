using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Minzheng.Bench.Infrastructure;

/// <summary>
/// What the scenarios that write a module's database straight share: the prepared insert, ids and days as EF Core stores
/// them, percentiles, the median of a few timed calls, and the raw SQL of their baselines.
/// </summary>
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

    /// <summary>A day as EF Core stores a <see cref="DateOnly"/> on SQLite (<c>2026-05-01</c>).</summary>
    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The median run (by time) of <paramref name="runs"/> calls of <paramref name="call"/>, one after the other, with its value.</summary>
    public static async Task<Timed<T>> MedianAsync<T>(Func<Task<T>> call, int runs = 3)
    {
        var timed = new List<Timed<T>>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var value = await call();
            timed.Add(new Timed<T>(clock.Elapsed.TotalMilliseconds, value));
        }
        return timed.OrderBy(r => r.Ms).ElementAt(runs / 2);
    }

    /// <summary>The JSON answer of <paramref name="url"/>; an error status throws with the answer's body.</summary>
    public static async Task<JsonElement> GetJsonAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Reads every row of <paramref name="sql"/> on a connection of its own; how many.</summary>
    public static async Task<int> RowsAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync()) rows++;
        return rows;
    }

    /// <summary>Runs <paramref name="sql"/> on a connection of its own (committed); the rows it changed.</summary>
    public static async Task<int> ExecuteAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>A command of <paramref name="sql"/> on <paramref name="connection"/> with <paramref name="parameters"/>.</summary>
    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}

/// <summary>A call's time at the client in milliseconds, and what it answered.</summary>
public sealed record Timed<T>(double Ms, T Value);

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
