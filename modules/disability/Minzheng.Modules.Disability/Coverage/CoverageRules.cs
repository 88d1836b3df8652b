namespace Minzheng.Modules.Disability.Coverage;

/// <summary>覆盖率 against the plan's target (表2 rows 3–4: 100% by 2025). Plain C#.</summary>
public static class CoverageRules
{
    /// <summary>The plan's target, in percent.</summary>
    public const decimal TargetPercent = 100m;

    /// <summary>
    /// Receiving ÷ eligible, in percent to one decimal; null when nobody is eligible: a coverage with
    /// nothing to cover is no figure, neither 100% nor 0%.
    /// </summary>
    public static decimal? Rate(int receiving, int eligible) =>
        eligible == 0 ? null : Math.Round(receiving * 100m / eligible, 1, MidpointRounding.AwayFromZero);

    /// <summary>Whether a rate reaches the target.</summary>
    public static bool MeetsTarget(decimal rate) => rate >= TargetPercent;
}
