namespace Minzheng.Modules.Sample.Applications;

/// <summary>Where an application stands.</summary>
public enum ApplicationStatus
{
    /// <summary>受理, waiting to be closed.</summary>
    Submitted = 0,

    /// <summary>办结.</summary>
    Closed = 1,
}

/// <summary>The codes of <see cref="ApplicationStatus"/> in the API and the pages (<c>submitted</c>, <c>closed</c>).</summary>
public static class ApplicationStatuses
{
    private static readonly (ApplicationStatus Status, string Code, string Label)[] All =
    [
        (ApplicationStatus.Submitted, "submitted", "待办结"),
        (ApplicationStatus.Closed, "closed", "已办结"),
    ];

    /// <summary>The API code of <paramref name="status"/>.</summary>
    public static string Code(ApplicationStatus status) => All.First(s => s.Status == status).Code;

    /// <summary>What staff read for <paramref name="status"/>.</summary>
    public static string Label(ApplicationStatus status) => All.First(s => s.Status == status).Label;

    /// <summary>The status of an API code.</summary>
    public static bool TryParse(string? code, out ApplicationStatus status)
    {
        var match = All.FirstOrDefault(s => s.Code == code);
        status = match.Status;
        return match.Code is not null;
    }
}
