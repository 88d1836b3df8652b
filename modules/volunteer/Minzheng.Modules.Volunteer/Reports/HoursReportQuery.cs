using System.Globalization;
using Minzheng.Modules.Volunteer.Hours;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Volunteer.Reports;

/// <summary>What an hour report groups by.</summary>
public enum ReportGrouping
{
    /// <summary>按志愿者.</summary>
    Volunteer,

    /// <summary>按队伍: a record counts for each team the volunteer belonged to on its date.</summary>
    Team,

    /// <summary>按活动 (records entered by hand form one row of their own).</summary>
    Activity,

    /// <summary>按镇街, where the service took place.</summary>
    Town,

    /// <summary>按村（居）, where the service took place.</summary>
    Village,

    /// <summary>按月.</summary>
    Month,
}

/// <summary>
/// An hour report asked for: confirmed hours only (recorded and declined hours never count), of one kind or both, in a
/// period of service dates, grouped one way. Plain C#: read from the query string with field errors.
/// </summary>
/// <param name="By">The grouping.</param>
/// <param name="From">First service date (inclusive).</param>
/// <param name="To">Last service date (inclusive).</param>
/// <param name="Kind">Service or training; null for both.</param>
public sealed record HoursReportQuery(ReportGrouping By, DateOnly From, DateOnly To, HoursKind? Kind)
{
    private static readonly Dictionary<string, ReportGrouping> Groupings = new(StringComparer.Ordinal)
    {
        ["volunteer"] = ReportGrouping.Volunteer, ["team"] = ReportGrouping.Team, ["activity"] = ReportGrouping.Activity,
        ["town"] = ReportGrouping.Town, ["village"] = ReportGrouping.Village, ["month"] = ReportGrouping.Month,
    };

    /// <summary>
    /// Reads the query parameters: <c>by</c> (town when omitted), <c>from</c> and <c>to</c> (ISO dates; this year, Beijing,
    /// when omitted), <c>kind</c> (service, training, or omitted for both). Errors name their parameter.
    /// </summary>
    public static HoursReportQuery? Read(FieldErrors errors, string? by, string? from, string? to, string? kind, DateOnly today)
    {
        var grouping = ReportGrouping.Town;
        if (!string.IsNullOrWhiteSpace(by) && !Groupings.TryGetValue(by.Trim(), out grouping)) errors.Add("by", "统计方式应为按志愿者、队伍、活动、镇街、村（居）或月份");
        var first = Date(errors, "from", from, new DateOnly(today.Year, 1, 1), "开始日期");
        var last = Date(errors, "to", to, new DateOnly(today.Year, 12, 31), "结束日期");
        HoursKind? wanted = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (HoursCodes.TryParseKind(kind.Trim(), out var k)) wanted = k;
            else errors.Add("kind", "时长类型应为志愿服务或培训");
        }
        if (first is { } f && last is { } l && f > l) errors.Add("to", "结束日期不能早于开始日期");
        return errors.HasErrors ? null : new HoursReportQuery(grouping, first!.Value, last!.Value, wanted);
    }

    /// <summary>How the grouping reads in a title or a file name (按镇街).</summary>
    public string GroupingText => By switch
    {
        ReportGrouping.Volunteer => "按志愿者",
        ReportGrouping.Team => "按队伍",
        ReportGrouping.Activity => "按活动",
        ReportGrouping.Village => "按村（居）",
        ReportGrouping.Month => "按月份",
        _ => "按镇街",
    };

    /// <summary>The kind as it reads (志愿服务, 培训, 服务和培训).</summary>
    public string KindText => Kind switch { HoursKind.Service => "志愿服务", HoursKind.Training => "培训", _ => "服务和培训" };

    private static DateOnly? Date(FieldErrors errors, string field, string? value, DateOnly otherwise, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) return otherwise;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(field, $"{label}应为日期（如 2026-01-01）");
        return null;
    }
}
