namespace Minzheng.Modules.Marriage.Appointments;

/// <summary>The services one can book, and their status values.</summary>
public static class AppointmentCatalogue
{
    /// <summary>Services by value, with the label staff read.</summary>
    public static IReadOnlyDictionary<string, string> Services { get; } = new Dictionary<string, string>
    {
        ["marriage"] = "结婚登记",
        ["divorce"] = "离婚登记",
        ["reissue"] = "补领证件",
        ["ceremony"] = "颁证仪式",
        ["counselling"] = "婚姻家庭辅导",
    };

    /// <summary>Booked.</summary>
    public const string Booked = "booked";
    /// <summary>Cancelled.</summary>
    public const string Cancelled = "cancelled";
}

/// <summary>An appointment (预约) for one service on one day at the office.</summary>
public sealed class Appointment
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
