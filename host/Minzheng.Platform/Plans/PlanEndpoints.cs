using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Platform.Plans;

/// <summary><c>/api/platform/plans</c>: the plan's indicators computed for the caller, staff-entered values, export.</summary>
internal static class PlanEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/platform/plans").WithTags("规划指标");
        plans.MapGet("/", List).WithName("ListPlans")
            .WithSummary("The configured plans and the one the current year belongs to.").RequirePermission(PlatformPermissions.PlanRead);
        plans.MapGet("/{planId}", GetAsync).WithName("GetPlan")
            .WithSummary("Every row of a plan with its value on a date (default today) in the caller's scope, its target, status and source.")
            .RequirePermission(PlatformPermissions.PlanRead);
        plans.MapGet("/{planId}/rows/{number:int}/towns", TownsAsync).WithName("GetPlanRowTowns")
            .WithSummary("A computed row's value per town in the caller's scope, every town listed.").RequirePermission(PlatformPermissions.PlanRead);
        plans.MapGet("/{planId}/rows/{number:int}/trend", TrendAsync).WithName("GetPlanRowTrend")
            .WithSummary("A row's value at the end of the baseline year and of each plan year up to today.").RequirePermission(PlatformPermissions.PlanRead);
        plans.MapGet("/{planId}/rows/{number:int}/entries", EntriesAsync).WithName("ListPlanRowEntries")
            .WithSummary("The values staff entered for a row, newest first (district level).").RequirePermission(PlatformPermissions.PlanRead);
        plans.MapPost("/{planId}/rows/{number:int}/entries", EnterAsync).WithName("EnterPlanRowValue")
            .WithSummary("Enters a value, with its date and source, for a row no module computes in the district (district level; audited).")
            .RequirePermission(PlatformPermissions.PlanEnter);
        plans.MapGet("/{planId}/export.xlsx", ExportAsync).WithName("ExportPlan")
            .WithSummary("The plan's rows on a date as an XLSX workbook for the annual summary.").RequirePermission(PlatformPermissions.PlanRead);
    }

    private static Ok<PlanList> List(PlanCatalog catalog, TimeProvider clock) =>
        TypedResults.Ok(new PlanList(catalog.Current(clock.BeijingToday().Year).Id,
            catalog.All.Select(p => new PlanSummary(p.Id, p.Title, p.FromYear, p.ToYear, p.BaselineYear)).ToList()));

    private static async Task<Results<Ok<PlanView>, ProblemHttpResult, ValidationProblem>> GetAsync(
        string planId, string? asOf, PlanCatalog catalog, PlanFigures figures, ICallerContext caller, IDivisionNames names, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (catalog.Find(planId) is not { } plan) return UnknownPlan(planId);
        if (ParseAsOf(asOf, clock) is not { } date) return Problems.Validation("asOf", "截至日期应为yyyy-MM-dd格式的日期");
        return TypedResults.Ok(await ViewAsync(plan, date, figures, caller, names, cancellationToken));
    }

    private static async Task<Results<Ok<TownFigures>, ProblemHttpResult, ValidationProblem>> TownsAsync(
        string planId, int number, string? asOf, PlanCatalog catalog, PlanFigures figures, ICallerContext caller, IDivisionNames names, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (catalog.Find(planId) is not { } plan) return UnknownPlan(planId);
        if (plan.Row(number) is not { } row) return UnknownRow(plan, number);
        if (ParseAsOf(asOf, clock) is not { } date) return Problems.Validation("asOf", "截至日期应为yyyy-MM-dd格式的日期");
        var figure = await figures.RowAsync(plan, row, date, cancellationToken);
        var towns = figure.ByTown
            .Where(t => caller.Scope.Level == OrgLevel.District || caller.Scope.DivisionCode.StartsWith(t.Key, StringComparison.Ordinal))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t =>
            {
                var status = PlanFigures.StatusOf(row, t.Value);
                return new TownFigureView(t.Key, names.NameOf(t.Key) ?? t.Key, t.Value.Value, t.Value.Numerator, t.Value.Denominator, t.Value.NotComputed,
                    status, PlanFigures.StatusText(status));
            }).ToList();
        return TypedResults.Ok(new TownFigures(towns));
    }

    private static async Task<Results<Ok<Trend>, ProblemHttpResult>> TrendAsync(
        string planId, int number, PlanCatalog catalog, PlanFigures figures, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (catalog.Find(planId) is not { } plan) return UnknownPlan(planId);
        if (plan.Row(number) is not { } row) return UnknownRow(plan, number);
        var today = clock.BeijingToday();
        var baseline = PlanTarget.Parse(row.Baseline) is { Comparison: TargetComparison.AtLeast, Value: { } b } && b.ToString(CultureInfo.InvariantCulture) == row.Baseline
            ? new TrendPoint(plan.BaselineYear, b, null, TrendKind.Baseline)
            : new TrendPoint(plan.BaselineYear, null, row.Baseline == "—" ? "规划未列基期值" : $"基期值为“{row.Baseline}”", TrendKind.Baseline);
        var points = new List<TrendPoint> { baseline };
        for (var year = plan.FromYear; year <= Math.Min(plan.ToYear, today.Year); year++)
        {
            var end = new DateOnly(year, 12, 31);
            var figure = await figures.RowAsync(plan, row, end < today ? end : today, cancellationToken);
            var kind = figure.Kind switch { FigureSourceKind.Computed => TrendKind.Computed, FigureSourceKind.Entered => TrendKind.Entered, _ => TrendKind.None };
            // An entered value of an earlier year is not this year's figure.
            if (figure is { Kind: FigureSourceKind.Entered, Entry: { } entry } && entry.ValueAsOf.Year != year)
            {
                points.Add(new TrendPoint(year, null, "该年度未录入", TrendKind.None));
                continue;
            }
            points.Add(new TrendPoint(year, figure.Figure.Value, figure.Figure.NotComputed, kind));
        }
        return TypedResults.Ok(new Trend(points));
    }

    private static async Task<Results<Ok<PlanEntries>, ProblemHttpResult>> EntriesAsync(
        string planId, int number, PlanCatalog catalog, PlanEntryStore store, ICallerContext caller, CancellationToken cancellationToken)
    {
        if (catalog.Find(planId) is not { } plan) return UnknownPlan(planId);
        if (plan.Row(number) is null) return UnknownRow(plan, number);
        if (caller.Scope.Level != OrgLevel.District) return Problems.Forbidden("录入的规划指标是区级数据，只有区级账户可以查看。");
        var entries = await store.HistoryAsync(plan.Id, number, cancellationToken);
        return TypedResults.Ok(new PlanEntries(entries.Select(View).ToList()));
    }

    private static async Task<Results<Created<PlanEntryView>, ProblemHttpResult, ValidationProblem>> EnterAsync(
        string planId, int number, PlanEntryRequest request, PlanCatalog catalog, PlanFigures figures, PlanEntryStore store, ICallerContext caller,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (catalog.Find(planId) is not { } plan) return UnknownPlan(planId);
        if (plan.Row(number) is not { } row) return UnknownRow(plan, number);
        if (caller.Scope.Level != OrgLevel.District) return Problems.Forbidden("规划指标由区级账户录入。");
        if (figures.IsComputedHere(row))
        {
            return Problems.Conflict($"第{row.Number}项“{row.Name}”由模块根据业务数据计算，不能手工录入。", "指标由模块计算");
        }
        var errors = new FieldErrors();
        if (request.Value is null) errors.Add("value", "请填写指标值");
        var today = clock.BeijingToday();
        DateOnly valueAsOf = default;
        if (string.IsNullOrWhiteSpace(request.ValueAsOf)) errors.Add("valueAsOf", "请填写数据截至日期");
        else if (!DateOnly.TryParseExact(request.ValueAsOf.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out valueAsOf))
            errors.Add("valueAsOf", "数据截至日期应为yyyy-MM-dd格式的日期");
        else if (valueAsOf > today) errors.Add("valueAsOf", "数据截至日期不能晚于今天");
        else if (valueAsOf.Year < plan.BaselineYear) errors.Add("valueAsOf", $"数据截至日期应在{plan.BaselineYear}年（基期）以后");
        var source = errors.Text("sourceText", request.SourceText, "数据来源", 200);
        if (request.Value is { } v && (v < 0 || v > 1_000_000_000m)) errors.Add("value", "指标值应在0到10亿之间");
        if (errors.HasErrors) return errors.ToProblem();

        var entry = await store.AddAsync(plan, row, request.Value!.Value, valueAsOf, source!, cancellationToken);
        return TypedResults.Created($"/api/platform/plans/{plan.Id}/rows/{row.Number}/entries/{entry.Id}", View(entry));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> ExportAsync(
        string planId, string? asOf, PlanCatalog catalog, PlanFigures figures, ICallerContext caller, IDivisionNames names, ITableFiles tables,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (catalog.Find(planId) is not { } plan) return UnknownPlan(planId);
        if (ParseAsOf(asOf, clock) is not { } date) return Problems.Validation("asOf", "截至日期应为yyyy-MM-dd格式的日期");
        var view = await ViewAsync(plan, date, figures, caller, names, cancellationToken);
        var file = PlanWorkbook.Write(tables, view);
        return TypedResults.File(file, TableMediaTypes.Xlsx, $"规划指标-{view.ScopeName}-{date:yyyy-MM-dd}.xlsx");
    }

    private static async Task<PlanView> ViewAsync(Plan plan, DateOnly date, PlanFigures figures, ICallerContext caller, IDivisionNames names, CancellationToken cancellationToken)
    {
        var rows = await figures.RowsAsync(plan, date, cancellationToken);
        var views = plan.Rows.Zip(rows, (row, figure) => View(row, figure)).ToList();
        var scopeName = caller.Scope.Level == OrgLevel.District ? names.DistrictName : names.NameOf(caller.Scope.DivisionCode[..9]) ?? caller.Scope.DivisionCode;
        return new PlanView(plan.Id, plan.Title, plan.FromYear, plan.ToYear, plan.BaselineYear, date, scopeName, views);
    }

    private static PlanRowView View(PlanRow row, RowFigure figure)
    {
        var status = PlanFigures.StatusOf(row, figure.Figure);
        var f = figure.Figure;
        var source = new RowSource(figure.Kind, figure.ModuleId, figure.ModuleName, figure.Rule, figure.Entry?.EnteredByName, figure.Entry?.EnteredAt,
            figure.Entry?.ValueAsOf, figure.Entry?.SourceText);
        return new PlanRowView(row.Number, row.Name, row.Unit, row.Binding, row.Baseline, row.Target.Text, row.Target.Comparison, row.Target.Value,
            f.Value, f.Numerator, f.Denominator, f.NotComputed, status, PlanFigures.StatusText(status), source, row.Indicator, figure.CanEnter,
            figure.ByTown.Count > 0);
    }

    private static PlanEntryView View(PlanEntry e) => new(e.Id, e.ShownValue, e.ValueAsOf, e.SourceText, e.EnteredByName, e.EnteredAt);

    private static DateOnly? ParseAsOf(string? asOf, TimeProvider clock) =>
        string.IsNullOrWhiteSpace(asOf) ? clock.BeijingToday()
        : DateOnly.TryParseExact(asOf.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static ProblemHttpResult UnknownPlan(string planId) => Problems.NotFound($"没有编号为“{planId}”的规划。");

    private static ProblemHttpResult UnknownRow(Plan plan, int number) => Problems.NotFound($"规划“{plan.Title}”没有第{number}项指标。");
}
