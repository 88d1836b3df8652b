namespace Minzheng.Modules.Volunteer.Volunteers;

/// <summary>
/// 志愿者编号: <c>&lt;district code&gt;-&lt;year&gt;-&lt;sequence&gt;</c>. The next number follows the highest of the year, so the
/// numbers have no gaps; two registrations racing for one number meet the unique index and the second is told to retry.
/// </summary>
public static class VolunteerNumbers
{
    /// <summary>The prefix of a year's numbers in a district (<c>500110-2026-</c>).</summary>
    public static string Prefix(string districtCode, int year) => $"{districtCode}-{year}-";

    /// <summary>The number after <paramref name="highest"/> (null: the year's first).</summary>
    public static string Next(string districtCode, int year, string? highest)
    {
        var prefix = Prefix(districtCode, year);
        var last = highest is not null && highest.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(highest[prefix.Length..], out var n) ? n : 0;
        return prefix + (last + 1).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
