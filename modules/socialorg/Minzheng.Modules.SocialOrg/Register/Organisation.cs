using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.SocialOrg.Register;

/// <summary>The three kinds of social organisation the registration regulations know.</summary>
public enum OrganisationType
{
    /// <summary>社会团体.</summary>
    SocialGroup = 1,

    /// <summary>社会服务机构 (民办非企业单位).</summary>
    SocialServiceAgency = 2,

    /// <summary>基金会.</summary>
    Foundation = 3,
}

/// <summary>Where a registered organisation stands.</summary>
public enum OrganisationStatus
{
    /// <summary>正常: registered and not deregistered.</summary>
    Registered = 1,

    /// <summary>已注销.</summary>
    Deregistered = 2,

    /// <summary>已撤销登记 (a penalty).</summary>
    Revoked = 3,
}

/// <summary>
/// A social organisation on the district's register (登记管理机关: the district bureau). It belongs to the village of its
/// registered address, so a town sees the organisations in its villages.
/// </summary>
public sealed class Organisation : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>社会团体, 社会服务机构 or 基金会.</summary>
    public OrganisationType Type { get; set; }

    /// <summary>名称.</summary>
    public string Name { get; set; } = "";

    /// <summary>统一社会信用代码 as registered (upper case).</summary>
    public string CreditCode { get; set; } = "";

    /// <summary>
    /// Why a code that fails the GB 32100 checks was accepted (a real code issued before the check), and by whom;
    /// null for a code that passes.
    /// </summary>
    public string? CreditCodeOverride { get; set; }

    /// <summary>法定代表人姓名 (public on the register).</summary>
    public string LegalRepresentativeName { get; set; } = "";

    /// <summary>法定代表人身份证号码, in full; shown masked and masked in the audit trail.</summary>
    [Sensitive] public string LegalRepresentativeIdNumber { get; set; } = "";

    /// <summary>The representative's registry record, when the registry knows them.</summary>
    public Guid? LegalRepresentativeResidentId { get; set; }

    /// <summary>业务范围.</summary>
    public string BusinessScope { get; set; } = "";

    /// <summary>业务主管单位.</summary>
    public string SupervisingUnit { get; set; } = "";

    /// <summary>开办资金 / 注册资金, 万元.</summary>
    public decimal ActivityFunds { get; set; }

    /// <summary>住所.</summary>
    public string Address { get; set; } = "";

    /// <summary>The 12-digit code of the village (村居) of its address.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>成立登记日期.</summary>
    public DateOnly RegisteredOn { get; set; }

    /// <summary>Its standing.</summary>
    public OrganisationStatus Status { get; set; }

    /// <summary>注销日期.</summary>
    public DateOnly? DeregisteredOn { get; set; }

    /// <summary>注销原因.</summary>
    public string? DeregistrationReason { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>Its history on the register, oldest first.</summary>
    public List<OrganisationStep> Steps { get; set; } = [];
}
