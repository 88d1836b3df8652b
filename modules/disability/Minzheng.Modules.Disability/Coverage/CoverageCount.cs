using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Disability.Applications;
using Minzheng.Modules.Disability.Common;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Disability.Coverage;

/// <summary>Eligible and receiving, counted for one subsidy in one place.</summary>
internal sealed class CoverageTally
{
    public int Eligible, Receiving, NotApplied;
}

/// <summary>
/// Counts coverage on a date, per town and in total, within the caller's scope (the registry scopes what it
/// lists): eligible by the registry's certified residents and their age on that date; receiving when an
/// application was approved by then and its payment had not stopped by that month. The coverage page and the
/// plan's indicators (表2 rows 3–4) count with this one function.
/// </summary>
internal static class CoverageCount
{
    public static async Task<(Dictionary<SubsidyKind, CoverageTally> Total, Dictionary<(string Town, SubsidyKind Kind), CoverageTally> ByTown)> CountAsync(
        DisabilityDb db, IResidentRegistry registry, SubsidyPolicy policy, DateOnly asOf, CancellationToken cancellationToken)
    {
        var month = PayMonth.Of(asOf).Key;
        var receiving = (await db.Applications.AsNoTracking()
                .Where(a => (a.Status == ApplicationStatus.Approved || a.Status == ApplicationStatus.Stopped) && a.ApprovedOn != null && a.ApprovedOn <= asOf
                    && (a.StopsFromMonth == null || a.StopsFromMonth > month))
                .Select(a => new { a.ResidentId, a.Kind })
                .ToListAsync(cancellationToken))
            .Select(a => (a.ResidentId, a.Kind)).ToHashSet();
        var open = (await db.Applications.AsNoTracking()
                .Where(a => a.AppliedOn <= asOf && a.Status != ApplicationStatus.Rejected)
                .Select(a => new { a.ResidentId, a.Kind })
                .ToListAsync(cancellationToken))
            .Select(a => (a.ResidentId, a.Kind)).ToHashSet();

        var total = new Dictionary<SubsidyKind, CoverageTally> { [SubsidyKind.LivingSubsidy] = new(), [SubsidyKind.CareSubsidy] = new() };
        var byTown = new Dictionary<(string, SubsidyKind), CoverageTally>();
        var filter = new ResidentFilter(Status: ResidentStatus.Alive, WithDisabilityCertificate: true);
        await foreach (var resident in registry.ListAsync(filter, cancellationToken))
        {
            foreach (var kind in (SubsidyKind[])[SubsidyKind.LivingSubsidy, SubsidyKind.CareSubsidy])
            {
                if (!EligibilityRules.Check(resident, kind, asOf, policy, ApplicantDeclaration.Unknown).IsEligible) continue;
                var town = resident.DivisionCode[..9];
                if (!byTown.TryGetValue((town, kind), out var tally)) byTown[(town, kind)] = tally = new CoverageTally();
                foreach (var t in new[] { tally, total[kind] })
                {
                    t.Eligible++;
                    if (receiving.Contains((resident.Id, kind))) t.Receiving++;
                    if (!open.Contains((resident.Id, kind))) t.NotApplied++;
                }
            }
        }
        return (total, byTown);
    }
}
