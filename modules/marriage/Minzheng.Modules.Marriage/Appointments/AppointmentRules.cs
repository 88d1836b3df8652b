namespace Minzheng.Modules.Marriage.Appointments;

/// <summary>When an appointment may be booked or cancelled.</summary>
public static class AppointmentRules
{
    /// <summary>How far ahead one may book.</summary>
    public const int MaxDaysAhead = 60;

    /// <summary>Why <paramref name="date"/> cannot be booked at all (Chinese), or null.</summary>
    public static string? DateRefusal(DateOnly date, DateOnly today) =>
        date < today ? "不能预约今天以前的日期"
        : date > today.AddDays(MaxDaysAhead) ? $"最多只能预约{MaxDaysAhead}天以内的日期"
        : null;

    /// <summary>Why the day is full (Chinese), or null.</summary>
    /// <param name="date">The day asked for.</param>
    /// <param name="booked">Appointments already booked for that service and day (cancelled ones not counted).</param>
    /// <param name="capacity">The day's capacity for the service.</param>
    /// <param name="serviceLabel">The service, as staff read it.</param>
    public static string? CapacityRefusal(DateOnly date, int booked, int capacity, string serviceLabel) =>
        booked >= capacity ? $"{date:yyyy-MM-dd}的{serviceLabel}预约已满（每日{capacity}个），请选择其他日期" : null;

    /// <summary>Why an appointment cannot be cancelled (Chinese), or null.</summary>
    public static string? CancelRefusal(string status, DateOnly date, DateOnly today) =>
        status == AppointmentCatalogue.Cancelled ? "该预约已取消"
        : date < today ? "预约日期已过，不能取消"
        : null;
}
