using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Evaluation;
using Minzheng.Modules.SocialOrg.Inspection;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Modules.SocialOrg.SocialWork;
using Minzheng.Modules.SocialOrg.Supervision;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Indicators;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Dashboard;

/// <summary>
/// <c>/api/socialorg/dashboard</c>: the register by type and status, last year's inspection progress, the lists now, the
/// grades held, and row 7 (social workers) by the same indicator the plan page uses against the deployment's target
/// (the SDK's <see cref="IPlanTargets"/>), with the stations per town; in the caller's scope.
/// </summary>
public sealed class DashboardEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard", GetAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgDashboard")
            .WithSummary("Organisations by type and status, last year's inspection progress, list entries now, grades held, social workers against row 7's target, stations per town.");
    }

    private static async Task<Ok<SocialOrgDashboard>> GetAsync(SocialOrgDb db, ICallerContext caller, IDivisionNames names, IPlanTargets targets,
        InspectionDueList dueList, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.BeijingToday();
        var organisations = await db.Organisations.AsNoTracking().WithinScope(caller).GroupBy(o => new { o.Type, o.Status })
            .Select(g => new { g.Key.Type, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var year = today.Year - 1;
        var states = new Dictionary<DueState, int>();
        foreach (var state in Enum.GetValues<DueState>()) states[state] = await dueList.Query(year, state, null, today).CountAsync(ct);
        var lists = await db.CreditListEntries.AsNoTracking().WithinScope(caller).Where(e => e.RemovedOn == null).GroupBy(e => e.List)
            .Select(g => new { List = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.List, g => g.Count, ct);
        var grades = await HeldGradesAsync(db, caller, today, ct);
        var workers = await new SocialWorkersIndicator(db, caller, names).ComputeAsync(today, ct);
        var target = targets.For("socialorg.social-workers", today.Year);
        var stations = await db.SocialWorkStations.AsNoTracking().WithinScope(caller).Where(s => s.ClosedOn == null).Select(s => s.DivisionCode).ToListAsync(ct);
        var towns = names.TownsWithin(caller.Scope).ToList();
        return TypedResults.Ok(new SocialOrgDashboard(
            organisations.Where(o => o.Status == OrganisationStatus.Registered).Sum(o => o.Count), year,
            states.Where(s => s.Key != DueState.Exempt).Sum(s => s.Value), states[DueState.Submitted] + states[DueState.Concluded], states[DueState.Concluded],
            states[DueState.Overdue], lists.GetValueOrDefault(CreditList.Abnormal), lists.GetValueOrDefault(CreditList.Serious), grades.Values.Sum(),
            (int)(workers.Total.Value ?? 0), Text(target), Verdict(target, workers.Total.Value), stations.Count,
            [.. Enum.GetValues<OrganisationType>().Select(t => new ChartPoint(OrganisationRules.TypeLabel(t),
                organisations.Where(o => o.Type == t && o.Status == OrganisationStatus.Registered).Sum(o => o.Count)))],
            [.. Enum.GetValues<OrganisationStatus>().Select(s => new ChartPoint(StatusLabel(s), organisations.Where(o => o.Status == s).Sum(o => o.Count)))],
            [.. states.Select(s => new ChartPoint(StateLabel(s.Key), s.Value))],
            [.. Enumerable.Range(1, 5).Select(g => new ChartPoint(EvaluationRules.GradeLabel(g), grades.GetValueOrDefault(g)))],
            [.. workers.ByTown.Select(t => new ChartPoint(names.NameOf(t.Key) ?? t.Key, t.Value.Value ?? 0))],
            [.. towns.Select(t => new ChartPoint(names.NameOf(t) ?? t, stations.Count(s => s.StartsWith(t, StringComparison.Ordinal))))]));
    }

    // The grades that hold today (EvaluationRules.Holds): the newest per organisation, within its validity, not withdrawn.
    private static async Task<Dictionary<int, int>> HeldGradesAsync(SocialOrgDb db, ICallerContext caller, DateOnly today, CancellationToken ct)
    {
        var conferred = await db.Evaluations.AsNoTracking().WithinScope(caller).Where(e => e.Status == EvaluationStatus.Conferred && e.Grade != null && e.ValidUntil >= today)
            .Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => new { e.OrganisationId, e.Grade, e.ConferredOn, e.ValidUntil, o.Status })
            .ToListAsync(ct);
        var ids = conferred.Select(c => c.OrganisationId).ToList();
        var serious = (await db.CreditListEntries.AsNoTracking().Where(e => ids.Contains(e.OrganisationId) && e.List == CreditList.Serious)
            .Select(e => new { e.OrganisationId, e.EnteredOn }).ToListAsync(ct)).GroupBy(e => e.OrganisationId).ToDictionary(g => g.Key, g => g.Min(e => e.EnteredOn));
        return conferred
            .Where(c => EvaluationRules.Holds(c.ValidUntil, c.ConferredOn, c.Status == OrganisationStatus.Registered,
                serious.TryGetValue(c.OrganisationId, out var d) ? d : null, today))
            .GroupBy(c => c.OrganisationId).Select(g => g.OrderByDescending(c => c.ConferredOn).First().Grade!.Value)
            .GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
    }

    private static string StatusLabel(OrganisationStatus status) => status switch
    {
        OrganisationStatus.Registered => "正常",
        OrganisationStatus.Deregistered => "已注销",
        _ => "已撤销登记",
    };

    private static string StateLabel(DueState state) => state switch
    {
        DueState.Exempt => "免检",
        DueState.Due => "未报送",
        DueState.Overdue => "逾期未报送",
        DueState.Submitted => "已报送，待结论",
        _ => "已作出结论",
    };

    private static string Text(PlanTargetInfo? target) =>
        target is null ? "未列入规划" : $"{target.Text}{target.Unit}（{target.PlanTitle}第{target.Row}项，{target.TargetYear}年）";

    private static string Verdict(PlanTargetInfo? target, decimal? value) => target?.IsMetBy(value) switch
    {
        true => "达标",
        false => "未达标",
        _ => "无法判断",
    };
}
