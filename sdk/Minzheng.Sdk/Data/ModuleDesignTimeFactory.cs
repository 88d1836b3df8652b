using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Minzheng.Sdk.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> create a module's DbContext without a host. Derive one class
/// per DbContext in the module: <c>class MarriageDesignTimeFactory : ModuleDesignTimeFactory&lt;MarriageDb&gt;;</c>.
/// The migrations are generated against the embedded default (SQLite).
/// </summary>
/// <typeparam name="TContext">The module's DbContext.</typeparam>
public abstract class ModuleDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : ModuleDbContext
{
    /// <inheritdoc />
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsAssembly(typeof(TContext).Assembly))
            .Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}
