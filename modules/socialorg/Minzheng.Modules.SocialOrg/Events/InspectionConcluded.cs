using Minzheng.Sdk.Events;

namespace Minzheng.Modules.SocialOrg.Events;

/// <summary>
/// Published when the district concludes an organisation's annual inspection. The charity module keeps its own copy for
/// recognition and its spending checks (income, spending of the year), the evaluation for eligibility (a missed or failed
/// inspection, two 基本合格 in a row). Change it only by adding members.
/// </summary>
/// <param name="InspectionId">The inspection.</param>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="CreditCode">Its unified social credit code.</param>
/// <param name="Year">The year inspected.</param>
/// <param name="Conclusion">qualified (合格), basically-qualified (基本合格) or unqualified (不合格).</param>
/// <param name="Reason">The reasons (always for the last two).</param>
/// <param name="Income">本年度收入合计, 元.</param>
/// <param name="Spending">本年度支出合计, 元.</param>
/// <param name="StaffCount">专职工作人员数.</param>
/// <param name="PartyOrganisation">Whether a party organisation is set up.</param>
/// <param name="ConcludedOn">结论日期.</param>
[IntegrationEvent("socialorg.inspection-concluded")]
public sealed record InspectionConcluded(Guid InspectionId, Guid OrganisationId, string CreditCode, int Year, string Conclusion, string? Reason, decimal Income,
    decimal Spending, int StaffCount, bool PartyOrganisation, DateOnly ConcludedOn) : IIntegrationEvent;
