using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.SocialOrg.SocialWork;

/// <summary>The national social work qualification (社会工作者职业资格).</summary>
public enum SocialWorkLevel
{
    /// <summary>助理社会工作师.</summary>
    Assistant = 1,

    /// <summary>社会工作师.</summary>
    Intermediate = 2,

    /// <summary>高级社会工作师.</summary>
    Senior = 3,
}

/// <summary>
/// A qualified social worker (社会工作专业人才, 表2 row 7) working in the district, placed in the village or community
/// where they work; counted from the day they started until the day they left.
/// </summary>
public sealed class SocialWorker : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>姓名.</summary>
    public string Name { get; set; } = "";

    /// <summary>身份证号码, in full; shown masked and masked in the audit trail.</summary>
    [Sensitive] public string IdNumber { get; set; } = "";

    /// <summary>资格等级.</summary>
    public SocialWorkLevel Level { get; set; }

    /// <summary>职业资格证书编号.</summary>
    public string CertificateNumber { get; set; } = "";

    /// <summary>工作单位 (a social organisation, a social work station, a community).</summary>
    public string Employer { get; set; } = "";

    /// <summary>The 12-digit code of the village or community where they work.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>在本区从事社会工作的起始日期.</summary>
    public DateOnly Since { get; set; }

    /// <summary>离开日期: from then on no longer counted.</summary>
    public DateOnly? LeftOn { get; set; }

    /// <summary>The social work station (社会工作站) they work at, if any.</summary>
    public Guid? StationId { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
