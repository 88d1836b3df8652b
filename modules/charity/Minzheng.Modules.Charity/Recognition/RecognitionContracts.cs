using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Charity.Recognition;

/// <summary>受理 a recognition application.</summary>
public sealed record NewRecognitionRequest(Guid? OrganisationId, bool? NewRegistration, string? Purpose, bool? CharitablePurpose, decimal? LastYearSpending,
    decimal? LastYearCharitableSpending, decimal? LastYearManagementCosts, DateOnly? AcceptedOn);

/// <summary>The decision: recognise or refuse, with reasons (required for a refusal).</summary>
public sealed record RecognitionDecisionRequest(bool? Recognise, string? Reasons);

/// <summary>An application in the list.</summary>
public sealed record RecognitionRow(Guid Id, Guid OrganisationId, string OrganisationName, bool NewRegistration, DateOnly AcceptedOn, DateOnly DueOn, string Deadline,
    string Status);

/// <summary>An application in full, with the refusal grounds found today.</summary>
public sealed record RecognitionView(Guid Id, Guid OrganisationId, string OrganisationName, string DivisionCode, bool NewRegistration, string Purpose,
    bool CharitablePurpose, decimal? LastYearSpending, decimal? LastYearCharitableSpending, decimal? LastYearManagementCosts, DateOnly AcceptedOn, DateOnly DueOn,
    string Deadline, string DeadlineText, string Status, IReadOnlyList<string> Grounds, string GroundsText, DateOnly? DecidedOn, string? Reasons, int Version,
    IReadOnlyList<TimelineEntry> History);
