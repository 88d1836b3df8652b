using Microsoft.Extensions.Configuration;

namespace Minzheng.Modules.SocialOrg.Evaluation;

/// <summary>An item of the score sheet (评估指标): its key in the API, its name and its full marks.</summary>
public sealed record ScoreItem(string Key, string Name, int Max);

/// <summary>
/// 等级评估 (<c>Modules:socialorg:Evaluation</c>): the score sheet, the grade thresholds, the publicity and the validity —
/// configurable because 评估办法 (民政部令第39号) leaves the indicators and the points to each registration authority.
/// Default: a sheet of 1000 points, 5A from 900, 4A from 800, 3A from 700, 2A from 600, 1A from 500; publicity 7
/// days; a grade valid five years.
/// </summary>
public sealed class EvaluationOptions
{
    /// <summary>The default score sheet (the UI's score form names these keys).</summary>
    public static readonly IReadOnlyList<ScoreItem> DefaultItems =
    [
        new("basic", "基础条件", 60), new("governance", "内部治理", 370), new("performance", "工作绩效", 420), new("reputation", "社会评价", 150),
    ];

    /// <summary>The score sheet (<c>Items:0:Key</c>, <c>Items:0:Name</c>, <c>Items:0:Max</c>, …).</summary>
    public IReadOnlyList<ScoreItem> Items { get; init; } = DefaultItems;

    /// <summary>The lowest total of 1A, 2A, 3A, 4A and 5A, ascending (<c>Thresholds:0</c>…<c>Thresholds:4</c>).</summary>
    public IReadOnlyList<int> Thresholds { get; init; } = [500, 600, 700, 800, 900];

    /// <summary>公示 in days from the day published (<c>PublicityDays</c>); an appeal is received until its last day.</summary>
    public int PublicityDays { get; init; } = 7;

    /// <summary>A grade's validity in years (<c>ValidityYears</c>, 评估办法 art. 26: five).</summary>
    public int ValidityYears { get; init; } = 5;

    /// <summary>Reads the section; throws with the key named when a value cannot work.</summary>
    public static EvaluationOptions From(IConfiguration section)
    {
        var defaults = new EvaluationOptions();
        var items = section.GetSection("Items").GetChildren()
            .Select(c => new ScoreItem(c["Key"] ?? "", c["Name"] ?? "", c.GetValue("Max", 0))).ToList();
        if (items.Any(i => i.Key.Length == 0 || i.Name.Length == 0 || i.Max <= 0) || items.Select(i => i.Key).Distinct().Count() != items.Count)
        {
            throw new InvalidOperationException("Modules:socialorg:Evaluation:Items: each item needs a distinct Key, a Name and a Max above 0.");
        }
        var thresholds = section.GetSection("Thresholds").Get<List<int>>();
        var options = new EvaluationOptions
        {
            Items = items.Count > 0 ? items : defaults.Items,
            Thresholds = thresholds is { Count: > 0 } ? thresholds : defaults.Thresholds,
            PublicityDays = section.GetValue("PublicityDays", defaults.PublicityDays),
            ValidityYears = section.GetValue("ValidityYears", defaults.ValidityYears),
        };
        if (options.Thresholds.Count != 5 || options.Thresholds.Zip(options.Thresholds.Skip(1)).Any(p => p.First >= p.Second) || options.Thresholds[0] <= 0)
        {
            throw new InvalidOperationException("Modules:socialorg:Evaluation:Thresholds must be five ascending totals (1A to 5A).");
        }
        if (options.Thresholds[4] > options.Items.Sum(i => i.Max)) throw new InvalidOperationException("Modules:socialorg:Evaluation:Thresholds: 5A is above the sheet's full marks.");
        if (options.PublicityDays is < 1 or > 60) throw new InvalidOperationException("Modules:socialorg:Evaluation:PublicityDays must be 1 to 60.");
        if (options.ValidityYears is < 1 or > 10) throw new InvalidOperationException("Modules:socialorg:Evaluation:ValidityYears must be 1 to 10.");
        return options;
    }
}
