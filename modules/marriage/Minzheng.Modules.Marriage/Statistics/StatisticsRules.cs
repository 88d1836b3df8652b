namespace Minzheng.Modules.Marriage.Statistics;

/// <summary>One figure of a chart: <c>{ label, value }</c>, as the UI's charts read them.</summary>
/// <param name="Label">What it counts.</param>
/// <param name="Value">How many.</param>
public sealed record ChartPoint(string Label, decimal Value);

/// <summary>Counting for the statistics: plain functions over dates and places.</summary>
public static class StatisticsRules
{
    /// <summary>Label of records whose parties do not live in the district (全国通办).</summary>
    public const string OutsideDistrict = "区外居民";

    /// <summary>Counts per month of <paramref name="year"/>, all twelve months shown.</summary>
    public static IReadOnlyList<ChartPoint> ByMonth(IEnumerable<DateOnly> days, int year)
    {
        var counts = days.Where(d => d.Year == year).GroupBy(d => d.Month).ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(1, 12).Select(m => new ChartPoint($"{m}月", counts.GetValueOrDefault(m))).ToList();
    }

    /// <summary>Counts per town (first 9 digits of the record's division), records outside the district together.</summary>
    public static IReadOnlyList<ChartPoint> ByTown(IEnumerable<string> divisionCodes) =>
        divisionCodes.GroupBy(c => c.Length >= 9 ? c[..9] : OutsideDistrict)
            .OrderBy(g => g.Key == OutsideDistrict).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ChartPoint(g.Key, g.Count())).ToList();

    /// <summary>The share in percent, one decimal; 0 when there is nothing to share.</summary>
    public static decimal Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 1);
}
