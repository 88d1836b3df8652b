using System.Text.Json;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Modules;

namespace Minzheng.Platform.Plans;

/// <summary>
/// The plans this deployment measures: the default (the 14th plan's 表2, embedded in the platform) and the
/// deployer's plan files, read and checked once at start-up — a bad row stops the start with one line that
/// names the file, the row and what is wrong.
/// </summary>
public sealed class PlanCatalog
{
    private const string DefaultResource = "Minzheng.Plans.2021-2025.json";

    private PlanCatalog(IReadOnlyList<Plan> plans) => All = plans;

    /// <summary>The plans, in period order.</summary>
    public IReadOnlyList<Plan> All { get; }

    /// <summary>The plan with <paramref name="id"/>, or null.</summary>
    public Plan? Find(string id) => All.FirstOrDefault(p => p.Id == id);

    /// <summary>The plan whose period holds <paramref name="year"/>; else the latest that ended before it; else the first.</summary>
    public Plan Current(int year) =>
        All.FirstOrDefault(p => p.FromYear <= year && year <= p.ToYear) ?? All.LastOrDefault(p => p.ToYear < year) ?? All[0];

    /// <summary>Reads the default plan and <paramref name="planFiles"/> (relative to <paramref name="contentRoot"/>).</summary>
    /// <param name="planFiles">The deployer's plan files.</param>
    /// <param name="contentRoot">The host's content root.</param>
    /// <param name="modules">The installed modules: a row's indicator of an installed module must be one it declares.</param>
    /// <exception cref="ConfigurationProblem">A file is missing or unreadable, or a row is wrong.</exception>
    public static PlanCatalog Load(IEnumerable<string> planFiles, string contentRoot, ModuleCatalog modules)
    {
        using var embedded = typeof(PlanCatalog).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The platform lacks its default plan ({DefaultResource}).");
        var plans = new List<Plan> { PlanFile.Read(embedded, "the default plan (2021-2025)", modules) };
        foreach (var file in planFiles)
        {
            var path = Path.GetFullPath(file, contentRoot);
            if (!File.Exists(path))
            {
                throw new ConfigurationProblem($"Plan file '{path}' (Minzheng:PlanFiles) does not exist.");
            }
            using var stream = File.OpenRead(path);
            plans.Add(PlanFile.Read(stream, $"plan file '{file}'", modules));
        }
        foreach (var plan in plans)
        {
            if (plans.FirstOrDefault(p => p != plan && p.Id == plan.Id) is { } twin)
            {
                throw new ConfigurationProblem($"Two plans have the id '{plan.Id}' ({plan.Title}; {twin.Title}): give each plan its own id.");
            }
            if (plans.FirstOrDefault(p => p != plan && p.FromYear <= plan.ToYear && plan.FromYear <= p.ToYear) is { } overlapping)
            {
                throw new ConfigurationProblem(
                    $"Plans '{plan.Id}' ({plan.FromYear}-{plan.ToYear}) and '{overlapping.Id}' ({overlapping.FromYear}-{overlapping.ToYear}) overlap: a year belongs to one plan.");
            }
        }
        return new PlanCatalog([.. plans.OrderBy(p => p.FromYear)]);
    }
}

/// <summary>A plan file as written (JSON), and its checks.</summary>
internal static class PlanFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly string[] Bindings = ["约束性", "预期性"];

    private sealed record FileRow(int Number, string? Name, string? Unit, string? Baseline, string? Target, string? Binding, string? Indicator);

    private sealed record FileContent(string? Id, string? Title, int FromYear, int ToYear, int? BaselineYear, List<FileRow>? Rows);

    public static Plan Read(Stream stream, string what, ModuleCatalog modules)
    {
        FileContent content;
        try
        {
            content = JsonSerializer.Deserialize<FileContent>(stream, Json) ?? throw new JsonException("the file is empty");
        }
        catch (JsonException e)
        {
            throw new ConfigurationProblem($"In {what}: not a plan file ({e.Message}). Write it in the default plan's format: id, title, fromYear, toYear, baselineYear, rows.");
        }
        string Problem(string message) => $"In {what}: {message}";
        if (string.IsNullOrWhiteSpace(content.Id) || content.Id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            throw new ConfigurationProblem(Problem("'id' must be letters, digits and '-' (it appears in the API's paths), e.g. \"15th\"."));
        }
        if (string.IsNullOrWhiteSpace(content.Title)) throw new ConfigurationProblem(Problem("'title' is empty."));
        if (content.FromYear < 2000 || content.ToYear < content.FromYear || content.ToYear > 2100)
        {
            throw new ConfigurationProblem(Problem($"the period {content.FromYear}-{content.ToYear} is not a period of years (fromYear ≤ toYear)."));
        }
        var baselineYear = content.BaselineYear ?? content.FromYear - 1;
        if (baselineYear >= content.FromYear) throw new ConfigurationProblem(Problem($"baselineYear {baselineYear} must be before fromYear {content.FromYear}."));
        if (content.Rows is not { Count: > 0 }) throw new ConfigurationProblem(Problem("it has no rows."));

        var declared = modules.All.Where(m => m.Manifest is not null)
            .ToDictionary(m => m.Id, m => m.Manifest!.Indicators.Select(i => i.Key).ToHashSet(StringComparer.Ordinal));
        var rows = new List<PlanRow>();
        foreach (var row in content.Rows)
        {
            string RowProblem(string message) => Problem($"row {row.Number}: {message}");
            if (row.Number <= 0) throw new ConfigurationProblem(Problem($"a row has number {row.Number}: number the rows 1, 2, 3 … as the plan does."));
            if (rows.Any(r => r.Number == row.Number)) throw new ConfigurationProblem(RowProblem("the number is used twice."));
            if (string.IsNullOrWhiteSpace(row.Name)) throw new ConfigurationProblem(RowProblem("'name' is empty."));
            if (string.IsNullOrWhiteSpace(row.Unit)) throw new ConfigurationProblem(RowProblem("'unit' is empty (%, 个, 人, 万元 …)."));
            if (string.IsNullOrWhiteSpace(row.Target)) throw new ConfigurationProblem(RowProblem("'target' is empty: write it as the plan prints it (\"≥85\", \"100\", or the words)."));
            if (row.Binding is null || !Bindings.Contains(row.Binding))
            {
                throw new ConfigurationProblem(RowProblem($"'binding' is '{row.Binding}': write 约束性 or 预期性."));
            }
            if (row.Indicator is { } key)
            {
                var dot = key.IndexOf('.', StringComparison.Ordinal);
                if (dot <= 0 || dot == key.Length - 1)
                {
                    throw new ConfigurationProblem(RowProblem($"indicator '{key}' is not '<module id>.<name>'."));
                }
                // A module that is not installed computes nothing here, and the row says so; an installed one must know the key.
                if (declared.TryGetValue(key[..dot], out var keys) && !keys.Contains(key))
                {
                    throw new ConfigurationProblem(RowProblem(
                        $"module '{key[..dot]}' declares no indicator '{key}' (it declares: {(keys.Count == 0 ? "none" : string.Join(", ", keys.Order()))})."));
                }
            }
            rows.Add(new PlanRow(row.Number, row.Name.Trim(), row.Unit.Trim(), string.IsNullOrWhiteSpace(row.Baseline) ? "—" : row.Baseline.Trim(),
                PlanTarget.Parse(row.Target), row.Binding, string.IsNullOrWhiteSpace(row.Indicator) ? null : row.Indicator));
        }
        return new Plan(content.Id, content.Title.Trim(), content.FromYear, content.ToYear, baselineYear, [.. rows.OrderBy(r => r.Number)]);
    }
}
