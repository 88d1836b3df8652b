using Microsoft.Data.Sqlite;
using Minzheng.Sdk.Data;
using Npgsql;

namespace Minzheng.Sdk.Testing;

/// <summary>
/// The database engine the tests run on. SQLite unless the environment variable
/// <see cref="PostgreSqlVariable"/> holds a connection string to a throwaway PostgreSQL server
/// (<c>build/test.sh</c> runs every integration test project twice: once per engine).
/// </summary>
public static class TestEngine
{
    /// <summary>The variable with the PostgreSQL connection string (a user that may create and drop databases).</summary>
    public const string PostgreSqlVariable = "MINZHENG_TEST_POSTGRES";

    /// <summary>The engine of this test run.</summary>
    public static DatabaseEngine Current =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgreSqlVariable)) ? DatabaseEngine.Sqlite : DatabaseEngine.PostgreSql;

    /// <summary>
    /// Databases of their own for one test host: the settings that select them, and their removal.
    /// On SQLite the data folder is enough; on PostgreSQL every host gets fresh databases with a
    /// unique name prefix, dropped when the lease is disposed.
    /// </summary>
    /// <param name="endpoint">On PostgreSQL, a connection string whose host and port the host connects to instead (a proxy).</param>
    public static TestDatabaseLease Lease(string? endpoint = null) => Current == DatabaseEngine.Sqlite
        ? new TestDatabaseLease(new Dictionary<string, string?>(), null)
        : TestDatabaseLease.PostgreSql(Environment.GetEnvironmentVariable(PostgreSqlVariable)!, endpoint);
}

/// <summary>Databases leased to one test host (see <see cref="TestEngine.Lease"/>).</summary>
public sealed class TestDatabaseLease : IAsyncDisposable
{
    private readonly string? _server;

    internal TestDatabaseLease(IReadOnlyDictionary<string, string?> settings, string? server)
    {
        Settings = settings;
        _server = server;
    }

    /// <summary>Host settings (<c>Minzheng:Database:*</c>) that select the leased databases.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>The prefix of every leased PostgreSQL database (null on SQLite).</summary>
    public string? Prefix { get; private init; }

    internal static TestDatabaseLease PostgreSql(string server, string? endpoint)
    {
        var prefix = "mzt_" + Guid.NewGuid().ToString("N")[..12];
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = prefix };
        if (endpoint is not null)
        {
            var via = new NpgsqlConnectionStringBuilder(endpoint);
            connection.Host = via.Host;
            connection.Port = via.Port;
        }
        return new TestDatabaseLease(new Dictionary<string, string?>
        {
            ["Minzheng:Database:Engine"] = nameof(DatabaseEngine.PostgreSql),
            ["Minzheng:Database:PostgreSql"] = connection.ConnectionString,
        }, server)
        { Prefix = prefix };
    }

    /// <summary>Settings to share the data of another lease (a second host instance); disposing this one removes nothing.</summary>
    public static TestDatabaseLease Sharing(IReadOnlyDictionary<string, string?> settings) => new(settings, null);

    /// <summary>Drops the leased databases (PostgreSQL) and releases pooled connections.</summary>
    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_server is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname = @p OR datname LIKE @p || '\\_%'", connection))
        {
            list.Parameters.AddWithValue("p", Prefix!);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }
        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
