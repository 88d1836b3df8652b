using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Hours;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.Stars;

/// <summary>
/// 星级评定, one run: awards the proposals whose publicity ended, proposes the level each active volunteer's confirmed
/// service hours reach (publicity from today). Started by staff or by the scheduled <see cref="StarRunJob"/>; safe to
/// repeat — a volunteer in publicity or holding the level is not proposed again — and safe to run twice at once: the
/// database refuses a level proposed twice (a unique index on the volunteer's levels not revoked) and a proposal awarded
/// twice (its version), so the run that comes second saves nothing.
/// </summary>
internal sealed class StarRun(VolunteerDb db, ICallerContext caller, StarOptions options, TimeProvider clock)
{
    /// <summary>
    /// Runs in the caller's scope and saves what it did; null when another run saved the same proposals or awards between
    /// this one's reading and its saving (this one then saved nothing, and the other's outcome stands).
    /// </summary>
    public async Task<StarRunResult?> RunAndSaveAsync(CancellationToken ct)
    {
        var result = await RunAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return result;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private async Task<StarRunResult> RunAsync(CancellationToken ct)
    {
        var today = clock.BeijingToday();
        var due = await db.StarAwards.WithinScope(caller).Where(a => a.Status == StarStatus.Publicity && a.PublicityEndsOn < today).ToListAsync(ct);
        foreach (var award in due)
        {
            award.Status = StarStatus.Awarded;
            award.AwardedOn = today;
            // A change of the record like any other: a second run awarding it at the same moment finds its version gone.
            award.Version++;
        }

        // Totals are summed by the database; only volunteers reaching the first level come back.
        var totals = await db.ServiceRecords.AsNoTracking()
            .Where(r => r.Status == RecordStatus.Confirmed && r.Kind == HoursKind.Service)
            .GroupBy(r => r.VolunteerId).Select(g => new { VolunteerId = g.Key, Hours = g.Sum(r => r.Hours) })
            .Join(db.Volunteers.AsNoTracking().WithinScope(caller).Where(v => v.LeftOn == null), t => t.VolunteerId, v => v.Id,
                (t, v) => new { v.Id, v.DivisionCode, v.StarsBarredUntil, t.Hours })
            .ToListAsync(ct);
        // Two plain reads, not one GROUP BY with an EXISTS per volunteer: that correlated form read every award in
        // publicity once per volunteer (the benchmark's scenario 6: 49 s then 149 s at 200,000 volunteers).
        var held = await db.StarAwards.AsNoTracking().WithinScope(caller).Where(a => a.Status != StarStatus.Revoked)
            .GroupBy(a => a.VolunteerId).Select(g => new { VolunteerId = g.Key, Level = g.Max(a => a.Level) })
            .ToDictionaryAsync(h => h.VolunteerId, h => h.Level, ct);
        var inPublicity = (await db.StarAwards.AsNoTracking().WithinScope(caller).Where(a => a.Status == StarStatus.Publicity && a.PublicityEndsOn >= today)
            .Select(a => a.VolunteerId).Distinct().ToListAsync(ct)).ToHashSet();
        var endsOn = StarRules.PublicityEnds(today, options);
        var proposed = 0;
        foreach (var total in totals)
        {
            if (StarRules.Proposal(StarRules.LevelFor(total.Hours, options), held.GetValueOrDefault(total.Id), inPublicity.Contains(total.Id), total.StarsBarredUntil, today)
                is not { } level)
            {
                continue;
            }

            db.StarAwards.Add(new StarAward
            {
                Id = Guid.NewGuid(), VolunteerId = total.Id, DivisionCode = total.DivisionCode, Level = level, Hours = total.Hours,
                ProposedOn = today, PublicityEndsOn = endsOn, Status = StarStatus.Publicity,
            });
            proposed++;
        }
        var message = proposed == 0 && due.Count == 0 ? "没有需要评定或授予的星级"
            : $"新评定{proposed}人（公示至{endsOn:yyyy年M月d日}），公示期满授予{due.Count}人";
        return new StarRunResult(proposed, due.Count, endsOn, message);
    }
}
