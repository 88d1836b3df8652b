using Microsoft.EntityFrameworkCore;
using Minzheng.Sdk.Data;

namespace Minzheng.Sdk.Testing;

/// <summary>
/// Checks that a DbContext's migrations keep up with its model on every engine: a model change with a
/// SQLite migration and no PostgreSQL one (or the reverse) fails here, not at a bureau's start-up.
/// </summary>
public static class MigrationSets
{
    /// <summary>
    /// <see cref="Lagging(Type)"/> for every <see cref="ModuleDbContext"/> of the module built in
    /// <paramref name="moduleFolder"/> (its build output, with <c>module.json</c>), loaded apart as the host does.
    /// </summary>
    public static IReadOnlyList<string> LaggingInModule(string moduleFolder)
    {
        var module = ModuleAssemblies.Load(moduleFolder, "migration-sets");
        var contexts = module.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true } && typeof(ModuleDbContext).IsAssignableFrom(t)).ToList();
        return contexts.Count == 0 ? [$"{module.GetName().Name} has no ModuleDbContext"] : contexts.SelectMany(Lagging).ToList();
    }

    /// <summary>
    /// The engines whose migration set of <paramref name="contextType"/> is missing or lags behind the
    /// model (empty when both are up to date). No database is contacted.
    /// </summary>
    public static IReadOnlyList<string> Lagging(Type contextType)
    {
        var lagging = new List<string>();
        foreach (var engine in Enum.GetValues<DatabaseEngine>())
        {
            var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
            builder.UseDesignTimeEngine(["--engine", engine.ToString()], contextType);
            using var context = (DbContext)Activator.CreateInstance(contextType, builder.Options)!;
            if (!context.Database.GetMigrations().Any())
            {
                lagging.Add($"{contextType.Name}: no {engine} migrations");
            }
            else if (context.Database.HasPendingModelChanges())
            {
                lagging.Add($"{contextType.Name}: the {engine} migrations lag behind the model (build/ef.sh adds a migration to both sets)");
            }
        }
        return lagging;
    }
}
