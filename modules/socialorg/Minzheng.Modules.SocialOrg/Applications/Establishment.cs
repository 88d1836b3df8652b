using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>The approvals an establishment rests on.</summary>
internal sealed record EstablishmentBasis(RegistrationApplication NameApproval, RegistrationApplication? Preparation);

/// <summary>成立登记 by application: its prerequisites, and the register's own request built from it.</summary>
internal static class Establishment
{
    /// <summary>
    /// A usable name approval and, for a 社会团体, a usable approved preparation on that approval; the reasons into
    /// <paramref name="errors"/> and null when not.
    /// </summary>
    public static async Task<EstablishmentBasis?> PrerequisitesAsync(SocialOrgDb db, ICallerContext caller, Guid? nameApprovalId, DateOnly today, FieldErrors errors,
        CancellationToken cancellationToken)
    {
        var approval = await db.RegistrationApplications.WithinScope(caller).FirstOrDefaultAsync(a => a.Id == nameApprovalId, cancellationToken);
        if (ApplicationRules.UsableProblem(approval, ApplicationKind.NameApproval, today) is { } unusable)
        {
            errors.Add("nameApprovalId", $"成立登记须先取得有效的名称核准：{unusable}");
            return null;
        }
        if (approval!.OrganisationType != OrganisationType.SocialGroup) return new EstablishmentBasis(approval, null);
        // The preparation of this name: the latest approved, or else the latest, so that the refusal says why.
        var preparation = await db.RegistrationApplications.Where(a => a.Kind == ApplicationKind.Preparation && a.NameApprovalId == approval.Id)
            .OrderByDescending(a => a.Status == ApplicationStatus.Approved).ThenByDescending(a => a.AppliedOn).FirstOrDefaultAsync(cancellationToken);
        if (ApplicationRules.UsableProblem(preparation, ApplicationKind.Preparation, today) is { } notPrepared)
        {
            errors.Add("nameApprovalId", $"社会团体成立登记须有经批准且未过期的筹备：{notPrepared}");
            return null;
        }
        return new EstablishmentBasis(approval, preparation!);
    }

    /// <summary>The register's request for what was applied for: the type and name as approved.</summary>
    public static RegisterOrganisationRequest RegisterRequest(EstablishmentRequest r, RegistrationApplication approval) => new(
        OrganisationRules.TypeCode(approval.OrganisationType), approval.Name, r.CreditCode, r.CreditCodeOverride, r.LegalRepresentativeName,
        r.LegalRepresentativeIdNumber, r.BusinessScope, r.SupervisingUnit, r.ActivityFunds, r.Address, r.DivisionCode, null);

    /// <summary>The register's request again, from what the application keeps, for the decision.</summary>
    public static RegisterOrganisationRequest RegisterRequest(RegistrationApplication a, DateOnly registeredOn) => new(
        OrganisationRules.TypeCode(a.OrganisationType), a.Name, a.CreditCode, a.CreditCodeOverride, a.LegalRepresentativeName, a.LegalRepresentativeIdNumber,
        a.BusinessScope, a.SupervisingUnit, a.Funds, a.Address, a.DivisionCode, registeredOn);

    /// <summary>Keeps the checked request on the application.</summary>
    public static void Keep(RegistrationApplication a, EstablishmentRequest request, CheckedRegistration r, EstablishmentBasis basis)
    {
        (a.NameApprovalId, a.PreparationId, a.Name, a.CreditCode) = (basis.NameApproval.Id, basis.Preparation?.Id, r.Name, r.CreditCode);
        (a.CreditCodeOverride, a.LegalRepresentativeName, a.LegalRepresentativeIdNumber) = (request.CreditCodeOverride?.Trim(), r.LegalRepresentativeName, r.LegalRepresentativeIdNumber.Value);
        (a.BusinessScope, a.SupervisingUnit, a.Funds, a.Address) = (r.BusinessScope, r.SupervisingUnit, r.ActivityFunds, r.Address);
    }
}
