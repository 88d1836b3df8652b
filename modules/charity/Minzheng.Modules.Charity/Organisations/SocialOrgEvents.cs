using Minzheng.Sdk.Events;

namespace Minzheng.Modules.Charity.Organisations;

// The social organisations module's events, declared here by name (the contract) and the shape this module reads: it never
// references that module's assembly. socialorg is a manifest dependency, so wherever charity is enabled these arrive.

/// <summary>socialorg.registered: 成立登记.</summary>
[IntegrationEvent("socialorg.registered")]
public sealed record SocialOrgRegistered(Guid OrganisationId, string Type, string Name, string CreditCode, string DivisionCode, DateOnly RegisteredOn) : IIntegrationEvent;

/// <summary>socialorg.changed: a 变更登记 applied, with the register facts as they now stand.</summary>
[IntegrationEvent("socialorg.changed")]
public sealed record SocialOrgChanged(Guid OrganisationId, string CreditCode, string Item, string Name, string Address, string DivisionCode,
    string LegalRepresentativeName, DateOnly ChangedOn) : IIntegrationEvent;

/// <summary>socialorg.deregistered: 注销登记.</summary>
[IntegrationEvent("socialorg.deregistered")]
public sealed record SocialOrgDeregistered(Guid OrganisationId, string CreditCode, DateOnly DeregisteredOn, string Reason) : IIntegrationEvent;

/// <summary>socialorg.listed: put on the 活动异常名录 (abnormal) or the 严重违法失信名单 (serious).</summary>
[IntegrationEvent("socialorg.listed")]
public sealed record SocialOrgCreditListed(Guid EntryId, Guid OrganisationId, string CreditCode, string List, string Cause, DateOnly EnteredOn) : IIntegrationEvent;

/// <summary>socialorg.delisted: removed from a credit list.</summary>
[IntegrationEvent("socialorg.delisted")]
public sealed record SocialOrgCreditDelisted(Guid EntryId, Guid OrganisationId, string List, DateOnly RemovedOn) : IIntegrationEvent;

/// <summary>socialorg.penalised: an administrative penalty decided.</summary>
[IntegrationEvent("socialorg.penalised")]
public sealed record SocialOrgPenaltyDecided(Guid PenaltyId, Guid OrganisationId, string CreditCode, string Kind, decimal? Amount, DateOnly DecidedOn) : IIntegrationEvent;
