using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Minzheng.Modules.SocialOrg.Inspection;

/// <summary>
/// The inspection's deadlines and exemption (<c>Modules:socialorg:Inspection</c>), configurable because they differ by
/// year and province and a new 社会团体 rule is in force from 2026-01-01 (its details unconfirmed). National default
/// (民政部令第27号): the report reaches the registration authority by 5-31 of the next year; an organisation registered
/// less than six months at the year's end is exempt.
/// </summary>
public sealed class InspectionOptions
{
    /// <summary>The deadline's month in the year after the one reported (<c>Deadline</c>: <c>"MM-dd"</c>, default 05-31).</summary>
    public int DeadlineMonth { get; init; } = 5;

    /// <summary>The deadline's day.</summary>
    public int DeadlineDay { get; init; } = 31;

    /// <summary>A year's own deadline (<c>Deadlines:2026</c> = <c>"2027-06-30"</c>), when a notice moves it.</summary>
    public IReadOnlyDictionary<int, DateOnly> Deadlines { get; init; } = new Dictionary<int, DateOnly>();

    /// <summary>Registered fewer months than this at the year's end: exempt (<c>ExemptMonths</c>, default 6).</summary>
    public int ExemptMonths { get; init; } = 6;

    /// <summary>
    /// Whether a daily job lists an organisation whose report is past the deadline on the 活动异常名录 (社会组织信用信息管理办法:
    /// "未按规定报送年度工作报告"), once per year (<c>ListOverdue</c>, default off: many bureaus list by a formal decision,
    /// which staff record from the overdue list).
    /// </summary>
    public bool ListOverdue { get; init; }

    /// <summary>Reads the section; throws with the key named when a value cannot work.</summary>
    public static InspectionOptions From(IConfiguration section)
    {
        var defaults = new InspectionOptions();
        var month = defaults.DeadlineMonth;
        var day = defaults.DeadlineDay;
        if (section["Deadline"] is { Length: > 0 } text)
        {
            if (!DateOnly.TryParseExact($"2001-{text.Trim()}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                throw new InvalidOperationException($"Modules:socialorg:Inspection:Deadline must be MM-dd (e.g. 05-31), not '{text}'.");
            }
            (month, day) = (parsed.Month, parsed.Day);
        }
        var deadlines = new Dictionary<int, DateOnly>();
        foreach (var child in section.GetSection("Deadlines").GetChildren())
        {
            if (!int.TryParse(child.Key, CultureInfo.InvariantCulture, out var year)
                || !DateOnly.TryParseExact(child.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year <= year)
            {
                throw new InvalidOperationException($"Modules:socialorg:Inspection:Deadlines:{child.Key} must be a date (yyyy-MM-dd) after the year it is for.");
            }
            deadlines[year] = date;
        }
        var months = section.GetValue("ExemptMonths", defaults.ExemptMonths);
        if (months is < 0 or > 12) throw new InvalidOperationException("Modules:socialorg:Inspection:ExemptMonths must be 0 to 12.");
        return new InspectionOptions
        {
            DeadlineMonth = month, DeadlineDay = day, Deadlines = deadlines, ExemptMonths = months, ListOverdue = section.GetValue("ListOverdue", false),
        };
    }
}
