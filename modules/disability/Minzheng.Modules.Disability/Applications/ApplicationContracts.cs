using Minzheng.Sdk.Data;
namespace Minzheng.Modules.Disability.Applications;

/// <summary>An application as the window (村居/镇街) takes it.</summary>
/// <param name="IdNumber">The disabled person's ID number; they must be in the registry, within the caller's scope.</param>
/// <param name="Kind"><c>living</c> or <c>care</c>.</param>
/// <param name="AppliedBy"><c>self</c>, <c>guardian</c>, <c>family</c> or <c>village-committee</c>.</param>
/// <param name="ApplicantName">Who applied, when not the person.</param>
/// <param name="AppliedOn">受理日期; default today, never in the future.</param>
/// <param name="NeedsLongTermCare">Needs long-term care (> 6 months), for the care subsidy.</param>
/// <param name="ReceivesWorkInjuryCareAllowance">Receives 工伤保险生活护理费.</param>
/// <param name="BankName">开户银行.</param>
/// <param name="BankAccount">账号, 10–30 digits.</param>
/// <param name="Documents">Documents handed in.</param>
public sealed record NewApplicationRequest(
    string? IdNumber, string? Kind, string? AppliedBy, string? ApplicantName, DateOnly? AppliedOn,
    bool? NeedsLongTermCare, bool? ReceivesWorkInjuryCareAllowance, string? BankName, string? BankAccount,
    IReadOnlyList<DocumentInput>? Documents);

/// <summary>A document handed in.</summary>
public sealed record DocumentInput(string? Name, int? Copies, string? Note);

/// <summary>The town's review (pass: the notice starts; reject: the note is the reason). The version reviewed is in the route.</summary>
/// <param name="Note">Remark; required to reject.</param>
public sealed record ReviewRequest(string? Note);

/// <summary>The district's decision. The version decided on is in the route.</summary>
/// <param name="Reason">Remark; required to reject.</param>
public sealed record DecisionRequest(string? Reason);

/// <summary>Stops payment from next month (request, false material, …), with a reason. The version stopped is in the route.</summary>
/// <param name="Reason">Why; required.</param>
public sealed record StopRequest(string? Reason);

/// <summary>An application in a list.</summary>
public sealed record ApplicationRow(
    Guid Id, string Name, string IdNumber, string DivisionCode, string Kind, string AppliedBy, DateOnly AppliedOn, string Status, int Grade);

/// <summary>An application in full (ID number and account masked).</summary>
public sealed record ApplicationView(
    Guid Id, Guid ResidentId, string Name, string IdNumber, string DivisionCode, string Kind, string AppliedBy, string? ApplicantName,
    DateOnly AppliedOn, string PaidFromMonth, string CertificateCategory, int Grade, DateOnly CertificateValidUntil,
    bool NeedsLongTermCare, bool ReceivesWorkInjuryCareAllowance, string BankName, string BankAccount,
    IReadOnlyList<DocumentInput> Documents, string Status, DateOnly? NoticeStartsOn, DateOnly? NoticeEndsOn, string? Reason,
    DateOnly? ApprovedOn, string? StopsFromMonth, DateOnly? NextReviewOn, decimal? MonthlyAmount, int Version, IReadOnlyList<TimelineEntry> History);
