using Minzheng.Sdk.Data;

namespace Minzheng.Modules.SocialOrg.Inspection;

/// <summary>报送年检报告: whose (by credit code), which year, the report's figures, the day it arrived (default today).</summary>
/// <param name="CreditCode">统一社会信用代码 of the organisation.</param>
/// <param name="Year">年度 reported on.</param>
/// <param name="Income">收入合计, 元.</param>
/// <param name="Spending">支出合计, 元.</param>
/// <param name="StaffCount">专职工作人员数.</param>
/// <param name="PartyOrganisation">是否建立党组织.</param>
/// <param name="SubmittedOn">报送日期.</param>
public sealed record SubmitInspectionRequest(string? CreditCode, int? Year, decimal? Income, decimal? Spending, int? StaffCount, bool? PartyOrganisation,
    DateOnly? SubmittedOn);

/// <summary>作出年检结论.</summary>
/// <param name="Conclusion">qualified, basically-qualified or unqualified.</param>
/// <param name="Reason">理由 (required unless qualified).</param>
public sealed record ConcludeRequest(string? Conclusion, string? Reason);

/// <summary>An organisation on a year's due list, with where it stands.</summary>
public sealed record DueRow(Guid OrganisationId, string Name, string Type, string CreditCode, string DivisionCode, DateOnly RegisteredOn, int Year,
    DateOnly Deadline, string State, string? ExemptReason, Guid? InspectionId, DateOnly? SubmittedOn, bool? Late, string? Conclusion);

/// <summary>A submitted inspection in a list.</summary>
public sealed record InspectionRow(Guid Id, Guid OrganisationId, string OrganisationName, string CreditCode, int Year, decimal Income, decimal Spending,
    int StaffCount, bool PartyOrganisation, DateOnly SubmittedOn, bool Late, string Status, string? Conclusion, DateOnly? ConcludedOn, int Version);

/// <summary>An inspection as staff see it, with its history.</summary>
public sealed record InspectionView(Guid Id, Guid OrganisationId, string OrganisationName, string CreditCode, string DivisionCode, int Year, DateOnly Deadline,
    decimal Income, decimal Spending, int StaffCount, bool PartyOrganisation, DateOnly SubmittedOn, bool Late, string Status, string? Conclusion,
    string? ConclusionReason, DateOnly? ConcludedOn, int Version, IReadOnlyList<TimelineEntry> History);
