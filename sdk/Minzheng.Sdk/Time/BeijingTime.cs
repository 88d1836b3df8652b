namespace Minzheng.Sdk.Time;

/// <summary>
/// Business dates and times as the bureau reads them: Beijing time (UTC+8), whatever the server's time zone.
/// </summary>
/// <remarks>
/// China keeps one zone and no daylight saving, so a fixed offset is exact and needs no time-zone database on
/// the server; a server left on UTC would otherwise think it is still yesterday until 08:00. Legal days
/// (registration day, notice periods, ages, pay months) are Beijing days. Points in time are still stored as
/// UTC instants: convert only to show them or to take their date.
/// </remarks>
public static class BeijingTime
{
    /// <summary>UTC+8.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Today's date in Beijing on <paramref name="clock"/>.</summary>
    public static DateOnly BeijingToday(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>The current time in Beijing on <paramref name="clock"/> (offset +08:00).</summary>
    public static DateTimeOffset BeijingNow(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetUtcNow().ToOffset(Offset);
    }

    /// <summary>The Beijing date of <paramref name="instant"/> (e.g. 2026-12-01T17:00Z is 2 December).</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant at which <paramref name="date"/> begins in Beijing.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary><paramref name="instant"/> as staff read it: <c>yyyy-MM-dd HH:mm:ss</c>, Beijing time.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
