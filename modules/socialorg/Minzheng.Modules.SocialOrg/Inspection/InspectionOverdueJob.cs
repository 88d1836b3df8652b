using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Supervision;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Jobs;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Inspection;

/// <summary>
/// When <c>Modules:socialorg:Inspection:ListOverdue</c> is on: each day after last year's deadline, lists every organisation
/// still overdue on the 活动异常名录 for the unfiled report, once — an organisation staff removed stays removed for that
/// year (the cause names the year). Removal when the report arrives stays staff's (移出 with a reason).
/// </summary>
internal sealed class InspectionOverdueJob(SocialOrgDb db, ICallerContext caller, InspectionDueList dueList, InspectionOptions options, TimeProvider clock)
    : IModuleJob
{
    public TimeSpan Interval => TimeSpan.FromHours(24);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.ListOverdue) return;
        var today = clock.BeijingToday();
        var year = today.Year - 1;
        if (!InspectionRules.PastDeadline(year, today, options)) return;
        var cause = InspectionRules.OverdueCause(year);
        var overdue = await dueList.Query(year, DueState.Overdue, null, today).Select(e => e.Organisation.Id).ToListAsync(cancellationToken);
        var done = await db.CreditListEntries.AsNoTracking()
            .Where(e => e.List == CreditList.Abnormal && (e.Cause == cause || e.RemovedOn == null)).Select(e => e.OrganisationId).ToListAsync(cancellationToken);
        var toList = overdue.Except(done).ToList();
        if (toList.Count == 0) return;
        var organisations = await db.Organisations.Where(o => toList.Contains(o.Id)).ToListAsync(cancellationToken);
        var deadline = InspectionRules.Deadline(year, options);
        foreach (var organisation in organisations)
        {
            SupervisionEndpoints.Enter(db, organisation, CreditList.Abnormal, cause, $"逾期未报年检（截止{deadline:yyyy-MM-dd}）", today, caller, clock);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Staff listing the same organisation at the same moment: the next run sees what was saved.
        }
    }
}
