using Minzheng.Sdk.Events;

namespace Minzheng.Modules.SocialOrg.Events;

/// <summary>
/// Published once when an evaluation grade's validity has run out (the day after <c>ValidUntil</c>), by the lists' daily
/// job: a consumer keeping its own copy of <see cref="OrganisationGraded"/> drops that grade. A grade withdrawn earlier (a
/// 严重违法失信名单 listing or the registration ended) lapses all the same; an organisation graded again keeps its newer
/// grade (another evaluation). Change it only by adding members.
/// </summary>
/// <param name="EvaluationId">The evaluation whose grade lapsed (as in <c>socialorg.graded</c>).</param>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="CreditCode">Its unified social credit code.</param>
/// <param name="Name">Its name now.</param>
/// <param name="Year">The round's year.</param>
/// <param name="Grade">1 to 5 (1A–5A).</param>
/// <param name="ValidUntil">The grade's last day of validity.</param>
/// <param name="ExpiredOn">The day the job found it lapsed (Beijing date), after <paramref name="ValidUntil"/>.</param>
[IntegrationEvent("socialorg.grade-expired")]
public sealed record OrganisationGradeExpired(Guid EvaluationId, Guid OrganisationId, string CreditCode, string Name, int Year, int Grade, DateOnly ValidUntil,
    DateOnly ExpiredOn) : IIntegrationEvent;
