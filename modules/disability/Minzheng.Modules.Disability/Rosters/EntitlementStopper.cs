using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Disability.Applications;
using Minzheng.Modules.Disability.Common;
using Minzheng.Modules.Disability.Data;
using Minzheng.Sdk.Access;

namespace Minzheng.Modules.Disability.Rosters;

/// <summary>
/// Stops an entitlement from the month after its last eligible day. Draft rosters lose the lines from
/// then on; approved rosters are frozen and never change — what they paid from then on is flagged as an
/// overpayment to recover. Repeating a stop changes nothing (event handlers rely on it).
/// </summary>
public sealed class EntitlementStopper(DisabilityDb db, ICallerContext caller, TimeProvider clock)
{
    /// <summary>
    /// Stops <paramref name="application"/> (tracked by <see cref="DisabilityDb"/>); the caller saves. An application
    /// still in progress is closed as rejected instead: nothing was paid on it.
    /// <paramref name="bumpVersion"/> is false when the caller already took the version step (a staff change checked against its version).
    /// </summary>
    public async Task StopAsync(SubsidyApplication application, DateOnly lastEligibleDay, string reason, CancellationToken cancellationToken, bool bumpVersion = true)
    {
        if (application.Status is ApplicationStatus.Submitted or ApplicationStatus.InNotice)
        {
            application.Status = ApplicationStatus.Rejected;
            application.Reason = $"办理期间{reason}，终止办理";
            if (bumpVersion) application.Version++;
            Workflow.Record(application, caller, clock, "终止办理", application.Reason);
            return;
        }
        var stopsFrom = ApplicationRules.StopsFrom(lastEligibleDay);
        if (stopsFrom.Key < application.PaidFromMonth) stopsFrom = new PayMonth(application.PaidFromMonth);
        if (application.Status == ApplicationStatus.Rejected
            || (application.Status == ApplicationStatus.Stopped && application.StopsFromMonth <= stopsFrom.Key))
        {
            return;
        }
        application.Status = ApplicationStatus.Stopped;
        application.StopsFromMonth = stopsFrom.Key;
        application.Reason = reason;
        if (bumpVersion) application.Version++;
        Workflow.Record(application, caller, clock, "停发", $"自{stopsFrom}起停发：{reason}");

        var lines = await db.RosterLines
            .Where(l => l.ApplicationId == application.Id && l.ForMonth >= stopsFrom.Key)
            .Join(db.Rosters, l => l.RosterId, r => r.Id, (l, r) => new { Line = l, Roster = r })
            .ToListAsync(cancellationToken);
        foreach (var draft in lines.Where(x => x.Roster.Status == RosterStatus.Draft))
        {
            db.RosterLines.Remove(draft.Line);
            draft.Roster.LineCount--;
            draft.Roster.Total -= draft.Line.Amount;
            draft.Roster.Version++;
        }
        var paid = lines.Where(x => x.Roster.Status == RosterStatus.Approved && x.Line.Outcome != PaymentOutcome.Failed).Select(x => x.Line).ToList();
        var lineIds = paid.Select(l => l.Id).ToList();
        var flagged = await db.Overpayments.Where(o => lineIds.Contains(o.RosterLineId)).Select(o => o.RosterLineId).ToListAsync(cancellationToken);
        foreach (var line in paid.Where(l => !flagged.Contains(l.Id) && RosterRules.IsOverpaid(new PayMonth(l.ForMonth), stopsFrom)))
        {
            db.Overpayments.Add(new Overpayment
            {
                Id = Guid.NewGuid(), ApplicationId = application.Id, RosterLineId = line.Id, ForMonth = line.ForMonth, Amount = line.Amount,
                Reason = reason, DivisionCode = application.DivisionCode, FlaggedAt = clock.GetUtcNow(),
            });
        }
    }
}
