using System.Globalization;

namespace Minzheng.Modules.Lottery.Dashboard;

/// <summary>
/// The plan's sales and fund targets the dashboard compares with (configuration <c>Modules:lottery:Targets</c>). 表2 row 5
/// binds only the outlets (read through <c>IPlanTargets</c>); these are in the plan's text, so the deployment sets them,
/// the 14th plan's figures by default: sales of 114 million 元 a year (2025's), 39.85 million 元 of 公益金 raised in
/// 2021–2025, 9.1 million of it local.
/// </summary>
public sealed class TargetOptions
{
    /// <summary>The year's sales target, 元 (default 114,000,000: the plan's for 2025), the same for every year shown.</summary>
    public decimal SalesYuanPerYear { get; set; } = 114_000_000m;

    /// <summary>The first year of the fund's plan period (default 2021).</summary>
    public int PlanFromYear { get; set; } = 2021;

    /// <summary>The last year of the fund's plan period (default 2025).</summary>
    public int PlanToYear { get; set; } = 2025;

    /// <summary>公益金 to be raised over the plan period, 元 (default 39,850,000).</summary>
    public decimal FundRaisedYuan { get; set; } = 39_850_000m;

    /// <summary>Of it, raised locally (本级: every source but 上级下达), 元 (default 9,100,000).</summary>
    public decimal FundLocalYuan { get; set; } = 9_100_000m;

    /// <summary>These, checked at start-up.</summary>
    public TargetOptions Checked() =>
        SalesYuanPerYear <= 0 || FundRaisedYuan <= 0 || FundLocalYuan <= 0 || FundLocalYuan > FundRaisedYuan || PlanFromYear < 2000 || PlanToYear < PlanFromYear
            ? throw new InvalidOperationException(
                "Modules:lottery:Targets: SalesYuanPerYear, FundRaisedYuan and FundLocalYuan above 0, FundLocalYuan not above FundRaisedYuan; PlanFromYear from 2000, PlanToYear not before it.")
            : this;

    /// <summary>The plan period as staff read it (2021—2025年).</summary>
    public string Period => string.Create(CultureInfo.InvariantCulture, $"{PlanFromYear}—{PlanToYear}年");
}

/// <summary>How a figure stands against its target, plain C#.</summary>
public static class TargetRules
{
    /// <summary>
    /// The line under a figure: the target, the share reached and, once its time is over (<paramref name="ended"/>), whether
    /// it was met — 「2026年目标 114,000,000元，已完成 1.4%」, 「2021—2025年目标 39,850,000元，已完成 102.5%，达标」.
    /// </summary>
    public static string Progress(decimal actual, decimal target, string when, bool ended)
    {
        var share = Math.Round(actual / target * 100, 1, MidpointRounding.AwayFromZero);
        var verdict = ended ? actual >= target ? "，达标" : "，未达标" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{when}目标 {target:#,0.##}元，已完成 {share:0.0}%{verdict}");
    }
}
