using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Lottery.Sales;

/// <summary>What a sales report groups by.</summary>
public enum SalesGrouping
{
    /// <summary>按月份.</summary>
    Month,

    /// <summary>按镇街 of the outlet.</summary>
    Town,

    /// <summary>按网点.</summary>
    Outlet,
}

/// <summary>
/// A sales report asked for: months <paramref name="From"/> to <paramref name="To"/>, one game kind or all, grouped one
/// way. Plain C#: read from the query string with field errors.
/// </summary>
/// <param name="By">The grouping.</param>
/// <param name="From">First month (its first day).</param>
/// <param name="To">Last month (its first day).</param>
/// <param name="Game">One game kind, or null for all.</param>
public sealed record SalesReportQuery(SalesGrouping By, DateOnly From, DateOnly To, string? Game)
{
    /// <summary>
    /// Reads <c>by</c> (month when omitted), <c>from</c> and <c>to</c> (a month or a date in it; January to this month when
    /// omitted), <c>game</c> (one of the configured kinds, or omitted for all). Errors name their parameter.
    /// </summary>
    public static SalesReportQuery? Read(FieldErrors errors, string? by, string? from, string? to, string? game, SalesOptions options, DateOnly today)
    {
        var grouping = SalesGrouping.Month;
        switch (by?.Trim())
        {
            case null or "" or "month": break;
            case "town": grouping = SalesGrouping.Town; break;
            case "outlet": grouping = SalesGrouping.Outlet; break;
            default: errors.Add("by", "统计方式应为按月份、镇街或网点"); break;
        }
        var first = Month(errors, "from", from, new DateOnly(today.Year, 1, 1), "开始月份");
        var last = Month(errors, "to", to, new DateOnly(today.Year, today.Month, 1), "结束月份");
        if (first is { } f && last is { } l && f > l) errors.Add("to", "结束月份不能早于开始月份");
        var wanted = string.IsNullOrWhiteSpace(game) ? null : game.Trim();
        if (wanted is not null && SalesRules.RefuseGame(wanted, options) is { } badGame) errors.Add("game", "游戏类别" + badGame);
        return errors.HasErrors ? null : new SalesReportQuery(grouping, first!.Value, last!.Value, wanted);
    }

    /// <summary>How the grouping reads (按月份).</summary>
    public string GroupingText => By switch { SalesGrouping.Town => "按镇街", SalesGrouping.Outlet => "按网点", _ => "按月份" };

    private static DateOnly? Month(FieldErrors errors, string field, string? value, DateOnly otherwise, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) return otherwise;
        if (SalesRules.Month(value) is { } month) return month;
        errors.Add(field, $"{label}应为月份（如 2026-01）");
        return null;
    }
}
