using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Work;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>
/// What waits on the home page: applications to accept (in the caller's scope), to review and to decide (district),
/// each for those whose permission the step needs.
/// </summary>
internal sealed class ApplicationWork(SocialOrgDb db, ICallerContext caller) : IWorkItemSource
{
    public async Task<IReadOnlyList<WorkItem>> CountAsync(CancellationToken cancellationToken)
    {
        var items = new List<WorkItem>();
        var district = caller.Scope.Level == OrgLevel.District;
        if (caller.HasPermission(SocialOrgPermissions.Application)) items.Add(await CountAsync(ApplicationStatus.Submitted, "待受理的社会组织登记申请", cancellationToken));
        if (district && caller.HasPermission(SocialOrgPermissions.Review)) items.Add(await CountAsync(ApplicationStatus.Accepted, "待审查的社会组织登记申请", cancellationToken));
        if (district && caller.HasPermission(SocialOrgPermissions.Decide)) items.Add(await CountAsync(ApplicationStatus.Reviewed, "待作出决定的社会组织登记申请", cancellationToken));
        return [.. items.Where(i => i.Count > 0)];
    }

    private async Task<WorkItem> CountAsync(ApplicationStatus status, string title, CancellationToken cancellationToken)
    {
        var count = await db.RegistrationApplications.AsNoTracking().WithinScope(caller).CountAsync(a => a.Status == status, cancellationToken);
        var code = ApplicationRules.StatusCode(status);
        return new WorkItem($"socialorg.applications-{code}", title, count, $"/m/socialorg/applications?status={code}");
    }
}
