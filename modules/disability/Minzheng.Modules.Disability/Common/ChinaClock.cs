namespace Minzheng.Modules.Disability.Common;

/// <summary>Today's date where the residents live.</summary>
public static class ChinaClock
{
    // China keeps one fixed offset without daylight saving: a server on UTC must not think it is
    // still yesterday until 08:00, and a fixed offset needs no time-zone database.
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>The current date in China Standard Time.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaStandardTime).DateTime);
}
