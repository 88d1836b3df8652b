using Minzheng.Modules.SocialOrg.Register;

namespace Minzheng.Modules.SocialOrg.Certificates;

/// <summary>A certificate in a list.</summary>
public sealed record CertificateRow(Guid Id, string Number, string Name, string CreditCode, DateOnly IssuedOn, int Reprints, string Status);

/// <summary>A certificate as printed and shown.</summary>
public sealed record CertificateView(
    Guid Id, string Number, Guid OrganisationId, string Name, string Type, string TypeLabel, string CreditCode, string LegalRepresentativeName, string BusinessScope,
    string SupervisingUnit, decimal ActivityFunds, string Address, string Authority, DateOnly IssuedOn, int Reprints, DateOnly? ReprintedOn, string ReprintMark,
    DateOnly? VoidedOn, string? VoidReason, string Status, int Version, Guid? BranchId = null)
{
    /// <summary>The view of <paramref name="c"/>.</summary>
    public static CertificateView Of(RegistrationCertificate c) => new(
        c.Id, c.Number, c.OrganisationId, c.Name, c.Type, OrganisationRules.TryParseType(c.Type, out var t) ? OrganisationRules.TypeLabel(t) : c.Type, c.CreditCode,
        c.LegalRepresentativeName, c.BusinessScope, c.SupervisingUnit, c.ActivityFunds, c.Address, c.Authority, c.IssuedOn, c.Reprints, c.ReprintedOn,
        CertificateRules.ReprintMark(c.Reprints, c.ReprintedOn), c.VoidedOn, c.VoidReason, StatusOf(c), c.Version, c.BranchId);

    /// <summary>The row of <paramref name="c"/>.</summary>
    public static CertificateRow Row(RegistrationCertificate c) => new(c.Id, c.Number, c.Name, c.CreditCode, c.IssuedOn, c.Reprints, StatusOf(c));

    private static string StatusOf(RegistrationCertificate c) => c.VoidedOn is null ? "valid" : "voided";
}
