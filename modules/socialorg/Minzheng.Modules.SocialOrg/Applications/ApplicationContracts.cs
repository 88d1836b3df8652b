using Minzheng.Sdk.Data;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>名称核准申请.</summary>
/// <param name="Type">social-group, social-service-agency or foundation.</param>
/// <param name="Name">拟定名称.</param>
/// <param name="ApplicantName">申请人 (发起人 / 举办者).</param>
/// <param name="DivisionCode">The village of the proposed address.</param>
/// <param name="Documents">材料: the documents handed in, one per line.</param>
public sealed record NameApprovalRequest(string? Type, string? Name, string? ApplicantName, string? DivisionCode, string? Documents);

/// <summary>筹备申请 of a 社会团体.</summary>
public sealed record PreparationRequest(string? Founders, int? IndividualMembers, int? UnitMembers, decimal? Funds, string? ApplicantName,
    string? Documents);

/// <summary>成立登记申请: the register's fields; the type and name come from the name approval.</summary>
public sealed record EstablishmentRequest(
    string? CreditCode, string? CreditCodeOverride, string? LegalRepresentativeName, string? LegalRepresentativeIdNumber,
    string? BusinessScope, string? SupervisingUnit, decimal? ActivityFunds, string? Address, string? DivisionCode, string? ApplicantName, string? Documents);

/// <summary>变更登记申请: one item (name, address, legal-representative, business-scope or activity-funds) and its new value in that item's fields.</summary>
public sealed record ChangeRequest(
    string? Item, string? Name, string? Address, string? DivisionCode, string? LegalRepresentativeName, string? LegalRepresentativeIdNumber,
    string? BusinessScope, decimal? ActivityFunds, string? Reason, string? ApplicantName, string? Documents);

/// <summary>注销登记申请 (the liquidation report among the documents).</summary>
public sealed record DeregistrationRequest(string? Reason, string? ApplicantName, string? Documents);

/// <summary>分支机构设立登记申请.</summary>
public sealed record BranchRequest(string? Name, string? PersonInCharge, string? BusinessScope, string? Address, string? DivisionCode,
    string? ApplicantName, string? Documents);

/// <summary>分支机构注销登记申请.</summary>
public sealed record BranchDeregistrationRequest(string? Reason, string? ApplicantName, string? Documents);

/// <summary>受理, 审查 or 决定: the opinion or reason.</summary>
/// <param name="Reason">The reason (required to refuse) or the opinion.</param>
/// <param name="DecisionNumber">决定书文号 of a refusal (optional), printed on its notice.</param>
public sealed record DecisionRequest(string? Reason, string? DecisionNumber = null);

/// <summary>An application in a list.</summary>
public sealed record ApplicationRow(Guid Id, string Kind, string Status, string OrganisationType, string? Name, string ApplicantName, string DivisionCode,
    DateOnly AppliedOn, DateOnly? ValidUntil);

/// <summary>A document handed in.</summary>
public sealed record DocumentView(string Name, int Copies, string? Note);

/// <summary>An application as staff see it (ID numbers masked); with the organisation's valid certificate once it has one.</summary>
public sealed record ApplicationView(
    Guid Id, string Kind, string Status, string OrganisationType, string DivisionCode, string ApplicantName, DateOnly AppliedOn, Guid? OrganisationId,
    Guid? NameApprovalId, Guid? PreparationId, Guid? BranchId, string? Name, string? Founders, int? IndividualMembers, int? UnitMembers, decimal? Funds,
    string? CreditCode, string? LegalRepresentativeName, string? LegalRepresentativeIdNumber, string? BusinessScope, string? SupervisingUnit, string? Address,
    string? ChangeItem, string? Before, string? After, string? Reason, IReadOnlyList<DocumentView> Documents, string DocumentList, IReadOnlyList<string> MissingDocuments,
    string? ReviewOpinion, string? DecisionReason, DateOnly? DecidedOn, DateOnly? ValidUntil, bool Used, Guid? CertificateId, int Version, IReadOnlyList<TimelineEntry> History)
{
    /// <summary>The view of <paramref name="a"/>.</summary>
    public static ApplicationView Of(RegistrationApplication a, ApplicationOptions options, Guid? certificateId = null) => new(
        a.Id, ApplicationRules.KindCode(a.Kind), ApplicationRules.StatusCode(a.Status), Register.OrganisationRules.TypeCode(a.OrganisationType), a.DivisionCode,
        a.ApplicantName, a.AppliedOn, a.OrganisationId, a.NameApprovalId, a.PreparationId, a.BranchId, a.Name, a.Founders, a.IndividualMembers, a.UnitMembers,
        a.Funds, a.CreditCode, a.LegalRepresentativeName, a.LegalRepresentativeIdNumber is null ? null : Masking.Mask(a.LegalRepresentativeIdNumber),
        a.BusinessScope, a.SupervisingUnit, a.Address, a.ChangeItem is { } item ? ApplicationRules.ChangeCode(item) : null, a.Before, a.After, a.Reason,
        [.. a.Documents.Select(d => new DocumentView(d.Name, d.Copies, d.Note))], string.Join("、", a.Documents.Select(d => d.Name)),
        ApplicationRules.MissingDocuments(a.Kind, a.Documents.Select(d => d.Name), options), a.ReviewOpinion, a.DecisionReason, a.DecidedOn, a.ValidUntil,
        a.Used, certificateId, a.Version, a.Steps.ToTimeline());

    /// <summary>The row of <paramref name="a"/>.</summary>
    public static ApplicationRow Row(RegistrationApplication a) => new(
        a.Id, ApplicationRules.KindCode(a.Kind), ApplicationRules.StatusCode(a.Status), Register.OrganisationRules.TypeCode(a.OrganisationType), a.Name,
        a.ApplicantName, a.DivisionCode, a.AppliedOn, a.ValidUntil);
}

/// <summary>A branch office, with its valid 登记证书 while it has one.</summary>
public sealed record BranchView(Guid Id, Guid OrganisationId, string Name, string PersonInCharge, string BusinessScope, string Address, string DivisionCode,
    DateOnly RegisteredOn, DateOnly? DeregisteredOn, string Status, int Version, Guid? CertificateId = null, string? CertificateNumber = null)
{
    /// <summary>The view of <paramref name="b"/> and its valid certificate <paramref name="certificate"/>.</summary>
    public static BranchView Of(Branch b, Certificates.RegistrationCertificate? certificate = null) => new(b.Id, b.OrganisationId, b.Name, b.PersonInCharge,
        b.BusinessScope, b.Address, b.DivisionCode, b.RegisteredOn, b.DeregisteredOn, b.DeregisteredOn is null ? "registered" : "deregistered", b.Version,
        certificate?.Id, certificate?.Number);
}
