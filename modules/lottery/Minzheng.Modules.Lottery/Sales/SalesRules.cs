using System.Globalization;
using Minzheng.Sdk.Files;

namespace Minzheng.Modules.Lottery.Sales;

/// <summary>The sales import's settings (configuration <c>Modules:lottery:Sales</c>).</summary>
public sealed class SalesOptions
{
    /// <summary>游戏类别 the sales file may name; the welfare lottery's current games by default.</summary>
    public List<string> Games { get; set; } = ["双色球", "福彩3D", "快乐8", "七乐彩", "即开型"];
}

/// <summary>What a row of the sales file does to the figure already kept for its outlet, month and game.</summary>
public enum SaleChange
{
    /// <summary>No figure yet: a new one.</summary>
    Created,

    /// <summary>A different figure: replaced, the previous value kept.</summary>
    Replaced,

    /// <summary>The same figure: nothing changes (the same file sent twice).</summary>
    Unchanged,
}

/// <summary>The sales rules, plain C#: which month, amount and game a row may carry, and what it changes.</summary>
public static class SalesRules
{
    /// <summary>Data rows per file.</summary>
    public const int MaxRows = 50_000;

    /// <summary>Refused rows kept with an import.</summary>
    public const int KeptErrors = 1_000;

    /// <summary>
    /// A month as the sales file writes it: 2026-05, 2026/5, 2026年5月, 202605, or a date within it (a spreadsheet turns
    /// 2026-05 into a date cell); the first day of the month, null when it is none of them.
    /// </summary>
    public static DateOnly? Month(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim();
        string[] formats = ["yyyy-MM", "yyyy-M", "yyyy/M", "yyyy/MM", "yyyy年M月", "yyyyMM"];
        if (DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)) return new DateOnly(month.Year, month.Month, 1);
        return TableImport.Date(value) is { } date ? new DateOnly(date.Year, date.Month, 1) : null;
    }

    /// <summary>Why a month cannot be reported on <paramref name="today"/>: after the current month; null when it may.</summary>
    public static string? RefuseMonth(DateOnly month, DateOnly today) =>
        month > new DateOnly(today.Year, today.Month, 1) ? "不能晚于本月" : null;

    /// <summary>Why an amount cannot be a month's sales (missing, negative, finer than a fen); null when it can.</summary>
    public static string? RefuseAmount(decimal? amount) => amount switch
    {
        null => "应为金额（元，如 12345.60）",
        < 0 => "不能为负数",
        { } a when decimal.Round(a, 2) != a => "最多保留两位小数（分）",
        _ => null,
    };

    /// <summary>Why a game kind is not accepted: not in <paramref name="options"/>' list; null when it is.</summary>
    public static string? RefuseGame(string? game, SalesOptions options) =>
        game is not null && options.Games.Contains(game, StringComparer.Ordinal) ? null : $"应为以下之一：{string.Join("、", options.Games)}";

    /// <summary>
    /// Why an outlet cannot have sales in <paramref name="month"/>: it was not open on any day of it (never approved, opened
    /// after, closed before); null when it was.
    /// </summary>
    public static string? RefuseOutletMonth(DateOnly? openedOn, DateOnly? closedOn, DateOnly month)
    {
        if (openedOn is not { } opened) return "该网点未批准设立";
        if (opened > month.AddMonths(1).AddDays(-1)) return $"该网点{opened:yyyy-MM-dd}才设立";
        return closedOn is { } closed && closed <= month ? $"该网点已于{closed:yyyy-MM-dd}关闭" : null;
    }

    /// <summary>What a reported <paramref name="amount"/> does to the figure kept (<paramref name="previous"/>, null when none).</summary>
    public static SaleChange Change(decimal? previous, decimal amount) =>
        previous is not { } p ? SaleChange.Created : p == amount ? SaleChange.Unchanged : SaleChange.Replaced;

    /// <summary>An amount as staff read it, with its sign when asked (+1,234.50元, −20.00元).</summary>
    public static string Yuan(decimal amount, bool signed = false) =>
        (signed && amount > 0 ? "+" : amount < 0 ? "−" : "") + Math.Abs(amount).ToString("#,0.00", CultureInfo.InvariantCulture) + "元";

    /// <summary>An import's outcome in a sentence: 共n行：新增a条（x元），替换b条，差额±y元，未变化c条，有误未导入d条.</summary>
    public static string Outcome(SalesImport i) =>
        $"共{i.Rows}行：新增{i.Created}条（{Yuan(i.CreatedAmount)}），替换{i.Replaced}条，差额{Yuan(i.Difference, signed: true)}，未变化{i.Unchanged}条，有误未导入{i.Failed}条"
        + (i.Failed > i.RowErrors.Count ? $"（仅保留前{i.RowErrors.Count}条错误）" : "");
}
