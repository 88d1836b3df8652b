using Minzheng.Sdk.Events;

namespace Minzheng.Modules.SocialOrg.Events;

/// <summary>
/// Published when an organisation is registered (成立登记). Part of the module's public contract: a module that keeps
/// its own copy of the register (charity, lottery) declares its own record with this event name and never references
/// this module. Change it only by adding members.
/// </summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Type">social-group, social-service-agency or foundation.</param>
/// <param name="Name">Its name.</param>
/// <param name="CreditCode">Its unified social credit code.</param>
/// <param name="DivisionCode">The village of its address.</param>
/// <param name="RegisteredOn">成立登记日期.</param>
[IntegrationEvent("socialorg.registered")]
public sealed record OrganisationRegistered(Guid OrganisationId, string Type, string Name, string CreditCode, string DivisionCode, DateOnly RegisteredOn)
    : IIntegrationEvent;
