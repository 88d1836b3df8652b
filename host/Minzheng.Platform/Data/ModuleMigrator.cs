using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Modules;

namespace Minzheng.Platform.Data;

/// <summary>Brings a module's databases in a district up to its latest migration.</summary>
public sealed class ModuleMigrator(ModuleDatabases databases, ILogger<ModuleMigrator> logger)
{
    /// <summary>Applies every pending migration of every DbContext of <paramref name="module"/> in <paramref name="districtId"/>.</summary>
    /// <exception cref="ConfigurationProblem">A migration failed; the message names module, district and cause.</exception>
    public async Task MigrateAsync(InstalledModule module, string districtId, CancellationToken cancellationToken)
    {
        foreach (var contextType in ModuleCatalog.DbContextTypesOf(module))
        {
            await using var context = databases.Create(contextType, districtId);
            try
            {
                var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count == 0)
                {
                    continue;
                }
                await context.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Migrated {Module} ({Context}) for district {District}: {Migrations}",
                    module.Id, contextType.Name, districtId, string.Join(", ", pending));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new ConfigurationProblem($"Module '{module.Id}' could not migrate {contextType.Name} for district '{districtId}': {e.Message}");
            }
        }
    }
}
