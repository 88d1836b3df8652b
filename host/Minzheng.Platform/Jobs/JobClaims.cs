using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Minzheng.Platform.Telemetry;

namespace Minzheng.Platform.Jobs;

/// <summary>Takes a job's due run in a district for this instance, or learns that it is not due or taken.</summary>
/// <remarks>
/// The runner asks every second; the database is asked only once the due time this instance last saw has
/// come. A schedule only ever moves forward (each claim moves it), so a due time seen is never too late:
/// at worst another instance has moved it further, which the claim then finds out.
/// </remarks>
public sealed class JobClaims(Func<PlatformDbContext> platformDb, PlatformMetrics metrics, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string Job, string DistrictId), DateTimeOffset> _knownDue = new();

    private void Known((string Job, string DistrictId) key, DateTimeOffset due)
    {
        _knownDue[key] = due;
        metrics.JobDue(key.Job, key.DistrictId, due);
    }

    /// <summary>True when this instance is to run <paramref name="job"/> in <paramref name="districtId"/> now.</summary>
    public async Task<bool> TryClaimAsync(string job, string districtId, TimeSpan interval, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var key = (job, districtId);
        if (_knownDue.TryGetValue(key, out var due) && now < due)
        {
            return false;
        }
        var next = now + interval;
        await using var db = platformDb();
        // A conditional update is the claim: of several instances, exactly one moves the due time.
        var moved = await db.JobSchedules
            .Where(s => s.Job == job && s.DistrictId == districtId && s.NextRunAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextRunAt, next), cancellationToken);
        if (moved == 1)
        {
            Known(key, next);
            return true;
        }
        var scheduled = await db.JobSchedules.Where(s => s.Job == job && s.DistrictId == districtId)
            .Select(s => (DateTimeOffset?)s.NextRunAt).FirstOrDefaultAsync(cancellationToken);
        if (scheduled is { } at)
        {
            // Not due, or just taken by another instance: nothing to ask before then.
            Known(key, at);
            return false;
        }
        // Never run here before: the first to insert the schedule runs it.
        db.JobSchedules.Add(new JobSchedule { Job = job, DistrictId = districtId, NextRunAt = next });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            Known(key, next);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
