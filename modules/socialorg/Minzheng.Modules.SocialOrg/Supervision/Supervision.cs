using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.SocialOrg.Supervision;

/// <summary>The two credit lists of 社会组织信用信息管理办法 (2018).</summary>
public enum CreditList
{
    /// <summary>活动异常名录.</summary>
    Abnormal = 1,

    /// <summary>严重违法失信名单.</summary>
    Serious = 2,
}

/// <summary>
/// An organisation's time on a credit list: entered with its cause and decision, removed with a reason when the
/// cause is remedied (or the time served); never deleted. Carries the organisation's village so that scope applies.
/// </summary>
public sealed class CreditListEntry : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The organisation's village.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>Which list.</summary>
    public CreditList List { get; set; }

    /// <summary>列入原因.</summary>
    public string Cause { get; set; } = "";

    /// <summary>决定书文号.</summary>
    public string DecisionNumber { get; set; } = "";

    /// <summary>列入日期.</summary>
    public DateOnly EnteredOn { get; set; }

    /// <summary>Who entered it.</summary>
    public string EnteredBy { get; set; } = "";

    /// <summary>移出日期, once removed.</summary>
    public DateOnly? RemovedOn { get; set; }

    /// <summary>移出原因.</summary>
    public string? RemovalReason { get; set; }

    /// <summary>Who removed it.</summary>
    public string? RemovedBy { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}

/// <summary>The administrative penalties of the registration regulations.</summary>
public enum PenaltyKind
{
    /// <summary>警告.</summary>
    Warning = 1,

    /// <summary>罚款.</summary>
    Fine = 2,

    /// <summary>没收违法所得、非法财物.</summary>
    Confiscation = 3,

    /// <summary>责令停止活动.</summary>
    StopActivities = 4,

    /// <summary>撤销登记.</summary>
    Revocation = 5,
}

/// <summary>An administrative penalty (行政处罚) decided against an organisation; kept for ever, it feeds the lists and eligibility.</summary>
public sealed class Penalty : ILocatedInDivision
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The organisation's village.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>处罚种类.</summary>
    public PenaltyKind Kind { get; set; }

    /// <summary>罚款 or 没收 amount, 元.</summary>
    public decimal? Amount { get; set; }

    /// <summary>违法事实.</summary>
    public string Facts { get; set; } = "";

    /// <summary>处罚决定书文号.</summary>
    public string DecisionNumber { get; set; } = "";

    /// <summary>决定日期.</summary>
    public DateOnly DecidedOn { get; set; }

    /// <summary>Who recorded it.</summary>
    public string DecidedBy { get; set; } = "";
}
