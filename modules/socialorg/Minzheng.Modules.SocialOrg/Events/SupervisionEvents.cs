using Minzheng.Sdk.Events;

namespace Minzheng.Modules.SocialOrg.Events;

/// <summary>
/// Published when an organisation is put on a credit list. Charity recognition and 公益金 grants refuse a listed
/// organisation: their modules keep their own copy from this event and <see cref="OrganisationDelisted"/>.
/// </summary>
/// <param name="EntryId">The list entry (its removal names it).</param>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="CreditCode">Its unified social credit code.</param>
/// <param name="List">abnormal (活动异常名录) or serious (严重违法失信名单).</param>
/// <param name="Cause">列入原因.</param>
/// <param name="EnteredOn">列入日期.</param>
[IntegrationEvent("socialorg.listed")]
public sealed record OrganisationListed(Guid EntryId, Guid OrganisationId, string CreditCode, string List, string Cause, DateOnly EnteredOn) : IIntegrationEvent;

/// <summary>Published when an organisation is removed from a credit list.</summary>
/// <param name="EntryId">The list entry.</param>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="CreditCode">Its unified social credit code.</param>
/// <param name="List">abnormal or serious.</param>
/// <param name="RemovedOn">移出日期.</param>
[IntegrationEvent("socialorg.delisted")]
public sealed record OrganisationDelisted(Guid EntryId, Guid OrganisationId, string CreditCode, string List, DateOnly RemovedOn) : IIntegrationEvent;

/// <summary>Published when a penalty is decided against an organisation (charity recognition looks back two years).</summary>
/// <param name="PenaltyId">The penalty.</param>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="CreditCode">Its unified social credit code.</param>
/// <param name="Kind">warning, fine, confiscation, stop-activities or revocation.</param>
/// <param name="Amount">The fine or confiscation, 元.</param>
/// <param name="DecidedOn">决定日期.</param>
[IntegrationEvent("socialorg.penalised")]
public sealed record OrganisationPenalised(Guid PenaltyId, Guid OrganisationId, string CreditCode, string Kind, decimal? Amount, DateOnly DecidedOn) : IIntegrationEvent;
