using Minzheng.Sdk.Events;

namespace Minzheng.Modules.SocialOrg.Events;

/// <summary>Published when an organisation is deregistered (注销登记): it may no longer act, be recognised or be funded.</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="CreditCode">Its unified social credit code.</param>
/// <param name="DeregisteredOn">注销日期.</param>
/// <param name="Reason">注销原因.</param>
[IntegrationEvent("socialorg.deregistered")]
public sealed record OrganisationDeregistered(Guid OrganisationId, string CreditCode, DateOnly DeregisteredOn, string Reason) : IIntegrationEvent;
