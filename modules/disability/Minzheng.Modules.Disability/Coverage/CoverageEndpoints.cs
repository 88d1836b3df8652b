using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Discovery;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Disability.Coverage;

/// <summary>Coverage of one subsidy in one place.</summary>
public sealed record CoverageFigure(int Eligible, int Receiving, int NotApplied, decimal Rate, bool MeetsTarget);

/// <summary>Coverage of both subsidies in one town.</summary>
/// <param name="Town">The town's 9-digit division code.</param>
/// <param name="TownName">Its name (the code, for a code the district's divisions do not name).</param>
/// <param name="Living">Coverage of the living subsidy.</param>
/// <param name="Care">Coverage of the care subsidy.</param>
public sealed record TownCoverage(string Town, string TownName, CoverageFigure Living, CoverageFigure Care);

/// <summary>One bar of a coverage chart: labelled by the town's name, as staff read it, with its code beside it.</summary>
public sealed record CoveragePoint(string Label, decimal Value, string Code);

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
    decimal Target, CoverageFigure Living, CoverageFigure Care, decimal LivingRate, int LivingEligible, decimal CareRate, int CareEligible,
    IReadOnlyList<TownCoverage> ByTown, IReadOnlyList<CoveragePoint> LivingByTown, IReadOnlyList<CoveragePoint> CareByTown);

/// <summary>覆盖率 per town (named, with its code) and for the caller's scope, against 100%.</summary>
public sealed class CoverageEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/coverage", CoverageAsync).RequirePermission(DisabilityPermissions.Read)
            .WithName("DisabilityCoverage")
            .WithSummary("Eligible (by the registry) and receiving, per town and in total, for each subsidy; target 100%.");

    private sealed class Tally
    {
        public int Eligible, Receiving, NotApplied;

        public CoverageFigure Figure()
        {
            var rate = CoverageRules.Rate(Receiving, Eligible);
            return new CoverageFigure(Eligible, Receiving, NotApplied, rate, CoverageRules.MeetsTarget(rate));
        }
    }

    private static async Task<Ok<CoverageReport>> CoverageAsync(DisabilityDb db, IResidentRegistry registry, IDivisionNames names, SubsidyPolicy policy,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var towns = new SortedDictionary<string, (Tally Living, Tally Care)>(StringComparer.Ordinal);
        var total = (Living: new Tally(), Care: new Tally());
        await foreach (var found in EligibleResidents.ScanAsync(db, registry, policy, clock.BeijingToday(), null, cancellationToken))
        {
            var town = found.Resident.DivisionCode[..9];
            if (!towns.TryGetValue(town, out var tallies)) towns[town] = tallies = (new Tally(), new Tally());
            foreach (var tally in found.Kind == SubsidyKind.LivingSubsidy ? [tallies.Living, total.Living] : new[] { tallies.Care, total.Care })
            {
                tally.Eligible++;
                if (found.Receiving) tally.Receiving++;
                if (!found.Open) tally.NotApplied++;
            }
        }
        var byTown = towns.Select(t => new TownCoverage(t.Key, names.NameOf(t.Key) ?? t.Key, t.Value.Living.Figure(), t.Value.Care.Figure())).ToList();
        var living = total.Living.Figure();
        var care = total.Care.Figure();
        return TypedResults.Ok(new CoverageReport(CoverageRules.TargetPercent, living, care, living.Rate, living.Eligible, care.Rate, care.Eligible, byTown,
            byTown.Select(t => new CoveragePoint(t.TownName, t.Living.Rate, t.Town)).ToList(),
            byTown.Select(t => new CoveragePoint(t.TownName, t.Care.Rate, t.Town)).ToList()));
    }
}
