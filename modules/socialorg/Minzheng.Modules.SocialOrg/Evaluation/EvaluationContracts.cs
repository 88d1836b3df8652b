namespace Minzheng.Modules.SocialOrg.Evaluation;

/// <summary>开启评估: the round's year.</summary>
public sealed record OpenRoundRequest(int? Year);

/// <summary>A round as staff see it.</summary>
public sealed record RoundView(Guid Id, int Year, DateOnly OpenedOn, string OpenedBy, int Version);

/// <summary>One organisation of the round's eligibility list: whether it may apply and, when not, why.</summary>
public sealed record EligibilityRow(Guid RoundId, int Year, Guid OrganisationId, string Name, string CreditCode, string Type, string DivisionCode, DateOnly RegisteredOn, bool Eligible,
    string? Reason, bool Applied);

/// <summary>复核申请: the organisation's objection, received within the publicity.</summary>
public sealed record AppealRequest(string? Appeal);

/// <summary>复核决定: upheld (the evaluation goes back to scoring) or dismissed, with the reasons.</summary>
public sealed record AppealDecisionRequest(bool? Upheld, string? Reason);

/// <summary>A scored item as shown.</summary>
public sealed record ScoreLine(string Key, string Name, int Max, int? Points);

/// <summary>An evaluation in a list.</summary>
public sealed record EvaluationRow(Guid Id, Guid OrganisationId, string OrganisationName, string CreditCode, int Year, string Status, int? Total, string? Grade,
    DateOnly? PublicityEndsOn, DateOnly? ConferredOn, DateOnly? ValidUntil, bool Holds, int Version);

/// <summary>An evaluation with its score sheet, publicity, appeal and grade; <c>ExpiredOn</c>: the day the daily job recorded its lapse.</summary>
public sealed record EvaluationView(Guid Id, Guid RoundId, Guid OrganisationId, string OrganisationName, string CreditCode, string DivisionCode, int Year,
    DateOnly AppliedOn, string Status, IReadOnlyList<ScoreLine> Scores, int? Total, string? Grade, DateOnly? PublicisedOn, DateOnly? PublicityEndsOn,
    string? Appeal, DateOnly? AppealedOn, bool? AppealUpheld, string? AppealDecision, DateOnly? ConferredOn, DateOnly? ValidUntil, bool Holds, int Version,
    DateOnly? ExpiredOn = null);
