namespace Minzheng.Platform.Registry.Common;

/// <summary>Today's date where the registry's residents live.</summary>
internal static class RegistryClock
{
    // China keeps one fixed offset and no daylight saving: a fixed +8 needs no time-zone database on
    // the server, and a server left on UTC would otherwise think it is yesterday until 08:00.
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>The current date in China Standard Time, on <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaStandardTime).DateTime);
}
