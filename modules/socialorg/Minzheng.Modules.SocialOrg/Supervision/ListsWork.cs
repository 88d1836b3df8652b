using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Time;
using Minzheng.Sdk.Work;

namespace Minzheng.Modules.SocialOrg.Supervision;

/// <summary>
/// The decisions the lists' daily job raised, on the district's home page: removals and escalations for those who keep
/// the lists, grades about to lapse for those who evaluate; those past their due day counted as overdue.
/// </summary>
internal sealed class ListsWork(SocialOrgDb db, ICallerContext caller, TimeProvider clock) : IWorkItemSource
{
    public async Task<IReadOnlyList<WorkItem>> CountAsync(CancellationToken cancellationToken)
    {
        if (caller.Scope.Level != OrgLevel.District) return [];
        var kinds = new List<ReminderKind>();
        if (caller.HasPermission(SocialOrgPermissions.Supervise)) kinds.AddRange([ReminderKind.RemovalDue, ReminderKind.EscalationDue]);
        if (caller.HasPermission(SocialOrgPermissions.Evaluate)) kinds.Add(ReminderKind.GradeExpiring);
        if (kinds.Count == 0) return [];
        var today = clock.BeijingToday();
        var open = await db.ListReminders.AsNoTracking().WithinScope(caller).Where(r => r.ResolvedOn == null && kinds.Contains(r.Kind))
            .GroupBy(r => r.Kind).Select(g => new { Kind = g.Key, Count = g.Count(), Overdue = g.Count(r => r.DueOn < today) }).ToListAsync(cancellationToken);
        return [.. open.OrderBy(o => o.Kind).Select(o => new WorkItem($"socialorg.{ListDeadlineRules.KindCode(o.Kind)}", $"{ListDeadlineRules.KindLabel(o.Kind)}的社会组织",
            o.Count, $"/m/socialorg/list-reminders?kind={ListDeadlineRules.KindCode(o.Kind)}", o.Overdue))];
    }
}
