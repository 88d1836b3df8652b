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
