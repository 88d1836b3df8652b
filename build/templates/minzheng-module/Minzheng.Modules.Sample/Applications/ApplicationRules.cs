using Minzheng.Modules.Sample.Events;

namespace Minzheng.Modules.Sample.Applications;

/// <summary>
/// What may happen to an application, in plain C# (no web, no database): the endpoints ask these rules and
/// turn a refusal into a problem; the rules test calls them directly.
/// </summary>
public static class ApplicationRules
{
    /// <summary>The longest 申请人姓名.</summary>
    public const int NameLength = 50;

    /// <summary>The longest 申请事项.</summary>
    public const int SubjectLength = 200;

    /// <summary>The longest 办结意见.</summary>
    public const int OutcomeLength = 500;

    /// <summary>Why the application may not be closed now, or null when it may.</summary>
    public static string? RefuseClose(ApplicationStatus status) =>
        status == ApplicationStatus.Submitted ? null : $"申请当前为“{ApplicationStatuses.Label(status)}”，只有待办结的申请可以办结。";

    /// <summary>Closes the application on <paramref name="today"/>; returns the event that tells other modules.</summary>
    /// <exception cref="InvalidOperationException">It may not be closed (<see cref="RefuseClose"/>).</exception>
    public static ApplicationClosed Close(Application application, DateOnly today, string outcome)
    {
        if (RefuseClose(application.Status) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }
        application.Status = ApplicationStatus.Closed;
        application.ClosedOn = today;
        application.Outcome = outcome;
        return new ApplicationClosed(application.Id, application.DivisionCode, today);
    }
}
