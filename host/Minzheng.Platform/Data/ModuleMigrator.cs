using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Modules;

namespace Minzheng.Platform.Data;

/// <summary>Brings a module's databases in a district up to its latest migration.</summary>
public sealed class ModuleMigrator(ModuleDatabases databases, DataStore store, ILogger<ModuleMigrator> logger)
{
    /// <summary>Applies every pending migration of every DbContext of <paramref name="module"/> in <paramref name="districtId"/>.</summary>
    /// <exception cref="ConfigurationProblem">A migration failed; the message names module, district and cause.</exception>
    public Task MigrateAsync(InstalledModule module, string districtId, CancellationToken cancellationToken) =>
        MigrateAsync(module.Id, ModuleCatalog.DbContextTypesOf(module), districtId, cancellationToken);

    /// <summary>Applies every pending migration of the platform's per-district databases in <paramref name="districtId"/>.</summary>
    /// <exception cref="ConfigurationProblem">A migration failed.</exception>
    public Task MigratePlatformAsync(string districtId, CancellationToken cancellationToken) =>
        MigrateAsync(ModuleDatabases.PlatformSource, databases.PlatformDatabases.Select(p => p.ContextType).ToList(), districtId, cancellationToken);

    private async Task MigrateAsync(string source, IReadOnlyList<Type> contextTypes, string districtId, CancellationToken cancellationToken)
    {
        foreach (var contextType in contextTypes)
        {
            await using var context = databases.Create(contextType, districtId);
            try
            {
                await store.PrepareAsync(context, cancellationToken);
                var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count == 0)
                {
                    continue;
                }
                await context.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Migrated {Module} ({Context}) for district {District}: {Migrations}",
                    source, contextType.Name, districtId, string.Join(", ", pending));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new ConfigurationProblem($"'{source}' could not migrate {contextType.Name} for district '{districtId}': {e.Message}");
            }
        }
    }
}
