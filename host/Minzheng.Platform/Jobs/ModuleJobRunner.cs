using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minzheng.Platform.Access;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Modules;
using Minzheng.Platform.Telemetry;
using Minzheng.Sdk.Jobs;

namespace Minzheng.Platform.Jobs;

/// <summary>
/// Runs every module's <see cref="IModuleJob"/> at its interval, for each district that enables the
/// module, acting as the platform for that district. Time comes from <see cref="TimeProvider"/>.
/// </summary>
public sealed class ModuleJobRunner(
    ModuleCatalog modules,
    DistrictDirectory districts,
    ModuleEnablement enablement,
    SystemScopeFactory scopes,
    TimeProvider clock,
    JobClaims claims,
    PlatformMetrics metrics,
    IOptions<MinzhengOptions> options,
    ILogger<ModuleJobRunner> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Type, TimeSpan> _intervals = new();

    /// <summary>The jobs of the loaded modules, with their module.</summary>
    public IReadOnlyList<(string ModuleId, Type JobType)> Jobs { get; } = modules.ImplementationsOf<IModuleJob>();

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Jobs.Count == 0 || !options.Value.BackgroundWork)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // E.g. the database is unreachable: the runner waits it out instead of stopping the host.
                logger.LogError(e, "Job round failed; retrying");
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Runs each job whose interval has passed since its last run in each district, unless another host
    /// instance took that run. Returns how many job runs happened here.
    /// </summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var runs = 0;
        foreach (var (moduleId, jobType) in Jobs)
        {
            var interval = await IntervalOfAsync(jobType);
            foreach (var district in districts.All.Where(d => enablement.IsEnabled(d.Id, moduleId)))
            {
                if (!await claims.TryClaimAsync(jobType.FullName!, district.Id, interval, cancellationToken))
                {
                    continue;
                }
                await using var scope = scopes.ForDistrict(district);
                var started = clock.GetTimestamp();
                try
                {
                    await ((IModuleJob)scope.ServiceProvider.GetRequiredService(jobType)).RunAsync(cancellationToken);
                    runs++;
                    metrics.JobRan(jobType.FullName!, district.Id, succeeded: true, clock.GetElapsedTime(started));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    metrics.JobRan(jobType.FullName!, district.Id, succeeded: false, clock.GetElapsedTime(started));
                    logger.LogError(e, "Job {Job} of {Module} failed in district {District}", jobType.Name, moduleId, district.Id);
                }
            }
        }
        return runs;
    }

    // A job's interval is part of its code: read once, not by building a scope every second.
    private async Task<TimeSpan> IntervalOfAsync(Type jobType)
    {
        if (!_intervals.TryGetValue(jobType, out var interval))
        {
            await using var probe = scopes.ForDistrict(districts.All[0]);
            _intervals[jobType] = interval = ((IModuleJob)probe.ServiceProvider.GetRequiredService(jobType)).Interval;
        }
        return interval;
    }
}
