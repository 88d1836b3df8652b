using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Disability.Applications;
using Minzheng.Modules.Disability.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Time;
using Minzheng.Sdk.Work;

namespace Minzheng.Modules.Disability.Work;

/// <summary>
/// What waits for the caller on the home page: applications to review (town), applications whose publicity has
/// ended and await the district's decision, and entitlements due for their annual review — each counted in the
/// caller's scope, only for a caller who may act on it.
/// </summary>
internal sealed class DisabilityWork(DisabilityDb db, ICallerContext caller, TimeProvider clock) : IWorkItemSource
{
    public async Task<IReadOnlyList<WorkItem>> CountAsync(CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        var items = new List<WorkItem>();
        var mine = db.Applications.AsNoTracking().WithinScope(caller);
        if (caller.HasPermission(DisabilityPermissions.Review))
        {
            var submitted = await mine.CountAsync(a => a.Status == ApplicationStatus.Submitted, cancellationToken);
            items.Add(new WorkItem("disability.to-review", "待审核的两项补贴申请", submitted, "/m/disability/applications"));
            var reviews = await mine.Where(a => a.Status == ApplicationStatus.Approved && a.NextReviewOn != null && a.NextReviewOn <= today)
                .CountAsync(cancellationToken);
            items.Add(new WorkItem("disability.annual-review", "到期待年审的享受对象", reviews, "/m/disability/annual-reviews"));
        }
        if (caller.HasPermission(DisabilityPermissions.Decide))
        {
            var decidable = await mine.CountAsync(a => a.Status == ApplicationStatus.InNotice && a.NoticeEndsOn != null && a.NoticeEndsOn < today,
                cancellationToken);
            items.Add(new WorkItem("disability.to-decide", "公示期满待审批的申请", decidable, "/m/disability/applications"));
        }
        return [.. items.Where(i => i.Count > 0)];
    }
}
