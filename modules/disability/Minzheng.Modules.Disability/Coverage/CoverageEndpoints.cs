using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Modules.Disability.Common;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Discovery;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Disability.Coverage;

/// <summary>Coverage of one subsidy in one place.</summary>
public sealed record CoverageFigure(int Eligible, int Receiving, int NotApplied, decimal Rate, bool MeetsTarget);

/// <summary>Coverage of both subsidies in one town.</summary>
/// <param name="Town">The town's 9-digit division code.</param>
/// <param name="TownName">Its name (the code, for a code the district's divisions do not name).</param>
/// <param name="Living">Coverage of the living subsidy.</param>
/// <param name="Care">Coverage of the care subsidy.</param>
public sealed record TownCoverage(string Town, string TownName, CoverageFigure Living, CoverageFigure Care);

/// <summary>覆盖率 per town (named, with its code) and for the caller's scope, against 100%.</summary>
public sealed class CoverageEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/coverage", CoverageAsync).RequirePermission(DisabilityPermissions.Read)
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

    private static async Task<IResult> CoverageAsync(DisabilityDb db, IResidentRegistry registry, IDivisionNames names, SubsidyPolicy policy,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var towns = new SortedDictionary<string, (Tally Living, Tally Care)>(StringComparer.Ordinal);
        var total = (Living: new Tally(), Care: new Tally());
        await foreach (var found in EligibleResidents.ScanAsync(db, registry, policy, ChinaClock.Today(clock), null, cancellationToken))
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
        return TypedResults.Ok(new
        {
            target = CoverageRules.TargetPercent,
            living,
            care,
            // Flat copies for the dashboard's cards.
            livingRate = living.Rate,
            livingEligible = living.Eligible,
            careRate = care.Rate,
            careEligible = care.Eligible,
            byTown,
            // Charts are labelled by name, as staff read them; the code stays beside it.
            livingByTown = byTown.Select(t => new { label = t.TownName, value = t.Living.Rate, code = t.Town }),
            careByTown = byTown.Select(t => new { label = t.TownName, value = t.Care.Rate, code = t.Town }),
        });
    }
}
