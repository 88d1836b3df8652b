using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>
/// 分支机构: a branch office of a 社会团体 or 基金会 (a 社会服务机构 may have none), registered and deregistered by
/// application; not a legal person of its own, so it has no credit code of its own here.
/// </summary>
public sealed class Branch : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>Its organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>名称 (the organisation's name followed by the branch's).</summary>
    public string Name { get; set; } = "";

    /// <summary>负责人.</summary>
    public string PersonInCharge { get; set; } = "";

    /// <summary>业务范围.</summary>
    public string BusinessScope { get; set; } = "";

    /// <summary>住所.</summary>
    public string Address { get; set; } = "";

    /// <summary>The village of its address.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>登记日期.</summary>
    public DateOnly RegisteredOn { get; set; }

    /// <summary>注销日期; null while it exists.</summary>
    public DateOnly? DeregisteredOn { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
