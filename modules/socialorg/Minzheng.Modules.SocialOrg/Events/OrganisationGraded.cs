using Minzheng.Sdk.Events;

namespace Minzheng.Modules.SocialOrg.Events;

/// <summary>
/// Published when the district confers an evaluation grade (等级评估, 1A–5A). The charity module keeps its own copy: a
/// grade of 3A or above bears on public fundraising qualification and tax-deductible donations, and the lottery module's
/// grants may require one. The grade lapses by itself after <c>ValidUntil</c>; listing on the 严重违法失信名单
/// (<c>socialorg.listed</c> with list <c>serious</c>) or revocation withdraws it earlier. Change it only by adding members.
/// </summary>
/// <param name="EvaluationId">The evaluation.</param>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="CreditCode">Its unified social credit code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Year">The round's year.</param>
/// <param name="Grade">1 to 5 (1A–5A).</param>
/// <param name="Total">The total score.</param>
/// <param name="ConferredOn">授予日期: valid from.</param>
/// <param name="ValidUntil">The last day of validity.</param>
[IntegrationEvent("socialorg.graded")]
public sealed record OrganisationGraded(Guid EvaluationId, Guid OrganisationId, string CreditCode, string Name, int Year, int Grade, int Total, DateOnly ConferredOn,
    DateOnly ValidUntil) : IIntegrationEvent;
