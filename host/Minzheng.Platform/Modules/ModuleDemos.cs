using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minzheng.Platform.Access;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Data;
using Minzheng.Platform.Registry.Import;
using Minzheng.Sdk.Demo;

namespace Minzheng.Platform.Modules;

/// <summary>
/// Runs the modules' <see cref="IModuleDemo"/> on a demo deployment (<see cref="MinzhengOptions.DemoResidents"/> above
/// 0, as <c>build/run.sh</c> sets it): at start-up, in each district, once the district's resident imports have
/// ended (the demo residents are then in the registry for the modules to draw on), each enabled module's demo
/// runs as 系统. Each demo decides itself whether its module is empty, so a restart seeds nothing twice.
/// </summary>
public sealed class ModuleDemos(
    ModuleCatalog modules,
    DistrictDirectory districts,
    ModuleEnablement enablement,
    ModuleDatabases databases,
    SystemScopeFactory scopes,
    TimeProvider clock,
    IOptions<MinzhengOptions> options,
    ILogger<ModuleDemos> logger) : BackgroundService
{
    /// <summary>How long a demo start waits for the registry's imports before it gives up (and says so).</summary>
    public static readonly TimeSpan ImportWait = TimeSpan.FromMinutes(15);

    /// <summary>The demos of the loaded modules, with their module.</summary>
    public IReadOnlyList<(string ModuleId, Type DemoType)> Demos { get; } = modules.ImplementationsOf<IModuleDemo>();

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Demos.Count == 0 || options.Value.DemoResidents <= 0 || !options.Value.BackgroundWork)
        {
            return;
        }
        var waiting = districts.All.ToList();
        var until = clock.GetUtcNow() + ImportWait;
        while (waiting.Count > 0 && !stoppingToken.IsCancellationRequested)
        {
            foreach (var district in waiting.ToList())
            {
                try
                {
                    if (await SeedAsync(district, stoppingToken) is not null)
                    {
                        waiting.Remove(district);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // E.g. the database is unreachable at start-up: tried again on the next round.
                    logger.LogError(e, "Demo data for district {District} failed; retrying", district.Id);
                }
            }
            if (waiting.Count > 0 && clock.GetUtcNow() > until)
            {
                logger.LogWarning("Demo: the resident imports of {Districts} did not end within {Wait}; their modules get no demo data",
                    string.Join(", ", waiting.Select(d => d.Id)), ImportWait);
                return;
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Runs the demos of every district now, whatever the setting (tests and the test kit call this); returns
    /// how many wrote data. A district whose resident imports have not ended yet is left out.
    /// </summary>
    public async Task<int> SeedAllAsync(CancellationToken cancellationToken)
    {
        var seeded = 0;
        foreach (var district in districts.All)
        {
            seeded += await SeedAsync(district, cancellationToken) ?? 0;
        }
        return seeded;
    }

    /// <summary>The district's demos that wrote data; null when its imports are still running.</summary>
    private async Task<int?> SeedAsync(District district, CancellationToken cancellationToken)
    {
        await using (var registry = databases.Create<RegistryDbContext>(district.Id))
        {
            if (await registry.Imports.AnyAsync(i => i.Status == ImportStatus.Queued || i.Status == ImportStatus.Running, cancellationToken))
            {
                return null;
            }
        }
        var seeded = 0;
        foreach (var (moduleId, demoType) in Demos.Where(d => enablement.IsEnabled(district.Id, d.ModuleId)))
        {
            await using var scope = scopes.ForDistrict(district);
            if (await ((IModuleDemo)scope.ServiceProvider.GetRequiredService(demoType)).SeedAsync(cancellationToken))
            {
                seeded++;
                logger.LogWarning("Demo: synthetic data of module {Module} written in district {District}", moduleId, district.Id);
            }
        }
        return seeded;
    }
}
