using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Sdk.Jobs;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Marriage.Divorce;

/// <summary>
/// Closes the windows that ran out: cooling-off over → 待申请发证; second window over without a joint
/// request → 视为撤回. Safe to repeat: an application already moved is not touched again.
/// </summary>
public sealed class DivorceDeadlineJob(MarriageDb db, TimeProvider clock) : IModuleJob
{
    /// <inheritdoc />
    public TimeSpan Interval => TimeSpan.FromHours(1);

    /// <inheritdoc />
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        var due = await db.Divorces.Include(d => d.Steps)
            .Where(d => (d.Status == DivorceStatus.CoolingOff || d.Status == DivorceStatus.AwaitingRequest) && d.CoolingOffEnds < today)
            .ToListAsync(cancellationToken);
        foreach (var application in due)
        {
            DivorceTransitions.AdvanceByTime(application, today);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A staff action on the same application at the same moment wins; the job retries on its next run.
        }
    }
}
