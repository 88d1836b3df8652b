using Minzheng.Sdk.Data;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.SocialOrg.Register;

/// <summary>成立登记: what the registration records.</summary>
/// <param name="Type">social-group, social-service-agency or foundation.</param>
/// <param name="Name">名称.</param>
/// <param name="CreditCode">统一社会信用代码.</param>
/// <param name="CreditCodeOverride">For a real code that fails the checks: why it is accepted (needs the override permission).</param>
/// <param name="LegalRepresentativeName">法定代表人.</param>
/// <param name="LegalRepresentativeIdNumber">法定代表人身份证号码.</param>
/// <param name="BusinessScope">业务范围.</param>
/// <param name="SupervisingUnit">业务主管单位.</param>
/// <param name="ActivityFunds">开办资金, 万元.</param>
/// <param name="Address">住所.</param>
/// <param name="DivisionCode">The village of the address.</param>
/// <param name="RegisteredOn">成立登记日期 (default today).</param>
public sealed record RegisterOrganisationRequest(
    string? Type, string? Name, string? CreditCode, string? CreditCodeOverride, string? LegalRepresentativeName, string? LegalRepresentativeIdNumber,
    string? BusinessScope, string? SupervisingUnit, decimal? ActivityFunds, string? Address, string? DivisionCode, DateOnly? RegisteredOn);

/// <summary>注销登记.</summary>
/// <param name="Reason">注销原因.</param>
public sealed record DeregisterRequest(string? Reason);

/// <summary>An organisation in a list.</summary>
public sealed record OrganisationRow(Guid Id, string Type, string Name, string CreditCode, string LegalRepresentativeName, string DivisionCode,
    DateOnly RegisteredOn, string Status);

/// <summary>An organisation as staff see it (the representative's ID number masked).</summary>
public sealed record OrganisationView(
    Guid Id, string Type, string Name, string CreditCode, string? CreditCodeOverride, string LegalRepresentativeName, string LegalRepresentativeIdNumber,
    bool LegalRepresentativeInRegistry, string BusinessScope, string SupervisingUnit, decimal ActivityFunds, string Address, string DivisionCode,
    DateOnly RegisteredOn, string Status, DateOnly? DeregisteredOn, string? DeregistrationReason, int Version, IReadOnlyList<TimelineEntry> History)
{
    /// <summary>The view of <paramref name="o"/>.</summary>
    public static OrganisationView Of(Organisation o) => new(
        o.Id, OrganisationRules.TypeCode(o.Type), o.Name, o.CreditCode, o.CreditCodeOverride, o.LegalRepresentativeName,
        Masking.Mask(o.LegalRepresentativeIdNumber), o.LegalRepresentativeResidentId is not null, o.BusinessScope, o.SupervisingUnit, o.ActivityFunds,
        o.Address, o.DivisionCode, o.RegisteredOn, OrganisationRules.StatusCode(o.Status), o.DeregisteredOn, o.DeregistrationReason, o.Version,
        o.Steps.ToTimeline());

    /// <summary>The row of <paramref name="o"/>.</summary>
    public static OrganisationRow Row(Organisation o) =>
        new(o.Id, OrganisationRules.TypeCode(o.Type), o.Name, o.CreditCode, o.LegalRepresentativeName, o.DivisionCode, o.RegisteredOn,
            OrganisationRules.StatusCode(o.Status));
}
