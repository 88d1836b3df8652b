namespace Minzheng.Sdk.Data;

/// <summary>
/// One line of a record's history as staff read it: what happened, when, by whom, why. The field names are the
/// ones the web UI's <see cref="Ui.Timeline"/> reads by default (<c>at</c>, <c>title</c>, <c>by</c>, <c>note</c>), so a detail
/// page shows a history with <c>Timeline = new Timeline("history")</c>.
/// </summary>
/// <param name="At">When it happened.</param>
/// <param name="Title">What happened (受理, 撤回, 撤销登记, …).</param>
/// <param name="By">Who did it (staff name; 系统 for the platform).</param>
/// <param name="Note">A reason or remark.</param>
public sealed record TimelineEntry(DateTimeOffset At, string Title, string By, string? Note)
{
    /// <summary>The entry of a workflow step.</summary>
    public static TimelineEntry Of(WorkflowStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new TimelineEntry(step.At, step.Title, step.StaffName, step.Note);
    }
}

/// <summary>Histories of workflow steps.</summary>
public static class TimelineExtensions
{
    /// <summary>The steps as a history, earliest first.</summary>
    public static IReadOnlyList<TimelineEntry> ToTimeline(this IEnumerable<WorkflowStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return steps.OrderBy(s => s.At).Select(TimelineEntry.Of).ToList();
    }
}
