namespace Minzheng.Sdk.Registry;

/// <summary>
/// Helpers for the 12-digit statistical division code (统计用区划代码): 6-digit county, 3-digit town
/// (001–099 街道, 100–199 镇, 200–399 乡) and 3-digit village (001–199 居委会, 200–399 村委会).
/// Shorter codes name the enclosing level: 6 digits a county or district, 9 digits a town.
/// </summary>
/// <remarks>
/// Only the shape is checked, not that the code exists: the list of divisions changes with every
/// reorganisation and belongs to the platform's data, not to this library.
/// </remarks>
public static class DivisionCode
{
    /// <summary>Whether <paramref name="code"/> is a 9-digit town (镇街) code.</summary>
    /// <param name="code">The code to test; null gives false.</param>
    /// <returns>True for exactly 9 ASCII digits.</returns>
    public static bool IsTown(string? code) => IsDigits(code, 9);

    /// <summary>Whether <paramref name="code"/> is a 12-digit village (村居) code.</summary>
    /// <param name="code">The code to test; null gives false.</param>
    /// <returns>True for exactly 12 ASCII digits.</returns>
    public static bool IsVillage(string? code) => IsDigits(code, 12);

    /// <summary>The 9-digit code of the town a village belongs to.</summary>
    /// <param name="villageCode">A 12-digit village code.</param>
    /// <returns>The first 9 digits.</returns>
    /// <exception cref="ArgumentException"><paramref name="villageCode"/> is not a 12-digit code.</exception>
    public static string TownOf(string villageCode) =>
        IsVillage(villageCode)
            ? villageCode[..9]
            : throw new ArgumentException("Expected a 12-digit village division code.", nameof(villageCode));

    /// <summary>Whether <paramref name="code"/> is a division code at any level: 6, 9 or 12 ASCII digits.</summary>
    /// <param name="code">The code to test; null gives false.</param>
    /// <returns>True for a well-formed county, town or village code.</returns>
    public static bool IsValidFormat(string? code) => IsDigits(code, 6) || IsDigits(code, 9) || IsDigits(code, 12);

    // ASCII only: char.IsDigit would let full-width and other script digits through, which break prefix matching.
    private static bool IsDigits(string? code, int length) =>
        code is not null && code.Length == length && !code.AsSpan().ContainsAnyExceptInRange('0', '9');
}
