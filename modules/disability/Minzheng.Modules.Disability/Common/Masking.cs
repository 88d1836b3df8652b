namespace Minzheng.Modules.Disability.Common;

/// <summary>How full numbers are shown on pages: never in full (exports for the bank are the exception).</summary>
public static class Masking
{
    /// <summary><c>500110********1234</c>.</summary>
    public static string IdNumber(string value) =>
        value.Length == 18 ? string.Concat(value.AsSpan(0, 6), "********", value.AsSpan(14, 4)) : value;

    /// <summary>The last four digits only.</summary>
    public static string Account(string value) =>
        value.Length > 4 ? new string('*', value.Length - 4) + value[^4..] : value;
}
