using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Time;
using Minzheng.Sdk.Work;

namespace Minzheng.Modules.Lottery.Disclosure;

/// <summary>The home page's reminder: last year's disclosure not published, 6-30 near (the configured days) or past.</summary>
internal sealed class DisclosureWork(LotteryDb db, ICallerContext caller, DisclosureOptions options, TimeProvider clock) : IWorkItemSource
{
    public async Task<IReadOnlyList<WorkItem>> CountAsync(CancellationToken cancellationToken)
    {
        if (!caller.HasPermission(LotteryPermissions.Disclose) || caller.Scope.Level != OrgLevel.District) return [];
        if (await DisclosureDue.WarningAsync(db, options, clock.BeijingToday(), cancellationToken) is not { } warning) return [];
        return [new WorkItem("lottery.disclosure-due", warning.Text, 1, "/m/lottery/disclosures", warning.Overdue ? 1 : 0)];
    }
}

/// <summary>Whether last year's disclosure is due and unpublished.</summary>
internal static class DisclosureDue
{
    public static async Task<(string Text, bool Overdue)?> WarningAsync(LotteryDb db, DisclosureOptions options, DateOnly today, CancellationToken ct)
    {
        var year = today.Year - 1;
        var published = await db.FundDisclosures.AnyAsync(d => d.Year == year && d.Status != DisclosureStatus.Draft, ct);
        if (!DisclosureRules.Warn(today, options.WarnDaysBefore, published)) return null;
        var due = DisclosureRules.DueOn(year);
        return today > due ? ($"{year}年度公益金使用情况公告逾期未发布（应于{due:M月d日}前）", true) : ($"{year}年度公益金使用情况公告待发布（{due:M月d日}前）", false);
    }
}
