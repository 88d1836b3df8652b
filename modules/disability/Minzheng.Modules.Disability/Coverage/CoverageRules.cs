namespace Minzheng.Modules.Disability.Coverage;

/// <summary>覆盖率 against the plan's target (表2 rows 3–4: 100% by 2025). Plain C#.</summary>
public static class CoverageRules
{
    /// <summary>The plan's target, in percent.</summary>
    public const decimal TargetPercent = 100m;

    /// <summary>
    /// Receiving ÷ eligible, in percent to one decimal; 100 when nobody is eligible (nobody is left out).
    /// </summary>
    public static decimal Rate(int receiving, int eligible) =>
        eligible == 0 ? 100m : Math.Round(receiving * 100m / eligible, 1, MidpointRounding.AwayFromZero);

    /// <summary>Whether a rate reaches the target.</summary>
    public static bool MeetsTarget(decimal rate) => rate >= TargetPercent;
}
