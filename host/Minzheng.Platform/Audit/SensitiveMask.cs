namespace Minzheng.Platform.Audit;

/// <summary>How a <see cref="Minzheng.Sdk.Data.SensitiveAttribute"/> value appears in the audit trail.</summary>
public static class SensitiveMask
{
    /// <summary>What stands in for a value too short (or not text) to show any part of.</summary>
    public const string Hidden = "***";

    // Showing the first 6 and last 4 characters is only safe when enough stays hidden: at 10
    // characters nothing would be, at 11 (a mobile number) one digit. From 14 on at least 4 are masked;
    // an 18-digit ID number comes out as 500110********1234, as everywhere else in the system.
    private const int ShortestPartlyShown = 14;

    /// <summary>The masked form of <paramref name="value"/>; null stays null.</summary>
    public static string? Mask(object? value) => value switch
    {
        null => null,
        string s when s.Length >= ShortestPartlyShown => string.Concat(s.AsSpan(0, 6), new string('*', s.Length - 10), s.AsSpan(s.Length - 4)),
        _ => Hidden,
    };
}
