using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Disability.Coverage;

/// <summary>Coverage of one subsidy in one place.</summary>
/// <param name="Eligible">Eligible by the registry.</param>
/// <param name="Receiving">Approved and paid.</param>
/// <param name="NotApplied">Eligible with no open or approved application.</param>
/// <param name="Rate">Receiving ÷ eligible in percent; null when nobody is eligible (nothing to cover is not 100%).</param>
/// <param name="MeetsTarget">Whether the rate reaches the target; null without a rate.</param>
public sealed record CoverageFigure(int Eligible, int Receiving, int NotApplied, decimal? Rate, bool? MeetsTarget);

/// <summary>Coverage of both subsidies in one town.</summary>
/// <param name="Town">The town's 9-digit division code.</param>
/// <param name="TownName">Its name (the code, for a code the district's divisions do not name).</param>
/// <param name="Living">Coverage of the living subsidy.</param>
/// <param name="Care">Coverage of the care subsidy.</param>
public sealed record TownCoverage(string Town, string TownName, CoverageFigure Living, CoverageFigure Care);

/// <summary>One bar of a coverage chart: labelled by the town's name, as staff read it, with its code beside it.</summary>
/// <param name="Label">The town's name.</param>
/// <param name="Value">The rate; null when nobody in the town is eligible.</param>
/// <param name="Code">The town's code.</param>
public sealed record CoveragePoint(string Label, decimal? Value, string Code);

/// <summary>Coverage in the caller's scope.</summary>
/// <param name="Target">The plan's target, in percent.</param>
/// <param name="Living">The living subsidy in total.</param>
/// <param name="Care">The care subsidy in total.</param>
/// <param name="LivingRate">Flat copy of <c>Living.Rate</c>, for the dashboard's cards.</param>
/// <param name="LivingEligible">Flat copy of <c>Living.Eligible</c>.</param>
/// <param name="CareRate">Flat copy of <c>Care.Rate</c>.</param>
/// <param name="CareEligible">Flat copy of <c>Care.Eligible</c>.</param>
/// <param name="ByTown">Per town.</param>
/// <param name="LivingByTown">The living subsidy's rate per town, for a chart.</param>
/// <param name="CareByTown">The care subsidy's rate per town, for a chart.</param>
public sealed record CoverageReport(
    decimal Target, CoverageFigure Living, CoverageFigure Care, decimal? LivingRate, int LivingEligible, decimal? CareRate, int CareEligible,
    IReadOnlyList<TownCoverage> ByTown, IReadOnlyList<CoveragePoint> LivingByTown, IReadOnlyList<CoveragePoint> CareByTown);

/// <summary>覆盖率 per town (named, with its code) and for the caller's scope, against 100%.</summary>
public sealed class CoverageEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/coverage", CoverageAsync).RequirePermission(DisabilityPermissions.Read)
            .WithName("DisabilityCoverage")
            .WithSummary("Eligible (by the registry) and receiving, per town and in total, for each subsidy; target 100%.");

    private static async Task<Ok<CoverageReport>> CoverageAsync(DisabilityDb db, IResidentRegistry registry, IDivisionNames names, ICallerContext caller,
        SubsidyPolicy policy, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (total, counted) = await CoverageCount.CountAsync(db, registry, policy, clock.BeijingToday(), cancellationToken);
        // Every town of the caller's scope, those with nobody eligible too (their rate is "—", not 100%), and any
        // other place residents are registered in.
        var towns = names.TownsWithin(caller.Scope).Concat(counted.Keys.Select(k => k.Town)).Distinct().Order(StringComparer.Ordinal);
        var byTown = towns.Select(t => new TownCoverage(t, names.NameOf(t) ?? t, Figure(counted.GetValueOrDefault((t, SubsidyKind.LivingSubsidy))),
            Figure(counted.GetValueOrDefault((t, SubsidyKind.CareSubsidy))))).ToList();
        var living = Figure(total[SubsidyKind.LivingSubsidy]);
        var care = Figure(total[SubsidyKind.CareSubsidy]);
        return TypedResults.Ok(new CoverageReport(CoverageRules.TargetPercent, living, care, living.Rate, living.Eligible, care.Rate, care.Eligible, byTown,
            byTown.Select(t => new CoveragePoint(t.TownName, t.Living.Rate, t.Town)).ToList(),
            byTown.Select(t => new CoveragePoint(t.TownName, t.Care.Rate, t.Town)).ToList()));
    }

    private static CoverageFigure Figure(CoverageTally? tally)
    {
        var t = tally ?? new CoverageTally();
        var rate = CoverageRules.Rate(t.Receiving, t.Eligible);
        return new CoverageFigure(t.Eligible, t.Receiving, t.NotApplied, rate, rate is { } r ? CoverageRules.MeetsTarget(r) : null);
    }
}
