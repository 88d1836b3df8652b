using System.Text.Json.Serialization;

namespace Minzheng.Modules.Marriage.Statistics;

/// <summary>One figure of a chart: <c>{ label, value }</c>, as the UI's charts read them.</summary>
/// <param name="Label">What it counts: a month, or a town's name.</param>
/// <param name="Value">How many.</param>
/// <param name="Code">The town's division code beside its name; absent for months and for records outside the district.</param>
public sealed record ChartPoint(string Label, decimal Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code = null);

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

    /// <summary>
    /// Counts per town (first 9 digits of the record's division) in code order, labelled with the town's
    /// name from <paramref name="nameOf"/> (its code when it has none) and carrying the code; records
    /// outside the district together, last.
    /// </summary>
    public static IReadOnlyList<ChartPoint> ByTown(IEnumerable<string> divisionCodes, Func<string, string?> nameOf) =>
        divisionCodes.GroupBy(c => c.Length >= 9 ? c[..9] : null)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key is { } town ? new ChartPoint(nameOf(town) ?? town, g.Count(), town) : new ChartPoint(OutsideDistrict, g.Count()))
            .ToList();

    /// <summary>The share in percent, one decimal; 0 when there is nothing to share.</summary>
    public static decimal Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 1);
}
