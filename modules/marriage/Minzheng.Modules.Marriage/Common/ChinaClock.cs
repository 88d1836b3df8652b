namespace Minzheng.Modules.Marriage.Common;

/// <summary>
/// Dates as the office sees them. Legal days (registration day, cooling-off) are Beijing days, whatever
/// the server's time zone: China has one zone and no daylight saving, so a fixed +8 offset is exact.
/// </summary>
public static class ChinaClock
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Today's date in Beijing.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Beijing).DateTime);
}
