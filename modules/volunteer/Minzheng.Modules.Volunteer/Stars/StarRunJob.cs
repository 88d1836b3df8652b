using Minzheng.Sdk.Jobs;

namespace Minzheng.Modules.Volunteer.Stars;

/// <summary>
/// The star run on a schedule, so that a publicity that ended becomes an award without anyone starting the run
/// (<c>Modules:volunteer:Stars:ScheduledRun</c>, on by default; a district that awards by a formal sitting turns it off).
/// </summary>
internal sealed class StarRunJob(StarRun run, StarOptions options) : IModuleJob
{
    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.ScheduledRun) return;
        // A run by staff, or a revocation, at the same moment wins: this one saves nothing, and the next run sees what it did.
        await run.RunAndSaveAsync(cancellationToken);
    }
}
