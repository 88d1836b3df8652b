using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Minzheng.Sdk.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> create a module's DbContext without a host. Derive one class
/// per DbContext in the module: <c>class MarriageDesignTimeFactory : ModuleDesignTimeFactory&lt;MarriageDb&gt;;</c>.
/// Without arguments the context is configured for SQLite; <c>-- --engine PostgreSql</c> configures it
/// for PostgreSQL (no server is contacted). <c>build/ef.sh</c> runs both.
/// </summary>
/// <typeparam name="TContext">The module's DbContext.</typeparam>
public abstract class ModuleDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    /// <inheritdoc />
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>().UseDesignTimeEngine(args, typeof(TContext)).Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}

/// <summary>The engine chosen on the <c>dotnet ef</c> command line (<c>-- --engine PostgreSql</c>).</summary>
public static class DesignTimeEngine
{
    /// <summary>Configures <paramref name="builder"/> for the engine named in <paramref name="args"/> (SQLite by default).</summary>
    public static DbContextOptionsBuilder UseDesignTimeEngine(this DbContextOptionsBuilder builder, string[] args, Type contextType)
    {
        var at = Array.FindIndex(args, a => a is "--engine" or "-e");
        var engine = at >= 0 && at + 1 < args.Length ? Enum.Parse<DatabaseEngine>(args[at + 1], ignoreCase: true) : DatabaseEngine.Sqlite;
        var connection = engine == DatabaseEngine.Sqlite ? "Data Source=design-time.db" : "Host=localhost;Database=design_time";
        return builder.UseMinzhengEngine(engine, connection, contextType.Assembly, schema: null);
    }
}
