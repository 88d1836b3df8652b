namespace Minzheng.Sdk.Indicators;

/// <summary>What an <see cref="IIndicator"/> computed.</summary>
/// <param name="Total">The figure for the caller's whole scope.</param>
/// <param name="ByTown">
/// The figure per town (镇街 division code), for the drill-down; empty where a per-town figure means
/// nothing (e.g. a district-wide fund). Towns with nothing to count are present with a figure that says so.
/// </param>
/// <param name="Rule">How the figure is computed, in Chinese, as staff read it under the figure
/// (e.g. "已审批在享人数 ÷ 登记在册的持证残疾人中符合条件人数").</param>
public sealed record IndicatorResult(IndicatorFigure Total, IReadOnlyDictionary<string, IndicatorFigure> ByTown, string Rule);
