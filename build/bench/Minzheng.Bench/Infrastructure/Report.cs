using System.Globalization;
using System.Text;

namespace Minzheng.Bench.Infrastructure;

/// <summary>One line of the results table.</summary>
/// <param name="Met">null when there is no target (informational), or the scenario could not run.</param>
public sealed record ResultRow(string Scenario, string Measured, string Baseline, string Ratio, string Target, bool? Met, string? Note = null);

/// <summary>Collects the table and the "where the time goes" sections, and prints them as Markdown.</summary>
public sealed class Report
{
    private readonly List<ResultRow> _rows = [];
    private readonly List<(string Title, string Body)> _sections = [];

    public void Add(ResultRow row)
    {
        _rows.Add(row);
        Console.WriteLine($"  -> {row.Scenario}: {row.Measured} (baseline {row.Baseline}, ratio {row.Ratio}, target {row.Target}, {MetText(row.Met)})");
    }

    public void Section(string title, string body)
    {
        _sections.Add((title, body));
        Console.WriteLine($"  -> {title}:\n{body}");
    }

    public bool AnyMissed => _rows.Any(r => r.Met == false);

    public string ToMarkdown(string machine, string sizes)
    {
        var md = new StringBuilder();
        md.AppendLine("### Machine").AppendLine().AppendLine(machine).AppendLine();
        md.AppendLine("### Sizes").AppendLine().AppendLine(sizes).AppendLine();
        md.AppendLine("### Results").AppendLine();
        md.AppendLine("| scenario | measured | baseline | ratio | target | met? |");
        md.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var r in _rows)
        {
            md.AppendLine($"| {r.Scenario} | {r.Measured} | {r.Baseline} | {r.Ratio} | {r.Target} | {MetText(r.Met)}{(r.Note is null ? "" : " — " + r.Note)} |");
        }
        foreach (var (title, body) in _sections)
        {
            md.AppendLine().AppendLine($"### {title}").AppendLine().AppendLine(body);
        }
        return md.ToString();
    }

    private static string MetText(bool? met) => met switch { true => "yes", false => "**no**", null => "—" };

    public static string Rate(double perSecond, string unit) => $"{perSecond.ToString("N0", CultureInfo.InvariantCulture)} {unit}";

    public static string Ms(double ms) => ms >= 100 ? $"{ms:F0} ms" : $"{ms:F1} ms";

    public static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F0} MB";

    public static string Times(double ratio) => double.IsFinite(ratio) ? $"{ratio:F2}×" : "—";
}
