using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Minzheng.Sdk.Data;

/// <summary>How every Minzheng DbContext is pointed at its engine (the platform does this for modules).</summary>
public static class DatabaseEngineExtensions
{
    /// <summary>Name of the migrations history table in every database and schema.</summary>
    public const string MigrationsHistoryTable = "__EFMigrationsHistory";

    /// <summary>
    /// Configures <paramref name="builder"/> for <paramref name="engine"/>: the provider, the connection,
    /// and the engine's migration set of <paramref name="migrationsAssembly"/>. On PostgreSQL the context's
    /// tables and its migrations history live in <paramref name="schema"/> (the connection's search path).
    /// </summary>
    /// <param name="builder">Options of the context.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="connectionString">A SQLite or Npgsql connection string (without a search path).</param>
    /// <param name="migrationsAssembly">The assembly holding the context's migrations.</param>
    /// <param name="schema">PostgreSQL schema of the context; ignored on SQLite (one file per context).</param>
    public static DbContextOptionsBuilder UseMinzhengEngine(this DbContextOptionsBuilder builder, DatabaseEngine engine,
        string connectionString, Assembly migrationsAssembly, string? schema)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(migrationsAssembly);
        switch (engine)
        {
            case DatabaseEngine.Sqlite:
                builder.UseSqlite(connectionString, o => o.MigrationsAssembly(migrationsAssembly));
                break;
            case DatabaseEngine.PostgreSql:
                var npgsql = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
                if (!string.IsNullOrEmpty(schema))
                {
                    // Unqualified names resolve in the module's schema: its migrations and queries need no schema of their own.
                    npgsql.SearchPath = schema;
                }
                builder.UseNpgsql(npgsql.ConnectionString, o =>
                {
                    o.MigrationsAssembly(migrationsAssembly);
                    o.MigrationsHistoryTable(MigrationsHistoryTable, string.IsNullOrEmpty(schema) ? null : schema);
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown database engine.");
        }
        builder.ReplaceService<IMigrationsAssembly, EngineMigrationsAssembly>();
        return builder;
    }
}
