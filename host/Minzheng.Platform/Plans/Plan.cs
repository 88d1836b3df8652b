namespace Minzheng.Platform.Plans;

/// <summary>
/// A five-year plan's table of indicators (e.g. 表2 of the 14th plan): what the bureau is judged on.
/// Data, not code: the default plan ships with the platform, a deployer adds the next one as a file
/// (<see cref="Configuration.MinzhengOptions.PlanFiles"/>).
/// </summary>
/// <param name="Id">Stable id (e.g. <c>14th</c>), used in the API's paths.</param>
/// <param name="Title">As printed in the plan.</param>
/// <param name="FromYear">First year of the plan period.</param>
/// <param name="ToYear">Last year: the targets are for its end.</param>
/// <param name="BaselineYear">The year of the baseline column (usually the year before the period).</param>
/// <param name="Rows">The indicators, in the plan's order.</param>
public sealed record Plan(string Id, string Title, int FromYear, int ToYear, int BaselineYear, IReadOnlyList<PlanRow> Rows)
{
    /// <summary>The row numbered <paramref name="number"/>, or null.</summary>
    public PlanRow? Row(int number) => Rows.FirstOrDefault(r => r.Number == number);
}

/// <summary>One indicator of a plan.</summary>
/// <param name="Number">序号, unique in the plan.</param>
/// <param name="Name">主要指标, as printed.</param>
/// <param name="Unit">单位 (%, 个, 人, 万元 …).</param>
/// <param name="Baseline">The baseline column as printed ("80", "≥95", "—").</param>
/// <param name="Target">The target and what reaching it means.</param>
/// <param name="Binding">指标属性: 约束性 (binding) or 预期性 (expected).</param>
/// <param name="Indicator">The key of the module indicator that computes it; null when staff enter it.</param>
public sealed record PlanRow(int Number, string Name, string Unit, string Baseline, PlanTarget Target, string Binding, string? Indicator);

/// <summary>What a target asks of a value.</summary>
public enum TargetComparison
{
    /// <summary>At least the target ("≥85", or a bare "100": reach it).</summary>
    AtLeast,

    /// <summary>At most the target ("≤40").</summary>
    AtMost,

    /// <summary>Against a figure from outside the plan ("不低于上年度居民人均消费支出增速"): judged by staff, not by the system.</summary>
    Reference,
}

/// <summary>A row's target as printed, and the comparison it means.</summary>
/// <param name="Text">As printed ("≥85", "100", "不低于上年度居民人均消费支出增速").</param>
/// <param name="Comparison">What reaching it means.</param>
/// <param name="Value">The number to compare with; null for <see cref="TargetComparison.Reference"/>.</param>
public sealed record PlanTarget(string Text, TargetComparison Comparison, decimal? Value)
{
    /// <summary>
    /// Reads a target as the plan prints it: "≥N" (or "&gt;=N") at least, "≤N" (or "&lt;=N") at most, a bare
    /// number at least that number, any other text a reference staff judge.
    /// </summary>
    public static PlanTarget Parse(string text)
    {
        var t = text.Trim();
        if (Number(t) is { } bare) return new PlanTarget(t, TargetComparison.AtLeast, bare);
        foreach (var (prefix, comparison) in new[] { ("≥", TargetComparison.AtLeast), (">=", TargetComparison.AtLeast), ("≤", TargetComparison.AtMost), ("<=", TargetComparison.AtMost) })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal) && Number(t[prefix.Length..]) is { } value)
            {
                return new PlanTarget(t, comparison, value);
            }
        }
        return new PlanTarget(t, TargetComparison.Reference, null);
    }

    /// <summary>Whether <paramref name="value"/> reaches the target; null when the system cannot judge (a reference target).</summary>
    public bool? IsMetBy(decimal value) => Comparison switch
    {
        TargetComparison.AtLeast => value >= Value,
        TargetComparison.AtMost => value <= Value,
        _ => null,
    };

    private static decimal? Number(string s) =>
        decimal.TryParse(s.Trim(), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
}
