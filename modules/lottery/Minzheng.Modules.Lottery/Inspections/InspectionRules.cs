namespace Minzheng.Modules.Lottery.Inspections;

/// <summary>A clause of the checklist: an id findings cite and the text inspectors read.</summary>
public sealed class ChecklistClause
{
    /// <summary>Stable id (e.g. <c>minors</c>).</summary>
    public string Id { get; set; } = "";

    /// <summary>The clause in Chinese.</summary>
    public string Text { get; set; } = "";
}

/// <summary>The inspections' and penalties' settings (configuration <c>Modules:lottery:Inspections</c>).</summary>
public sealed class InspectionOptions
{
    /// <summary>The checklist (彩票管理条例 arts. 18–19, 实施细则 arts. 32–34); configurable, these by default.</summary>
    public List<ChecklistClause> Checklist { get; set; } = [];

    /// <summary>The least fine, 元 (default 2,000: 彩票管理条例 art. 41).</summary>
    public long PenaltyMinYuan { get; set; } = 2_000;

    /// <summary>The largest fine, 元 (default 10,000).</summary>
    public long PenaltyMaxYuan { get; set; } = 10_000;

    /// <summary>The default checklist.</summary>
    public static List<ChecklistClause> DefaultChecklist() =>
    [
        new() { Id = "minors", Text = "不得向未成年人销售彩票和兑奖" },
        new() { Id = "credit", Text = "不得以赊销或者信用方式销售彩票" },
        new() { Id = "sub-agency", Text = "不得委托他人代销彩票（转包）" },
        new() { Id = "terminal", Text = "不得转借、出租、出售彩票投注专用设备（销售终端）" },
        new() { Id = "licence", Text = "在显著位置悬挂代销证和福利彩票标识" },
        new() { Id = "fund-mark", Text = "张贴公益金资助标识和游戏规则、中奖概率" },
        new() { Id = "price", Text = "不得溢价或者折价销售彩票" },
        new() { Id = "false-prize", Text = "不得以虚假中奖信息诱导购买" },
    ];

    /// <summary>The configured checklist, or the default one when none is configured; checked at start-up.</summary>
    public InspectionOptions Checked()
    {
        if (Checklist.Count == 0) Checklist = DefaultChecklist();
        if (Checklist.Any(c => string.IsNullOrWhiteSpace(c.Id) || c.Id.Length > 40 || string.IsNullOrWhiteSpace(c.Text) || c.Text.Length > 200)
            || Checklist.Select(c => c.Id).Distinct().Count() != Checklist.Count)
        {
            throw new InvalidOperationException("Modules:lottery:Inspections:Checklist: each clause needs an id (at most 40 characters, each once) and a text (at most 200).");
        }
        if (PenaltyMinYuan < 0 || PenaltyMaxYuan < PenaltyMinYuan)
        {
            throw new InvalidOperationException("Modules:lottery:Inspections: PenaltyMinYuan 0 or more, PenaltyMaxYuan not below it.");
        }
        return this;
    }

    /// <summary>The clause with <paramref name="id"/>, or null.</summary>
    public ChecklistClause? Clause(string? id) => Checklist.FirstOrDefault(c => c.Id == id);
}

/// <summary>The inspections' and penalties' rules, plain C#.</summary>
public static class InspectionRules
{
    /// <summary>Why a fine of <paramref name="amountFen"/> is refused, naming the range, or null.</summary>
    public static string? AmountProblem(long amountFen, InspectionOptions options) =>
        amountFen < options.PenaltyMinYuan * 100 || amountFen > options.PenaltyMaxYuan * 100
            ? $"罚款金额须在{options.PenaltyMinYuan:N0}元至{options.PenaltyMaxYuan:N0}元之间（处罚幅度规定）"
            : null;

    /// <summary>Why a re-inspection on <paramref name="recheckedOn"/> is refused, or null.</summary>
    public static string? RecheckProblem(Inspection inspection, DateOnly recheckedOn, DateOnly today) =>
        recheckedOn < inspection.InspectedOn ? $"复查日期不能早于检查日期（{inspection.InspectedOn:yyyy-MM-dd}）"
        : recheckedOn > today ? "复查日期不能晚于今天"
        : null;

    /// <summary>Whether <paramref name="inspection"/>'s correction is past its deadline on <paramref name="today"/> without a re-inspection.</summary>
    public static bool Overdue(Inspection inspection, DateOnly today) =>
        inspection.Status == InspectionStatus.Correcting && inspection.CorrectBy < today;

    /// <summary>in-force, or withdrawn once 撤销.</summary>
    public static string Code(Penalty penalty) => penalty.WithdrawnOn is null ? "in-force" : "withdrawn";

    /// <summary>
    /// The line a withdrawn decision carries when it is printed again, so that a copy on paper can never pass for a
    /// decision in force; null while it is.
    /// </summary>
    public static string? WithdrawalNotice(Penalty penalty) =>
        penalty.WithdrawnOn is { } on ? $"本决定已于{on:yyyy-MM-dd}撤销，不再执行。撤销理由：{penalty.WithdrawalReason}" : null;

    /// <summary>Why <paramref name="penalty"/> cannot be withdrawn (it already was), or null: a decision is set aside once.</summary>
    public static string? WithdrawalProblem(Penalty penalty) =>
        penalty.WithdrawnOn is { } on ? $"该处罚决定已于{on:yyyy-MM-dd}撤销，不能再次撤销。" : null;

    /// <summary>The API code of a status.</summary>
    public static string Code(InspectionStatus status) => status switch
    {
        InspectionStatus.Clean => "clean",
        InspectionStatus.Correcting => "correcting",
        _ => "rechecked",
    };

    /// <summary>The API code of an outcome.</summary>
    public static string Code(FindingOutcome outcome) => outcome switch
    {
        FindingOutcome.Pending => "pending",
        FindingOutcome.Corrected => "corrected",
        _ => "not-corrected",
    };
}
