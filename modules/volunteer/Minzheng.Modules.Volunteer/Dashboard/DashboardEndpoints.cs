using System.Globalization;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Hours;
using Minzheng.Modules.Volunteer.Indicators;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Indicators;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.Dashboard;

/// <summary>
/// <c>/api/volunteer/dashboard</c>: rows 16–17 computed by the same indicators the plan page uses, against the targets of
/// the deployment's plan (the SDK's <see cref="IPlanTargets"/>, never a copy), in the caller's scope.
/// </summary>
public sealed class DashboardEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard", GetAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerDashboard").WithSummary("Rows 16–17 against the plan's targets (with row 16's denominator), volunteers per town, this year's hours per month.");
    }

    private static async Task<Ok<VolunteerDashboard>> GetAsync(VolunteerDb db, IResidentRegistry registry, IDivisionNames names, ICallerContext caller,
        IPlanTargets targets, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.BeijingToday();
        var share = await new RegisteredShareIndicator(db, registry, names, caller).ComputeAsync(today, ct);
        var teams = await new CommunityTeamsIndicator(db, names, caller).ComputeAsync(today, ct);
        var shareTarget = targets.For("volunteer.registered-share", today.Year);
        var teamsTarget = targets.For("volunteer.community-teams", today.Year);
        var yearStart = new DateOnly(today.Year, 1, 1);
        var byMonth = await db.ServiceRecords.AsNoTracking().WithinScope(caller)
            .Where(r => r.Status == RecordStatus.Confirmed && r.Kind == HoursKind.Service && r.Date >= yearStart && r.Date <= today)
            .GroupBy(r => r.Date.Month).Select(g => new { Month = g.Key, Hours = g.Sum(r => r.Hours) }).ToDictionaryAsync(g => g.Month, g => g.Hours, ct);
        return TypedResults.Ok(new VolunteerDashboard(
            (int)(share.Total.Numerator ?? 0), (int)(share.Total.Denominator ?? 0), share.Total.Value, Text(shareTarget), Verdict(shareTarget, share.Total.Value),
            (int)(teams.Total.Value ?? 0), Text(teamsTarget), Verdict(teamsTarget, teams.Total.Value), byMonth.Values.Sum(), share.Rule,
            [.. share.ByTown.Select(t => new ChartPoint(names.NameOf(t.Key) ?? t.Key, t.Value.Value))],
            [.. share.ByTown.Select(t => new ChartPoint(names.NameOf(t.Key) ?? t.Key, t.Value.Numerator ?? 0))],
            [.. Enumerable.Range(1, today.Month).Select(m => new ChartPoint(string.Create(CultureInfo.InvariantCulture, $"{m}月"), byMonth.GetValueOrDefault(m)))]));
    }

    private static string Text(PlanTargetInfo? target) =>
        target is null ? "未列入规划" : $"{target.Text}{target.Unit}（{target.PlanTitle}第{target.Row}项，{target.TargetYear}年）";

    private static string Verdict(PlanTargetInfo? target, decimal? value) => target?.IsMetBy(value) switch
    {
        true => "达标",
        false => "未达标",
        _ => "无法判断",
    };
}
