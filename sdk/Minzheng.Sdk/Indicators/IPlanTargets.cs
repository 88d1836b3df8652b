namespace Minzheng.Sdk.Indicators;

/// <summary>
/// The targets the deployment's plans (表2) set for a module's indicators, so that a module's own dashboard shows a
/// figure against the same target the plan page uses, without a copy of the plan in the module's configuration.
/// Implemented by the platform: take it as an endpoint or constructor parameter.
/// </summary>
/// <remarks>Since SDK 2.3.0.</remarks>
public interface IPlanTargets
{
    /// <summary>
    /// The target of the plan row computed by <paramref name="indicatorKey"/> in the plan that holds
    /// <paramref name="year"/> (else the latest plan that ended before it); null when no row of that plan names the key.
    /// </summary>
    /// <param name="indicatorKey">A key the module declares in module.json (<c>volunteer.registered-share</c>).</param>
    /// <param name="year">Usually this year (Beijing).</param>
    PlanTargetInfo? For(string indicatorKey, int year);
}

/// <summary>A plan row's target, as the plan page shows it.</summary>
/// <param name="PlanTitle">The plan as printed (民政事业发展第十四个五年规划).</param>
/// <param name="Row">The row's number (序号) in its table.</param>
/// <param name="Name">The row's name (主要指标).</param>
/// <param name="Unit">The row's unit (%, 支, 万元).</param>
/// <param name="TargetYear">The year the target is for (the plan's last).</param>
/// <param name="Text">The target as printed (≥22, 3).</param>
/// <param name="Value">The number compared with; null for a target staff judge against an outside figure.</param>
/// <param name="AtMost">The value must stay at or below <paramref name="Value"/> (≤40) rather than reach it.</param>
public sealed record PlanTargetInfo(string PlanTitle, int Row, string Name, string Unit, int TargetYear, string Text, decimal? Value, bool AtMost)
{
    /// <summary>Whether <paramref name="value"/> meets the target; null when it cannot be judged (no value, or no number to compare).</summary>
    public bool? IsMetBy(decimal? value) =>
        value is not { } v || Value is not { } target ? null : AtMost ? v <= target : v >= target;
}
