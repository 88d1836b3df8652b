using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Applications;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Register;

namespace Minzheng.Modules.SocialOrg.Certificates;

/// <summary>
/// Issues and voids 登记证书 for the workflows, the organisations' and their branches' from one running sequence. The next
/// number is the highest given plus one; two issues at the same moment collide on the unique index and the later request
/// answers 409 (the platform's unique-key rule) rather than share a number.
/// </summary>
internal static class CertificateIssuer
{
    public static async Task<RegistrationCertificate> IssueAsync(SocialOrgDb db, Organisation o, string districtCode, string authority, DateOnly on, CancellationToken cancellationToken)
    {
        var certificate = await NewAsync(db, districtCode, cancellationToken);
        (certificate.OrganisationId, certificate.DivisionCode, certificate.Name, certificate.Type, certificate.CreditCode) =
            (o.Id, o.DivisionCode, o.Name, OrganisationRules.TypeCode(o.Type), o.CreditCode);
        (certificate.LegalRepresentativeName, certificate.BusinessScope, certificate.SupervisingUnit, certificate.ActivityFunds, certificate.Address) =
            (o.LegalRepresentativeName, o.BusinessScope, o.SupervisingUnit, o.ActivityFunds, o.Address);
        (certificate.Authority, certificate.IssuedOn) = (authority, on);
        return certificate;
    }

    /// <summary>A branch office's 登记证书: the branch's name, 负责人, scope and address; its organisation's type, code and supervising unit.</summary>
    public static async Task<RegistrationCertificate> IssueForBranchAsync(SocialOrgDb db, Branch b, Organisation parent, string districtCode, string authority, DateOnly on,
        CancellationToken cancellationToken)
    {
        var certificate = await NewAsync(db, districtCode, cancellationToken);
        (certificate.OrganisationId, certificate.BranchId, certificate.DivisionCode, certificate.Name, certificate.Type, certificate.CreditCode) =
            (parent.Id, b.Id, b.DivisionCode, b.Name, OrganisationRules.TypeCode(parent.Type), parent.CreditCode);
        (certificate.LegalRepresentativeName, certificate.BusinessScope, certificate.SupervisingUnit, certificate.Address) =
            (b.PersonInCharge, b.BusinessScope, parent.SupervisingUnit, b.Address);
        (certificate.Authority, certificate.IssuedOn) = (authority, on);
        return certificate;
    }

    /// <summary>Voids the organisation's own valid certificate (a change: its branches' stay); the numbers stay taken.</summary>
    public static Task VoidOwnAsync(SocialOrgDb db, Guid organisationId, string reason, DateOnly on, CancellationToken cancellationToken) =>
        VoidAsync(db, c => c.OrganisationId == organisationId && c.BranchId == null, reason, on, cancellationToken);

    /// <summary>Voids a branch's valid certificate.</summary>
    public static Task VoidBranchAsync(SocialOrgDb db, Guid branchId, string reason, DateOnly on, CancellationToken cancellationToken) =>
        VoidAsync(db, c => c.BranchId == branchId, reason, on, cancellationToken);

    /// <summary>
    /// The organisation's registration ended (注销 or 撤销登记): its certificate and its branches' are voided, and its branches
    /// still registered end with it (a branch is part of the organisation, not a legal person of its own).
    /// </summary>
    public static async Task EndRegistrationAsync(SocialOrgDb db, Guid organisationId, string reason, DateOnly on, CancellationToken cancellationToken)
    {
        await VoidAsync(db, c => c.OrganisationId == organisationId, reason, on, cancellationToken);
        foreach (var branch in await db.Branches.Where(b => b.OrganisationId == organisationId && b.DeregisteredOn == null).ToListAsync(cancellationToken))
        {
            branch.DeregisteredOn = on;
        }
    }

    private static async Task VoidAsync(SocialOrgDb db, Expression<Func<RegistrationCertificate, bool>> which, string reason, DateOnly on, CancellationToken cancellationToken)
    {
        foreach (var certificate in await db.RegistrationCertificates.Where(which).Where(c => c.VoidedOn == null).ToListAsync(cancellationToken))
        {
            (certificate.VoidedOn, certificate.VoidReason) = (on, reason);
        }
    }

    // The next number of the district's one sequence, counting certificates staged in this request but not yet saved.
    private static async Task<RegistrationCertificate> NewAsync(SocialOrgDb db, string districtCode, CancellationToken cancellationToken)
    {
        var highest = await db.RegistrationCertificates.MaxAsync(c => (int?)c.Sequence, cancellationToken);
        var staged = db.RegistrationCertificates.Local.Select(c => (int?)c.Sequence).Max();
        var sequence = CertificateRules.Next(Math.Max(highest ?? 0, staged ?? 0));
        var certificate = new RegistrationCertificate { Id = Guid.NewGuid(), Sequence = sequence, Number = CertificateRules.Number(districtCode, sequence) };
        db.RegistrationCertificates.Add(certificate);
        return certificate;
    }
}
