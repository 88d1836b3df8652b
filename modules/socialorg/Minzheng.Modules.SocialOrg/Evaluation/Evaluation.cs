using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.SocialOrg.Evaluation;

/// <summary>An evaluation round (评估年度), opened by the district; one a year.</summary>
public sealed class EvaluationRound : IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The round's year.</summary>
    public int Year { get; set; }

    /// <summary>The day it was opened: eligibility is judged on it.</summary>
    public DateOnly OpenedOn { get; set; }

    /// <summary>Who opened it.</summary>
    public string OpenedBy { get; set; } = "";

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}

/// <summary>Where an organisation's evaluation stands.</summary>
public enum EvaluationStatus
{
    /// <summary>已申报: applied, waiting for its score.</summary>
    Applied = 1,

    /// <summary>已评分: scored, not yet published.</summary>
    Scored = 2,

    /// <summary>公示中.</summary>
    Publicised = 3,

    /// <summary>复核中: an appeal (复核申请) received within the publicity, waiting for its decision.</summary>
    Appealed = 4,

    /// <summary>已授予等级 (or, under the lowest threshold, 未达等级).</summary>
    Conferred = 5,
}

/// <summary>
/// An organisation's evaluation in a round: its application, the score sheet (points per item, JSON), the total and
/// the grade it reaches, the publicity and any appeal, then the grade conferred with its validity. Carries the
/// organisation's village so that scope applies.
/// </summary>
public sealed class OrganisationEvaluation : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The round.</summary>
    public Guid RoundId { get; set; }

    /// <summary>The round's year (kept here for the lists).</summary>
    public int Year { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The organisation's village.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>申报日期.</summary>
    public DateOnly AppliedOn { get; set; }

    /// <summary>Its standing.</summary>
    public EvaluationStatus Status { get; set; }

    /// <summary>Points per item key, as JSON (<c>{"basic":55,…}</c>); null before scoring.</summary>
    public string? Scores { get; set; }

    /// <summary>总分.</summary>
    public int? Total { get; set; }

    /// <summary>The grade the total reaches, 1 to 5 (A); null below 1A.</summary>
    public int? Grade { get; set; }

    /// <summary>公示 from.</summary>
    public DateOnly? PublicisedOn { get; set; }

    /// <summary>公示's last day.</summary>
    public DateOnly? PublicityEndsOn { get; set; }

    /// <summary>复核申请 (the organisation's objection), once received.</summary>
    public string? Appeal { get; set; }

    /// <summary>The appeal's day.</summary>
    public DateOnly? AppealedOn { get; set; }

    /// <summary>The appeal's decision: upheld (re-scored) or dismissed, with the reasons.</summary>
    public string? AppealDecision { get; set; }

    /// <summary>Whether the appeal was upheld.</summary>
    public bool? AppealUpheld { get; set; }

    /// <summary>授予等级 on.</summary>
    public DateOnly? ConferredOn { get; set; }

    /// <summary>The grade's last day of validity.</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>
    /// The day the daily job found the grade's validity run out and published <c>socialorg.grade-expired</c>; null before.
    /// Marks the lapse as told (once), not the grade's end: that stays <see cref="ValidUntil"/>.
    /// </summary>
    public DateOnly? ExpiredOn { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
