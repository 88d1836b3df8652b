using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Jobs;

/// <summary>Takes a job's due run in a district for this instance, or learns that it is not due or taken.</summary>
public sealed class JobClaims(Func<PlatformDbContext> platformDb, TimeProvider clock)
{
    /// <summary>True when this instance is to run <paramref name="job"/> in <paramref name="districtId"/> now.</summary>
    public async Task<bool> TryClaimAsync(string job, string districtId, TimeSpan interval, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var next = now + interval;
        await using var db = platformDb();
        // A conditional update is the claim: of several instances, exactly one moves the due time.
        var moved = await db.JobSchedules
            .Where(s => s.Job == job && s.DistrictId == districtId && s.NextRunAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextRunAt, next), cancellationToken);
        if (moved == 1)
        {
            return true;
        }
        if (await db.JobSchedules.AnyAsync(s => s.Job == job && s.DistrictId == districtId, cancellationToken))
        {
            return false;
        }
        // Never run here before: the first to insert the schedule runs it.
        db.JobSchedules.Add(new JobSchedule { Job = job, DistrictId = districtId, NextRunAt = next });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
