namespace Minzheng.Platform.Plans;

/// <summary>A plan as listed.</summary>
public sealed record PlanSummary(string Id, string Title, int FromYear, int ToYear, int BaselineYear);

/// <summary>The plans, and the one this year belongs to.</summary>
public sealed record PlanList(string Current, IReadOnlyList<PlanSummary> Items);

/// <summary>Where a row's value comes from, as the plan page shows it.</summary>
/// <param name="Kind">Computed, entered, or none.</param>
/// <param name="Module">The module that computes the row (also when it is not enabled here).</param>
/// <param name="ModuleName">Its display name.</param>
/// <param name="Rule">How the module computes it.</param>
/// <param name="EnteredBy">Who entered the value.</param>
/// <param name="EnteredAt">When.</param>
/// <param name="ValueAsOf">The date the entered value describes.</param>
/// <param name="SourceText">Where the entered figure comes from.</param>
public sealed record RowSource(
    FigureSourceKind Kind, string? Module, string? ModuleName, string? Rule, string? EnteredBy, DateTimeOffset? EnteredAt, DateOnly? ValueAsOf, string? SourceText);

/// <summary>One row of the plan page.</summary>
/// <param name="Number">序号.</param>
/// <param name="Name">主要指标.</param>
/// <param name="Unit">单位.</param>
/// <param name="Binding">约束性 or 预期性.</param>
/// <param name="BaselineText">The baseline as printed.</param>
/// <param name="TargetText">The target as printed.</param>
/// <param name="Comparison">What reaching the target means.</param>
/// <param name="Target">The number compared with; null for a reference target.</param>
/// <param name="Value">The value; null with <paramref name="NotComputed"/> saying why.</param>
/// <param name="Numerator">For a share: what was counted.</param>
/// <param name="Denominator">For a share: what it was counted against.</param>
/// <param name="NotComputed">Why there is no value.</param>
/// <param name="Status">Against the target.</param>
/// <param name="StatusText">The same, as staff read it.</param>
/// <param name="Source">Where the value comes from.</param>
/// <param name="Indicator">The module indicator's key, for a computed row.</param>
/// <param name="CanEnter">Whether the caller may enter a value now.</param>
/// <param name="HasTowns">Whether a by-town drill-down exists.</param>
public sealed record PlanRowView(
    int Number, string Name, string Unit, string Binding, string BaselineText, string TargetText, TargetComparison Comparison, decimal? Target,
    decimal? Value, decimal? Numerator, decimal? Denominator, string? NotComputed, FigureStatus Status, string StatusText, RowSource Source,
    string? Indicator, bool CanEnter, bool HasTowns);

/// <summary>A plan's rows for the caller on a date.</summary>
/// <param name="ScopeName">Whose figures these are: the district's, or the caller's town's.</param>
public sealed record PlanView(string Id, string Title, int FromYear, int ToYear, int BaselineYear, DateOnly AsOf, string ScopeName, IReadOnlyList<PlanRowView> Rows);

/// <summary>A row's figure in one town.</summary>
public sealed record TownFigureView(
    string Town, string TownName, decimal? Value, decimal? Numerator, decimal? Denominator, string? NotComputed, FigureStatus Status, string StatusText);

/// <summary>A row per town.</summary>
public sealed record TownFigures(IReadOnlyList<TownFigureView> Items);

/// <summary>What a year's point of a trend is.</summary>
public enum TrendKind
{
    /// <summary>The plan's baseline column.</summary>
    Baseline,

    /// <summary>Computed by a module at the year's end.</summary>
    Computed,

    /// <summary>The year's latest staff entry.</summary>
    Entered,

    /// <summary>No figure for that year.</summary>
    None,
}

/// <summary>A row's value at one year's end.</summary>
public sealed record TrendPoint(int Year, decimal? Value, string? NotComputed, TrendKind Kind);

/// <summary>A row's values by year.</summary>
public sealed record Trend(IReadOnlyList<TrendPoint> Items);

/// <summary>An entered value as its history shows it.</summary>
public sealed record PlanEntryView(Guid Id, decimal Value, DateOnly ValueAsOf, string SourceText, string EnteredBy, DateTimeOffset EnteredAt);

/// <summary>A row's entered values, newest first.</summary>
public sealed record PlanEntries(IReadOnlyList<PlanEntryView> Items);

/// <summary>A value staff enter for a row no module computes here.</summary>
/// <param name="Value">In the row's unit.</param>
/// <param name="ValueAsOf">The date it describes (yyyy-MM-dd), not in the future.</param>
/// <param name="SourceText">Where the figure comes from (at most 200 characters).</param>
public sealed record PlanEntryRequest(decimal? Value, string? ValueAsOf, string? SourceText);
