using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Minzheng.Sdk.Data;
using Npgsql;

namespace Minzheng.Sdk.Testing;

/// <summary>
/// A fresh database of one DbContext on the engine of the test run (<see cref="TestEngine.Current"/>), brought to any of
/// its migrations: for testing that a migration converts the rows already there. Migrate to the migration before
/// yours, write rows as they were stored then (SQL through <see cref="NewContext"/>), migrate to the latest, and read
/// them back through the context.
/// </summary>
public sealed class MigrationDatabase : IAsyncDisposable
{
    private const string Schema = "module";

    private readonly Type _contextType;
    private readonly DatabaseEngine _engine;
    private readonly string _connectionString;
    private readonly string? _sqliteFile;
    private readonly string? _server;
    private readonly string? _database;

    private MigrationDatabase(Type contextType, DatabaseEngine engine, string connectionString, string? sqliteFile, string? server, string? database)
    {
        _contextType = contextType;
        _engine = engine;
        _connectionString = connectionString;
        _sqliteFile = sqliteFile;
        _server = server;
        _database = database;
    }

    /// <summary>The engine the database is on.</summary>
    public DatabaseEngine Engine => _engine;

    /// <summary>
    /// Creates an empty database (no migration applied) for <paramref name="contextName"/>, a DbContext of the module built
    /// in <paramref name="moduleFolder"/> (its build output, with <c>module.json</c>), loaded apart as the host loads it.
    /// </summary>
    public static Task<MigrationDatabase> CreateAsync(string moduleFolder, string contextName)
    {
        var contextType = ModuleAssemblies.Load(moduleFolder, "migration-database").GetTypes().SingleOrDefault(t => t.Name == contextName && typeof(DbContext).IsAssignableFrom(t))
            ?? throw new ArgumentException($"The module in {moduleFolder} has no DbContext named {contextName}.", nameof(contextName));
        return CreateAsync(contextType);
    }

    /// <summary>Creates an empty database (no migration applied) for <paramref name="contextType"/>.</summary>
    public static async Task<MigrationDatabase> CreateAsync(Type contextType)
    {
        ArgumentNullException.ThrowIfNull(contextType);
        if (TestEngine.Current == DatabaseEngine.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"mzt-migration-{Guid.NewGuid():N}.db");
            return new MigrationDatabase(contextType, DatabaseEngine.Sqlite, $"Data Source={file}", file, null, null);
        }
        var server = Environment.GetEnvironmentVariable(TestEngine.PostgreSqlVariable)!;
        var database = "mzt_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            // As the platform prepares a module's schema before migrating it.
            await connection.OpenAsync();
            await using var schema = new NpgsqlCommand($"CREATE SCHEMA \"{Schema}\"", connection);
            await schema.ExecuteNonQueryAsync();
        }
        return new MigrationDatabase(contextType, DatabaseEngine.PostgreSql, connectionString, null, server, database);
    }

    /// <summary>A new context on the database, configured as the platform configures it (dispose it).</summary>
    public DbContext NewContext()
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(_contextType))!;
        builder.UseMinzhengEngine(_engine, _connectionString, _contextType.Assembly, Schema);
        return (DbContext)Activator.CreateInstance(_contextType, builder.Options)!;
    }

    /// <summary>
    /// Migrates up or down to <paramref name="migration"/> (its name, e.g. <c>Initial</c>, or its id), or to the latest
    /// when null, in this engine's migration set.
    /// </summary>
    public async Task MigrateAsync(string? migration = null)
    {
        await using var context = NewContext();
        await context.GetService<IMigrator>().MigrateAsync(migration);
    }

    /// <summary>
    /// Migrates up or down to the migration just before <paramref name="migration"/> (its name: a migration added with
    /// <c>build/ef.sh</c> has the same name in both engines' sets, where their earlier ones may not), so that the database
    /// holds what that migration will find.
    /// </summary>
    public async Task MigrateToBeforeAsync(string migration)
    {
        ArgumentException.ThrowIfNullOrEmpty(migration);
        List<string> ids;
        await using (var context = NewContext())
        {
            ids = context.Database.GetMigrations().ToList();
        }
        var at = ids.FindIndex(id => id.EndsWith("_" + migration, StringComparison.Ordinal));
        if (at < 0)
        {
            throw new ArgumentException($"{_contextType.Name} has no {_engine} migration named {migration}.", nameof(migration));
        }
        await MigrateAsync(at == 0 ? Migration.InitialDatabase : ids[at - 1]);
    }

    /// <summary>The rows of the entity type whose class is named <paramref name="entityName"/>, as a query (for a module's types the test cannot name).</summary>
    public static IQueryable<object> Rows(DbContext context, string entityName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entityType = context.Model.GetEntityTypes().SingleOrDefault(e => e.ClrType.Name == entityName && !e.IsOwned())
            ?? throw new ArgumentException($"{context.GetType().Name} maps no entity named {entityName}.", nameof(entityName));
        return (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entityType.ClrType).Invoke(context, null)!;
    }

    /// <summary>Deletes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server!) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
