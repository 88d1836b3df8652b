using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Time;
using Minzheng.Sdk.Work;

namespace Minzheng.Modules.SocialOrg.Inspection;

/// <summary>
/// What waits on the home page: reports waiting for a conclusion (for the district staff who conclude) and the
/// organisations whose report of last year is past its deadline (for those who receive reports, in their scope).
/// </summary>
internal sealed class InspectionWork(SocialOrgDb db, ICallerContext caller, InspectionDueList dueList, InspectionOptions options, TimeProvider clock)
    : IWorkItemSource
{
    public async Task<IReadOnlyList<WorkItem>> CountAsync(CancellationToken cancellationToken)
    {
        var items = new List<WorkItem>();
        var today = clock.BeijingToday();
        var year = today.Year - 1;
        if (caller.HasPermission(SocialOrgPermissions.Inspect) && caller.Scope.Level == OrgLevel.District)
        {
            var waiting = await db.AnnualInspections.AsNoTracking().WithinScope(caller).CountAsync(i => i.Status == InspectionStatus.Submitted, cancellationToken);
            items.Add(new WorkItem("socialorg.inspections-to-conclude", "待作出结论的年检报告", waiting, "/m/socialorg/inspections?status=submitted"));
        }
        if ((caller.HasPermission(SocialOrgPermissions.AnnualReport) || caller.HasPermission(SocialOrgPermissions.Inspect))
            && InspectionRules.PastDeadline(year, today, options))
        {
            var overdue = await dueList.Query(year, DueState.Overdue, null, today).CountAsync(cancellationToken);
            items.Add(new WorkItem("socialorg.inspections-overdue", $"逾期未报送{year}年度年检报告的社会组织", overdue, "/m/socialorg/inspections-overdue", overdue));
        }
        return [.. items.Where(i => i.Count > 0)];
    }
}
