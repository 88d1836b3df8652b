using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Marriage.Appointments;

/// <summary>An appointment (预约) for one service on one day at the office.</summary>
public sealed class Appointment : IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }
    /// <summary>One of <see cref="AppointmentCatalogue.Services"/>.</summary>
    public string Service { get; set; } = "";
    /// <summary>The day.</summary>
    public DateOnly Date { get; set; }
    /// <summary>Who comes.</summary>
    public string Name { get; set; } = "";
    /// <summary>How to reach them.</summary>
    public string Phone { get; set; } = "";
    /// <summary>Booked or cancelled.</summary>
    public string Status { get; set; } = AppointmentCatalogue.Booked;
    /// <summary>When it was booked.</summary>
    public DateTimeOffset BookedAt { get; set; }
    /// <summary>Who booked it.</summary>
    public string BookedByName { get; set; } = "";
    /// <summary>Why it was cancelled.</summary>
    public string? CancelReason { get; set; }
    /// <summary>Optimistic concurrency.</summary>
    public int Version { get; set; }
}
