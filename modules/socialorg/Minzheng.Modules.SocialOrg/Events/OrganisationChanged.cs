using Minzheng.Sdk.Events;

namespace Minzheng.Modules.SocialOrg.Events;

/// <summary>
/// Published when a 变更登记 is approved and applied to the register: the item changed, its value before and after, and
/// the organisation's register facts as they now stand, so a consumer keeping a copy (charity, lottery) replaces its
/// copy without asking. Part of the module's public contract: change it only by adding members.
/// </summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="CreditCode">Its credit code (never changed by a 变更登记).</param>
/// <param name="Item">name, address, legal-representative, business-scope or activity-funds.</param>
/// <param name="Before">The item's value before.</param>
/// <param name="After">Its value after.</param>
/// <param name="Name">名称 now.</param>
/// <param name="Address">住所 now.</param>
/// <param name="DivisionCode">The village of the address now.</param>
/// <param name="LegalRepresentativeName">法定代表人 now.</param>
/// <param name="BusinessScope">业务范围 now.</param>
/// <param name="ActivityFunds">开办资金 now, 万元.</param>
/// <param name="ChangedOn">变更登记日期.</param>
[IntegrationEvent("socialorg.changed")]
public sealed record OrganisationChanged(Guid OrganisationId, string CreditCode, string Item, string Before, string After, string Name, string Address,
    string DivisionCode, string LegalRepresentativeName, string BusinessScope, decimal ActivityFunds, DateOnly ChangedOn) : IIntegrationEvent;
