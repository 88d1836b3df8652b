namespace Minzheng.Platform.Audit;

/// <summary>How staff read times: the districts served are in China, one zone, no daylight saving.</summary>
internal static class AuditTime
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary><paramref name="at"/> as staff read it, e.g. in a spreadsheet.</summary>
    public static string Format(DateTimeOffset at) => at.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
