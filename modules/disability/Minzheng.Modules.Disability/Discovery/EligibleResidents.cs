using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Disability.Applications;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Disability.Discovery;

/// <summary>A resident the registry says is eligible for a subsidy, and whether they receive it.</summary>
/// <param name="Resident">The registry record.</param>
/// <param name="Kind">The subsidy.</param>
/// <param name="Certificate">The certificate it would rest on.</param>
/// <param name="Receiving">Whether an approved entitlement pays it.</param>
/// <param name="Open">Whether any application is open (in progress or approved).</param>
public sealed record EligibleResident(ResidentRecord Resident, SubsidyKind Kind, DisabilityCertificate Certificate, bool Receiving, bool Open);

/// <summary>
/// Walks the registry (streamed, living residents holding a certificate, within the caller's scope) and
/// yields who is eligible for each subsidy by the registry's facts alone. What only the person can declare
/// (long-term care need, a work-injury allowance) is assumed in their favour: discovery is about not
/// missing anyone, and the application checks the declaration.
/// </summary>
internal static class EligibleResidents
{
    public static async IAsyncEnumerable<EligibleResident> ScanAsync(
        DisabilityDb db, IResidentRegistry registry, SubsidyPolicy policy, DateOnly today, string? divisionPrefix,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var applications = (await db.Applications.AsNoTracking()
                .Where(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InNotice || a.Status == ApplicationStatus.Approved)
                .Select(a => new { a.ResidentId, a.Kind, a.Status })
                .ToListAsync(cancellationToken))
            .GroupBy(a => (a.ResidentId, a.Kind))
            .ToDictionary(g => g.Key, g => g.Any(a => a.Status == ApplicationStatus.Approved));
        var filter = new ResidentFilter(DivisionPrefix: divisionPrefix, Status: ResidentStatus.Alive, WithDisabilityCertificate: true);
        await foreach (var resident in registry.ListAsync(filter, cancellationToken))
        {
            foreach (var kind in (SubsidyKind[])[SubsidyKind.LivingSubsidy, SubsidyKind.CareSubsidy])
            {
                var eligibility = EligibilityRules.Check(resident, kind, today, policy, ApplicantDeclaration.Unknown);
                if (!eligibility.IsEligible) continue;
                var open = applications.TryGetValue((resident.Id, kind), out var receiving);
                yield return new EligibleResident(resident, kind, eligibility.Certificate!, receiving, open);
            }
        }
    }
}
