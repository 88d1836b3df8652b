using System.Text.Json;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.SocialOrg.Evaluation;

/// <summary>What the module knows of an organisation when a round asks whether it may be evaluated.</summary>
/// <param name="RegisteredOn">成立登记日期.</param>
/// <param name="Registered">Still on the register (not deregistered, not revoked).</param>
/// <param name="InspectionLastYear">The conclusion of last year's inspection; null when none (a report not yet concluded counts as none).</param>
/// <param name="ReportedLastYear">Whether last year's report arrived at all.</param>
/// <param name="ExemptLastYear">Exempt from last year's inspection (registered late in the year).</param>
/// <param name="InspectionYearBefore">The conclusion of the inspection the year before last.</param>
/// <param name="PenalisedSince">The latest penalty decided since the first day of last year, if any.</param>
/// <param name="ListedNow">The credit list the organisation is on today, if any.</param>
/// <param name="GradeValidUntil">The end of its current grade, if it holds one.</param>
public sealed record EligibilityFacts(DateOnly RegisteredOn, bool Registered, Inspection.InspectionConclusion? InspectionLastYear, bool ReportedLastYear,
    bool ExemptLastYear, Inspection.InspectionConclusion? InspectionYearBefore, DateOnly? PenalisedSince, string? ListedNow, DateOnly? GradeValidUntil);

/// <summary>
/// 等级评估's rules (民政部令第39号 社会组织评估管理办法 art. 5–6, 26–30): who may take part in a round, the score and the
/// grade it reaches, the publicity and the appeal within it, the grade's validity and whether it still holds. Plain C#.
/// </summary>
public static class EvaluationRules
{
    /// <summary>The longest appeal, decision or reason.</summary>
    public const int ReasonLength = 1000;

    /// <summary>
    /// Why an organisation may not take part in the round of <paramref name="year"/> opened on <paramref name="openedOn"/>;
    /// null when it may. Each refusal names its cause: not registered, registered less than two full years (unless an
    /// earlier grade has expired or expires this year), a grade still valid, last year's inspection missed or failed,
    /// 基本合格 two years in a row, penalised last year or since, on a credit list now.
    /// </summary>
    public static string? Ineligibility(EligibilityFacts f, int year, DateOnly openedOn)
    {
        if (!f.Registered) return "已注销或被撤销登记";
        if (f.ListedNow is { } list) return $"正被列入{list}";
        if (f.PenalisedSince is { } penalised) return $"{year - 1}年以来受到行政处罚（{penalised:yyyy-MM-dd}）";
        var last = year - 1;
        if (!f.ExemptLastYear && !f.ReportedLastYear) return $"未参加{last}年度年检";
        if (f.InspectionLastYear == Inspection.InspectionConclusion.Unqualified) return $"{last}年度年检不合格";
        if (f.InspectionLastYear == Inspection.InspectionConclusion.BasicallyQualified && f.InspectionYearBefore == Inspection.InspectionConclusion.BasicallyQualified)
        {
            return $"连续两年（{last - 1}、{last}年度）年检基本合格";
        }
        if (f.GradeValidUntil is { } until)
        {
            // A grade that lapses by the end of the round's year may be renewed in it; one valid beyond may not be re-rated.
            return until.Year > year ? $"评估等级在有效期内（至{until:yyyy-MM-dd}）" : null;
        }
        return f.RegisteredOn.AddYears(2) <= openedOn ? null : $"取得登记未满两年（{f.RegisteredOn:yyyy-MM-dd}成立）";
    }

    /// <summary>Checks a score sheet against the items: every item scored, none over its maximum, no unknown item. Returns the points by key.</summary>
    public static Dictionary<string, int> CheckScores(FieldErrors errors, IReadOnlyDictionary<string, int?>? scores, EvaluationOptions options)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        scores ??= new Dictionary<string, int?>();
        foreach (var key in scores.Keys.Where(k => options.Items.All(i => i.Key != k))) errors.Add(key, "评估指标中没有这一项");
        foreach (var item in options.Items)
        {
            if (!scores.TryGetValue(item.Key, out var points) || points is null) errors.Add(item.Key, $"请填写“{item.Name}”的得分");
            else if (points < 0 || points > item.Max) errors.Add(item.Key, $"“{item.Name}”的得分应在0至{item.Max}分之间");
            else result[item.Key] = points.Value;
        }
        return result;
    }

    /// <summary>The grade (1–5) a total reaches, null below 1A.</summary>
    public static int? GradeOf(int total, EvaluationOptions options)
    {
        for (var g = 5; g >= 1; g--)
        {
            if (total >= options.Thresholds[g - 1]) return g;
        }
        return null;
    }

    /// <summary>The grade as printed: 5A, or 未达等级.</summary>
    public static string GradeLabel(int? grade) => grade is { } g ? $"{g}A" : "未达等级";

    /// <summary>The publicity's last day when published on <paramref name="from"/>.</summary>
    public static DateOnly PublicityEnd(DateOnly from, EvaluationOptions options) => from.AddDays(options.PublicityDays - 1);

    /// <summary>A grade conferred on <paramref name="on"/> is valid to the day before the same day after the validity years.</summary>
    public static DateOnly ValidUntil(DateOnly on, EvaluationOptions options) => on.AddYears(options.ValidityYears).AddDays(-1);

    /// <summary>
    /// Whether a conferred grade holds on <paramref name="day"/>: within its validity, the organisation still registered, and
    /// not withdrawn — listing on the 严重违法失信名单 (or revocation, which lists) after the grade withdraws it (评估办法 art. 30).
    /// </summary>
    public static bool Holds(DateOnly? validUntil, DateOnly? conferredOn, bool registered, DateOnly? seriousListedOn, DateOnly day) =>
        validUntil is { } until && conferredOn is { } from && registered && day >= from && day <= until && !(seriousListedOn >= from);

    /// <summary>The score sheet as stored.</summary>
    public static string Serialise(Dictionary<string, int> scores) => JsonSerializer.Serialize(scores);

    /// <summary>The score sheet as stored, read back.</summary>
    public static Dictionary<string, int> Deserialise(string? scores) =>
        scores is null ? [] : JsonSerializer.Deserialize<Dictionary<string, int>>(scores) ?? [];

    /// <summary>The API code of a status.</summary>
    public static string StatusCode(EvaluationStatus status) => status switch
    {
        EvaluationStatus.Applied => "applied",
        EvaluationStatus.Scored => "scored",
        EvaluationStatus.Publicised => "publicised",
        EvaluationStatus.Appealed => "appealed",
        _ => "conferred",
    };

    /// <summary>The Chinese name of a status.</summary>
    public static string StatusLabel(EvaluationStatus status) => status switch
    {
        EvaluationStatus.Applied => "已申报",
        EvaluationStatus.Scored => "已评分",
        EvaluationStatus.Publicised => "公示中",
        EvaluationStatus.Appealed => "复核中",
        _ => "已授予等级",
    };
}
