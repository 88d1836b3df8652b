using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Sample.Applications;

/// <summary>A new application, as the window takes it.</summary>
/// <param name="ApplicantName">申请人姓名.</param>
/// <param name="IdNumber">The applicant's ID number (GB 11643).</param>
/// <param name="DivisionCode">The applicant's village (12 digits), inside the clerk's scope.</param>
/// <param name="Subject">申请事项.</param>
public sealed record NewApplicationRequest(string? ApplicantName, string? IdNumber, string? DivisionCode, string? Subject);

/// <summary>Closing an application (办结); the version it is based on travels in the route.</summary>
/// <param name="Outcome">办结意见, required.</param>
public sealed record CloseApplicationRequest(string? Outcome);

/// <summary>An application in a list (ID number masked).</summary>
public sealed record ApplicationRow(
    Guid Id, string ApplicantName, string IdNumber, string DivisionCode, string Subject, string Status, DateOnly SubmittedOn);

/// <summary>An application in full (ID number masked), with its history.</summary>
public sealed record ApplicationView(
    Guid Id, string ApplicantName, string IdNumber, string DivisionCode, string Subject, string Status,
    DateOnly SubmittedOn, DateOnly? ClosedOn, string? Outcome, int Version, IReadOnlyList<TimelineEntry> History);
