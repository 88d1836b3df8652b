using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Jobs;

namespace Minzheng.Platform.Audit.Checkpoints;

/// <summary>
/// Checkpoints every district's chain at <see cref="AuditOptions.CheckpointInterval"/> (one instance of
/// several takes each round, through the job schedule's claims) and once more at shutdown. With
/// <see cref="MinzhengOptions.BackgroundWork"/> off, tests take checkpoints with <see cref="AuditCheckpoints.TakeAsync"/>.
/// </summary>
internal sealed class AuditCheckpointService(
    AuditCheckpoints checkpoints, DistrictDirectory districts, JobClaims claims, TimeProvider clock, IOptions<MinzhengOptions> options,
    ILogger<AuditCheckpointService> logger) : BackgroundService
{
    private const string Job = "platform.audit-checkpoint";
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BackgroundWork)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var district in districts.All)
            {
                try
                {
                    if (await claims.TryClaimAsync(Job, district.Id, options.Value.Audit.CheckpointInterval, stoppingToken))
                    {
                        await checkpoints.TakeAsync(district.Id, evenIfUnchanged: false, stoppingToken);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database or the store is unreachable: the next round tries again.
                    logger.LogError(e, "Audit checkpoint of district {District} failed; retrying", district.Id);
                }
            }
            try
            {
                await Task.Delay(Poll, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>After the rounds stop, one last checkpoint per district, so that what was written since the last round is anchored.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!options.Value.BackgroundWork)
        {
            return;
        }
        foreach (var district in districts.All)
        {
            try
            {
                await checkpoints.TakeAsync(district.Id, evenIfUnchanged: false, cancellationToken);
            }
            catch (Exception e)
            {
                // Shutting down regardless: the next start's first round takes it.
                logger.LogWarning(e, "Audit checkpoint of district {District} at shutdown failed", district.Id);
            }
        }
    }
}
