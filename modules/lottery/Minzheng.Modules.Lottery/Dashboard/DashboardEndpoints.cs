using System.Globalization;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Modules.Lottery.Disclosure;
using Minzheng.Modules.Lottery.Fund;
using Minzheng.Modules.Lottery.Outlets;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Indicators;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Lottery.Dashboard;

/// <summary>A point of a dashboard chart.</summary>
/// <param name="Label">A town's name, a month.</param>
/// <param name="Value">The figure.</param>
public sealed record ChartPoint(string Label, decimal Value);

/// <summary>
/// The module's overview: 表2 row 5 (outlets open today) against the deployment plan's target, and this year's sales.
/// The plan's row 5 names the outlets only: the sales target has no row to be read from, so none is shown (never a copy).
/// </summary>
/// <param name="Outlets">Outlets open today (row 5, the same indicator the plan page uses).</param>
/// <param name="OutletsTarget">Row 5's target as the plan prints it, with its plan, row and year; "未列入规划" when no row names it.</param>
/// <param name="OutletsVerdict">达标, 未达标, or 无法判断.</param>
/// <param name="SalesThisYear">This year's sales (Beijing), 元.</param>
/// <param name="SalesTarget">Why no sales target is shown beside it.</param>
/// <param name="SalesByMonth">This year's sales per month, 元.</param>
/// <param name="SalesByTown">This year's sales per town, 元.</param>
/// <param name="FundRaisedPlanPeriod">公益金 raised in the plan period (2021–2025), 元: receipts less their reversals.</param>
/// <param name="FundRaisedThisYear">公益金 raised this year, 元.</param>
/// <param name="FundTarget">Why no fund target is shown beside them.</param>
/// <param name="DisclosureWarning">Last year's disclosure not published and 6-30 near or past; empty otherwise.</param>
public sealed record LotteryDashboard(int Outlets, string OutletsTarget, string OutletsVerdict, decimal SalesThisYear, string SalesTarget,
    IReadOnlyList<ChartPoint> SalesByMonth, IReadOnlyList<ChartPoint> SalesByTown, decimal FundRaisedPlanPeriod, decimal FundRaisedThisYear, string FundTarget,
    string DisclosureWarning);

/// <summary><c>/api/lottery/dashboard</c>: row 5 against the plan's target (the SDK's <see cref="IPlanTargets"/>) and this year's sales, in the caller's scope.</summary>
public sealed class DashboardEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard", GetAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryDashboard").WithSummary("表2 row 5 (outlets) against the plan's target, this year's sales per month and per town.");
    }

    /// <summary>The fund's plan period: the 14th five-year plan's years.</summary>
    private const int PlanFrom = 2021, PlanTo = 2025;

    private static async Task<Ok<LotteryDashboard>> GetAsync(LotteryDb db, ICallerContext caller, IDivisionNames names, IPlanTargets targets, DisclosureOptions disclosure,
        TimeProvider clock, CancellationToken ct)
    {
        var today = clock.BeijingToday();
        var outlets = await new OutletsIndicator(db, caller, names).ComputeAsync(today, ct);
        var target = targets.For("lottery.outlets", today.Year);
        var yearStart = new DateOnly(today.Year, 1, 1);
        var sales = db.Sales.AsNoTracking().WithinScope(caller).Where(s => s.Month >= yearStart && s.Month <= today);
        var byMonth = await sales.GroupBy(s => s.Month).Select(g => new { g.Key, Amount = g.Sum(s => s.Amount) }).ToDictionaryAsync(g => g.Key.Month, g => g.Amount, ct);
        var byTown = await sales.GroupBy(s => s.DivisionCode.Substring(0, 9)).Select(g => new { g.Key, Amount = g.Sum(s => s.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Amount, ct);
        var value = outlets.Total.Value;
        var warning = await DisclosureDue.WarningAsync(db, disclosure, today, ct);
        return TypedResults.Ok(new LotteryDashboard(
            (int)(value ?? 0),
            target is null ? "未列入规划" : $"{target.Text}{target.Unit}（{target.PlanTitle}第{target.Row}项，{target.TargetYear}年）",
            target?.IsMetBy(value) switch { true => "达标", false => "未达标", _ => "无法判断" },
            byMonth.Values.Sum(),
            "规划表2第5项只列销售网点数，销量目标未列入指标表，此处不作比较",
            [.. Enumerable.Range(1, today.Month).Select(m => new ChartPoint(string.Create(CultureInfo.InvariantCulture, $"{m}月"), byMonth.GetValueOrDefault(m)))],
            [.. names.TownsWithin(caller.Scope).Select(t => new ChartPoint(names.NameOf(t) ?? t, byTown.GetValueOrDefault(t)))],
            await FundFigures.RaisedAsync(db, PlanFrom, PlanTo, ct) / 100m,
            await FundFigures.RaisedAsync(db, today.Year, today.Year, ct) / 100m,
            // The plan's fund figures (raised in 2021–2025, and the local part) are in its text, not its table: nothing to read through IPlanTargets.
            "规划表2未列公益金筹集指标（筹集目标见规划正文），此处不作比较",
            warning?.Text ?? ""));
    }
}
