namespace Minzheng.Modules.Disability.AnnualReview;

/// <summary>The outcome of a 年审.</summary>
public enum ReviewOutcome
{
    /// <summary>继续享受: nothing changed.</summary>
    Continue = 1,
    /// <summary>调整: still eligible, on a changed certificate (grade, hence amount, from the next roster on).</summary>
    Adjust = 2,
    /// <summary>停发: no longer eligible (or by request); stops from next month.</summary>
    Stop = 3,
}

/// <summary>Who is due for review and which outcome fits. Plain C#.</summary>
public static class AnnualReviewRules
{
    /// <summary>Reads <c>continue</c>, <c>adjust</c> or <c>stop</c>.</summary>
    public static bool TryParse(string? code, out ReviewOutcome outcome)
    {
        outcome = code switch { "continue" => ReviewOutcome.Continue, "adjust" => ReviewOutcome.Adjust, "stop" => ReviewOutcome.Stop, _ => default };
        return outcome != default;
    }

    /// <summary>Whether an entitlement whose next review is <paramref name="nextReviewOn"/> is due by <paramref name="dueBy"/>.</summary>
    public static bool IsDue(DateOnly? nextReviewOn, DateOnly dueBy) => nextReviewOn is { } next && next <= dueBy;

    /// <summary>
    /// Why <paramref name="outcome"/> does not fit what the registry says today, or null when it does. Someone no
    /// longer eligible can only be stopped; a changed grade must be an adjustment, an unchanged one a continuation.
    /// </summary>
    public static string? Refuse(ReviewOutcome outcome, bool eligible, int currentGrade, int? certifiedGrade) => outcome switch
    {
        ReviewOutcome.Stop => null,
        _ when !eligible => "此人已不符合条件，年审结论只能为停发",
        ReviewOutcome.Continue when certifiedGrade != currentGrade => $"残疾等级已由{currentGrade}级变为{certifiedGrade}级，年审结论应为调整",
        ReviewOutcome.Adjust when certifiedGrade == currentGrade => "残疾等级没有变化，年审结论应为继续享受",
        _ => null,
    };
}
