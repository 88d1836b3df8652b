using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Register;

namespace Minzheng.Modules.SocialOrg.Certificates;

/// <summary>
/// Issues and voids 登记证书 for the workflows. The next number is the highest given plus one; two issues at the same
/// moment collide on the unique index and the later request answers 409 (the platform's unique-key rule) rather than
/// share a number.
/// </summary>
internal static class CertificateIssuer
{
    public static async Task<RegistrationCertificate> IssueAsync(SocialOrgDb db, Organisation o, string districtCode, string authority, DateOnly on, CancellationToken cancellationToken)
    {
        var highest = await db.RegistrationCertificates.MaxAsync(c => (int?)c.Sequence, cancellationToken);
        // Certificates staged in this request are not in the database yet.
        var staged = db.RegistrationCertificates.Local.Select(c => (int?)c.Sequence).Max();
        var sequence = CertificateRules.Next(Math.Max(highest ?? 0, staged ?? 0));
        var certificate = new RegistrationCertificate
        {
            Id = Guid.NewGuid(), Sequence = sequence, Number = CertificateRules.Number(districtCode, sequence),
            OrganisationId = o.Id, DivisionCode = o.DivisionCode, Name = o.Name, Type = OrganisationRules.TypeCode(o.Type), CreditCode = o.CreditCode,
            LegalRepresentativeName = o.LegalRepresentativeName, BusinessScope = o.BusinessScope, SupervisingUnit = o.SupervisingUnit, ActivityFunds = o.ActivityFunds,
            Address = o.Address, Authority = authority, IssuedOn = on,
        };
        db.RegistrationCertificates.Add(certificate);
        return certificate;
    }

    /// <summary>Voids the organisation's valid certificates; their numbers stay taken.</summary>
    public static async Task VoidAsync(SocialOrgDb db, Guid organisationId, string reason, DateOnly on, CancellationToken cancellationToken)
    {
        foreach (var certificate in await db.RegistrationCertificates.Where(c => c.OrganisationId == organisationId && c.VoidedOn == null).ToListAsync(cancellationToken))
        {
            (certificate.VoidedOn, certificate.VoidReason) = (on, reason);
        }
    }
}
