using System.Diagnostics.CodeAnalysis;

namespace Minzheng.Sdk.Registry;

/// <summary>
/// How personal numbers are shown to staff who may not see them in full: one rule for the whole system, so that
/// a page, an export and the audit trail never disagree about what is hidden.
/// </summary>
public static class Masking
{
    /// <summary>What stands in for a value too short to show any part of.</summary>
    public const string Hidden = "***";

    // Showing the first 6 and last 4 characters is only safe when enough stays hidden: at 10 characters
    // nothing would be, at 11 (a mobile number) one digit. From 14 on at least 4 are hidden; an 18-digit ID
    // number comes out as 500110********1234, a 15-digit one as 500110*****1234.
    private const int ShortestPartlyShown = 14;

    /// <summary>
    /// An ID number (or any identifying number) with its middle hidden: <c>500110********123X</c>. A value of
    /// fewer than 14 characters is hidden whole (<see cref="Hidden"/>); null stays null. A parsed number's
    /// <see cref="IdNumber.Masked"/> is the same.
    /// </summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Mask(string? value) => value switch
    {
        null => null,
        { Length: >= ShortestPartlyShown } => string.Concat(value.AsSpan(0, 6), new string('*', value.Length - 10), value.AsSpan(value.Length - 4)),
        _ => Hidden,
    };

    /// <summary>A bank account with only its last four digits shown; four or fewer characters are hidden whole.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Account(string? value) => value switch
    {
        null => null,
        { Length: > 4 } => new string('*', value.Length - 4) + value[^4..],
        _ => Hidden,
    };
}
