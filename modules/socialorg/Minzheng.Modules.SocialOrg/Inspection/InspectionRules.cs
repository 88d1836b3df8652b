using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.SocialOrg.Inspection;

/// <summary>Where an organisation stands in a year's inspection, as the due list shows it.</summary>
public enum DueState
{
    /// <summary>免检: registered less than the exempt months at the year's end.</summary>
    Exempt = 1,

    /// <summary>应报未报, the deadline not yet passed.</summary>
    Due = 2,

    /// <summary>逾期未报: due, not submitted, past the deadline.</summary>
    Overdue = 3,

    /// <summary>已报送, waiting for the conclusion.</summary>
    Submitted = 4,

    /// <summary>已作出结论.</summary>
    Concluded = 5,
}

/// <summary>
/// The annual inspection's rules, plain C#: who is due for a year and who is exempt, the deadline, lateness, what a
/// submission must hold, when a conclusion needs reasons, and the names of states and conclusions.
/// </summary>
public static class InspectionRules
{
    /// <summary>The largest amount accepted, 元 (a typing error, not a real organisation, beyond it).</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>The largest staff count accepted.</summary>
    public const int MaxStaff = 100_000;

    /// <summary>The longest reason of a conclusion.</summary>
    public const int ReasonLength = 1000;

    /// <summary>The last day of <paramref name="year"/>.</summary>
    public static DateOnly YearEnd(int year) => new(year, 12, 31);

    /// <summary>
    /// The first registration date exempt for <paramref name="year"/>: registered on it or later, the organisation has
    /// fewer than the exempt months at the year's end (six: from 07-01 on).
    /// </summary>
    public static DateOnly ExemptFrom(int year, InspectionOptions options) => YearEnd(year).AddMonths(-options.ExemptMonths).AddDays(1);

    /// <summary>Whether an organisation registered on <paramref name="registeredOn"/> is exempt for <paramref name="year"/>.</summary>
    public static bool IsExempt(DateOnly registeredOn, int year, InspectionOptions options) => registeredOn >= ExemptFrom(year, options);

    /// <summary>
    /// Whether an organisation is on the year's list at all: registered by the year's end and still registered (a
    /// deregistered or revoked organisation files no more reports).
    /// </summary>
    public static bool OnTheList(OrganisationStatus status, DateOnly registeredOn, int year) =>
        status == OrganisationStatus.Registered && registeredOn <= YearEnd(year);

    /// <summary>The day the report of <paramref name="year"/> is due at the registration authority.</summary>
    public static DateOnly Deadline(int year, InspectionOptions options) =>
        options.Deadlines.TryGetValue(year, out var set) ? set : new DateOnly(year + 1, options.DeadlineMonth, options.DeadlineDay);

    /// <summary>Whether the deadline of <paramref name="year"/> has passed on <paramref name="today"/>.</summary>
    public static bool PastDeadline(int year, DateOnly today, InspectionOptions options) => today > Deadline(year, options);

    /// <summary>Where an organisation registered on <paramref name="registeredOn"/> stands for the year, given its inspection (if any).</summary>
    public static DueState StateOf(DateOnly registeredOn, int year, InspectionStatus? inspection, DateOnly today, InspectionOptions options) => inspection switch
    {
        InspectionStatus.Concluded => DueState.Concluded,
        InspectionStatus.Submitted => DueState.Submitted,
        _ when IsExempt(registeredOn, year, options) => DueState.Exempt,
        _ when PastDeadline(year, today, options) => DueState.Overdue,
        _ => DueState.Due,
    };

    /// <summary>The cause the overdue job lists an organisation with for <paramref name="year"/> (also how it knows it did).</summary>
    public static string OverdueCause(int year) => $"未按规定报送{year}年度年检报告";

    /// <summary>Why an organisation is exempt, for the list.</summary>
    public static string ExemptReason(DateOnly registeredOn, int year, InspectionOptions options) =>
        $"{registeredOn:yyyy-MM-dd}成立登记，至{year}年末不满{options.ExemptMonths}个月，免于{year}年度年检";

    /// <summary>
    /// Checks a submission's year and figures; the year must have ended (a report is made in the next year) and the
    /// day it arrived must be after that year and not in the future.
    /// </summary>
    public static void CheckSubmission(FieldErrors errors, int? year, decimal? income, decimal? spending, int? staffCount, bool? partyOrganisation,
        DateOnly submittedOn, DateOnly today)
    {
        if (year is not { } y || y < 2000 || y >= today.Year) errors.Add("year", $"请填写已结束的年度（2000至{today.Year - 1}年）");
        else if (submittedOn <= YearEnd(y) || submittedOn > today) errors.Add("submittedOn", $"报送日期应在{y}年之后，且不晚于今天");
        if (income is not { } i || i < 0 || i > MaxAmount) errors.Add("income", "请填写本年度收入合计（元，不小于0）");
        if (spending is not { } s || s < 0 || s > MaxAmount) errors.Add("spending", "请填写本年度支出合计（元，不小于0）");
        if (staffCount is not { } n || n < 0 || n > MaxStaff) errors.Add("staffCount", $"请填写专职工作人员数（0至{MaxStaff}人）");
        if (partyOrganisation is null) errors.Add("partyOrganisation", "请选择是否建立党组织");
    }

    /// <summary>
    /// Checks a conclusion: one of the three, and reasons for 基本合格 and 不合格 (the organisation must know what to
    /// correct; two 基本合格 in a row or one 不合格 bar it from evaluation). Returns the reason, trimmed, or null.
    /// </summary>
    public static string? CheckConclusion(FieldErrors errors, string? conclusion, string? reason, out InspectionConclusion parsed)
    {
        if (!TryParseConclusion(conclusion, out parsed))
        {
            errors.Add("conclusion", "请选择年检结论：合格、基本合格或不合格");
            return null;
        }
        var text = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (parsed != InspectionConclusion.Qualified && text is null) errors.Add("reason", $"结论为{ConclusionLabel(parsed)}的，请写明理由");
        else if (text?.Length > ReasonLength) errors.Add("reason", $"理由不超过{ReasonLength}字");
        return text;
    }

    /// <summary>The Chinese name of a conclusion.</summary>
    public static string ConclusionLabel(InspectionConclusion c) => c switch
    {
        InspectionConclusion.Qualified => "合格",
        InspectionConclusion.BasicallyQualified => "基本合格",
        _ => "不合格",
    };

    /// <summary>The API code of a conclusion.</summary>
    public static string ConclusionCode(InspectionConclusion c) => c switch
    {
        InspectionConclusion.Qualified => "qualified",
        InspectionConclusion.BasicallyQualified => "basically-qualified",
        _ => "unqualified",
    };

    /// <summary>Reads a conclusion's API code.</summary>
    public static bool TryParseConclusion(string? code, out InspectionConclusion conclusion)
    {
        foreach (var c in Enum.GetValues<InspectionConclusion>())
        {
            if (ConclusionCode(c) == code)
            {
                conclusion = c;
                return true;
            }
        }
        conclusion = default;
        return false;
    }

    /// <summary>The API code of a due-list state.</summary>
    public static string StateCode(DueState state) => state switch
    {
        DueState.Exempt => "exempt",
        DueState.Due => "due",
        DueState.Overdue => "overdue",
        DueState.Submitted => "submitted",
        _ => "concluded",
    };

    /// <summary>Reads a due-list state's API code.</summary>
    public static bool TryParseState(string? code, out DueState state)
    {
        foreach (var s in Enum.GetValues<DueState>())
        {
            if (StateCode(s) == code)
            {
                state = s;
                return true;
            }
        }
        state = default;
        return false;
    }

    /// <summary>The API code of an inspection's status.</summary>
    public static string StatusCode(InspectionStatus status) => status == InspectionStatus.Submitted ? "submitted" : "concluded";
}
