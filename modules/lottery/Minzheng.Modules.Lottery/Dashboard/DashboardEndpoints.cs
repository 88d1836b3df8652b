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
/// The module's overview: 表2 row 5 (outlets open today) against the deployment plan's target, this year's sales against
/// the year's target, the 公益金 raised over the plan period and its local share against theirs (<see cref="TargetOptions"/>).
/// </summary>
/// <param name="Outlets">Outlets open today (row 5, the same indicator the plan page uses).</param>
/// <param name="OutletsTarget">Row 5's target as the plan prints it, with its plan, row and year; "未列入规划" when no row names it.</param>
/// <param name="OutletsVerdict">达标, 未达标, or 无法判断.</param>
/// <param name="SalesThisYear">This year's sales (Beijing), 元.</param>
/// <param name="SalesTarget">The year's sales target, 元.</param>
/// <param name="SalesProgress">This year's sales against it (the year is not over: no verdict).</param>
/// <param name="SalesByMonth">This year's sales per month, 元.</param>
/// <param name="SalesByTown">This year's sales per town, 元.</param>
/// <param name="FundRaisedPlanPeriod">公益金 raised in the plan period, 元: receipts less their reversals.</param>
/// <param name="FundTarget">The plan period's target, 元.</param>
/// <param name="FundProgress">The raised figure against it (达标 or 未达标 once the period is over).</param>
/// <param name="FundLocalPlanPeriod">Of it, raised locally (本级: every source but 上级下达), 元.</param>
/// <param name="FundLocalTarget">The local share's target, 元.</param>
/// <param name="FundLocalProgress">The local figure against it.</param>
/// <param name="FundRaisedThisYear">公益金 raised this year, 元.</param>
/// <param name="DisclosureWarning">Last year's disclosure not published and 6-30 near or past; empty otherwise.</param>
public sealed record LotteryDashboard(int Outlets, string OutletsTarget, string OutletsVerdict, decimal SalesThisYear, decimal SalesTarget, string SalesProgress,
    IReadOnlyList<ChartPoint> SalesByMonth, IReadOnlyList<ChartPoint> SalesByTown, decimal FundRaisedPlanPeriod, decimal FundTarget, string FundProgress,
    decimal FundLocalPlanPeriod, decimal FundLocalTarget, string FundLocalProgress, decimal FundRaisedThisYear, string DisclosureWarning);

/// <summary>
/// <c>/api/lottery/dashboard</c>: row 5 against the plan's target (the SDK's <see cref="IPlanTargets"/>), this year's sales in
/// the caller's scope and the district's fund raised, each against the configured target.
/// </summary>
public sealed class DashboardEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard", GetAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryDashboard").WithSummary("表2 row 5 (outlets) against the plan's target; this year's sales (per month and per town) and the fund raised over the plan period (and locally) against the configured targets.");
    }

    private static async Task<Ok<LotteryDashboard>> GetAsync(LotteryDb db, ICallerContext caller, IDivisionNames names, IPlanTargets targets, TargetOptions plan,
        DisclosureOptions disclosure, TimeProvider clock, CancellationToken ct)
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
        var salesThisYear = byMonth.Values.Sum();
        var raised = await FundFigures.RaisedAsync(db, plan.PlanFromYear, plan.PlanToYear, ct) / 100m;
        var local = await FundFigures.RaisedAsync(db, plan.PlanFromYear, plan.PlanToYear, ct, localOnly: true) / 100m;
        var periodOver = today.Year > plan.PlanToYear;
        return TypedResults.Ok(new LotteryDashboard(
            (int)(value ?? 0),
            target is null ? "未列入规划" : $"{target.Text}{target.Unit}（{target.PlanTitle}第{target.Row}项，{target.TargetYear}年）",
            target?.IsMetBy(value) switch { true => "达标", false => "未达标", _ => "无法判断" },
            salesThisYear, plan.SalesYuanPerYear, TargetRules.Progress(salesThisYear, plan.SalesYuanPerYear, $"{today.Year}年", ended: false),
            [.. Enumerable.Range(1, today.Month).Select(m => new ChartPoint(string.Create(CultureInfo.InvariantCulture, $"{m}月"), byMonth.GetValueOrDefault(m)))],
            [.. names.TownsWithin(caller.Scope).Select(t => new ChartPoint(names.NameOf(t) ?? t, byTown.GetValueOrDefault(t)))],
            raised, plan.FundRaisedYuan, TargetRules.Progress(raised, plan.FundRaisedYuan, plan.Period, periodOver),
            local, plan.FundLocalYuan, TargetRules.Progress(local, plan.FundLocalYuan, plan.Period, periodOver),
            await FundFigures.RaisedAsync(db, today.Year, today.Year, ct) / 100m,
            warning?.Text ?? ""));
    }
}
