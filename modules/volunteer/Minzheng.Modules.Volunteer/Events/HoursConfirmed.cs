using Minzheng.Sdk.Events;

namespace Minzheng.Modules.Volunteer.Events;

/// <summary>
/// Published when a record of hours is confirmed (and so counts). Public contract, like <see cref="VolunteerRegistered"/>.
/// </summary>
/// <param name="RecordId">The record.</param>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="Kind">service or training.</param>
/// <param name="Date">The day served.</param>
/// <param name="Hours">The hours confirmed.</param>
/// <param name="DivisionCode">Where the service took place.</param>
[IntegrationEvent("volunteer.hours-confirmed")]
public sealed record HoursConfirmed(Guid RecordId, Guid VolunteerId, string Kind, DateOnly Date, decimal Hours, string DivisionCode) : IIntegrationEvent;
