using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Configuration;
using Minzheng.Sdk.Data;
using Npgsql;

namespace Minzheng.Platform.Data;

/// <summary>
/// PostgreSQL: the configured database holds the deployment-wide data, each district has its own
/// database (<c>&lt;name&gt;_&lt;district&gt;</c>), and each module and platform service its own schema in it.
/// </summary>
internal sealed partial class PostgreSqlStore : DataStore
{
    private const string DefaultDatabase = "minzheng";

    private readonly NpgsqlConnectionStringBuilder _server;
    private readonly string _baseDatabase;
    private readonly ConcurrentDictionary<string, bool> _prepared = new();

    private PostgreSqlStore(NpgsqlConnectionStringBuilder server)
    {
        _baseDatabase = string.IsNullOrWhiteSpace(server.Database) ? DefaultDatabase : server.Database;
        _server = server;
    }

    public override DatabaseEngine Engine => DatabaseEngine.PostgreSql;

    public static PostgreSqlStore FromConnectionString(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ConfigurationProblem("Minzheng:Database:Engine is PostgreSql but Minzheng:Database:PostgreSql (the connection string) is empty: set it, e.g. through the environment variable Minzheng__Database__PostgreSql=\"Host=…;Username=…;Password=…;Database=minzheng\".");
        }
        try
        {
            return new PostgreSqlStore(new NpgsqlConnectionStringBuilder(connectionString));
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationProblem($"Minzheng:Database:PostgreSql is not a valid connection string: {e.Message}");
        }
    }

    /// <summary>The database of <paramref name="districtId"/> (lower case, letters, digits and underscores).</summary>
    public string DistrictDatabaseName(string districtId) => _baseDatabase + "_" + Identifier(districtId);

    public override DbContextOptionsBuilder UseDeploymentDatabase(DbContextOptionsBuilder builder, string name, Assembly migrations) =>
        builder.UseMinzhengEngine(DatabaseEngine.PostgreSql, ConnectionTo(_baseDatabase), migrations, Identifier(name));

    public override DbContextOptionsBuilder UseDistrictDatabase(DbContextOptionsBuilder builder, string districtId, string name, string schema, Assembly migrations) =>
        builder.UseMinzhengEngine(DatabaseEngine.PostgreSql, ConnectionTo(DistrictDatabaseName(districtId)), migrations, Identifier(schema));

    public override System.Data.Common.DbConnection CreateConnection(string districtId, string name, string schema) =>
        new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionTo(DistrictDatabaseName(districtId))) { SearchPath = Identifier(schema) }.ConnectionString);

    public override async Task PrepareAsync(DbContext context, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(context.Database.GetConnectionString());
        var database = target.Database!;
        var schema = target.SearchPath;
        if (_prepared.ContainsKey(database + "/" + schema))
        {
            return;
        }
        if (!_prepared.ContainsKey(database))
        {
            await EnsureDatabaseAsync(database, cancellationToken);
            _prepared[database] = true;
        }
        if (!string.IsNullOrEmpty(schema))
        {
            await using var connection = new NpgsqlConnection(ConnectionTo(database));
            await connection.OpenAsync(cancellationToken);
            await IgnoringRaceAsync(() => ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS \"{schema}\"", cancellationToken));
        }
        _prepared[database + "/" + schema] = true;
    }

    public override Task SerializeAsync(DbContext context, string resource, CancellationToken cancellationToken) =>
        // A transaction-scoped advisory lock: released by commit or rollback, also when the instance dies.
        context.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtext({resource}))", cancellationToken);

    public override bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Server shutting down, not accepting connections, too many connections, crash recovery.
                case PostgresException p when p.SqlState is "57P01" or "57P02" or "57P03" or "53300" or "08000" or "08001" or "08003" or "08004" or "08006":
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                case EndOfStreamException:
                case TimeoutException:
                    return true;
            }
        }
        return false;
    }

    public override void ForgetConnections() => NpgsqlConnection.ClearAllPools();

    private string ConnectionTo(string database) =>
        new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = database }.ConnectionString;

    private async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        // The maintenance database exists on every server; the deployment's own may not exist yet.
        await using var connection = new NpgsqlConnection(ConnectionTo("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }
        await IgnoringRaceAsync(() => ExecuteAsync(connection, $"CREATE DATABASE \"{database}\" ENCODING 'UTF8' TEMPLATE template0", cancellationToken));
    }

    // Two instances starting together both see "missing" and both create: the second one's error means done.
    private static async Task IgnoringRaceAsync(Func<Task> create)
    {
        try
        {
            await create();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.DuplicateSchema or PostgresErrorCodes.UniqueViolation)
        {
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Identifier(string name) => NotIdentifier().Replace(name.ToLowerInvariant(), "_");

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NotIdentifier();
}
