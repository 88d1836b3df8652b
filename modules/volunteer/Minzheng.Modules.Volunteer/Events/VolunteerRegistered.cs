using Minzheng.Sdk.Events;

namespace Minzheng.Modules.Volunteer.Events;

/// <summary>
/// Published when a volunteer is registered by real name. Part of the module's public contract: another module that
/// wants it declares its own copy of this record with the same event name, and never references this module.
/// Change it only by adding members; a change of meaning is a new event name.
/// </summary>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="Number">志愿者编号.</param>
/// <param name="DivisionCode">The village they serve in.</param>
/// <param name="ResidentId">The registry's resident, when the person is in it.</param>
/// <param name="RegisteredOn">The day (Beijing).</param>
[IntegrationEvent("volunteer.registered")]
public sealed record VolunteerRegistered(Guid VolunteerId, string Number, string DivisionCode, Guid? ResidentId, DateOnly RegisteredOn) : IIntegrationEvent;
