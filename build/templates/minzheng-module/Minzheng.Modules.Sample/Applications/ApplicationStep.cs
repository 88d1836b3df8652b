namespace Minzheng.Modules.Sample.Applications;

/// <summary>One step of an application's history (受理, 办结): what, when, by whom.</summary>
public sealed class ApplicationStep
{
    /// <summary>Step id.</summary>
    public Guid Id { get; set; }

    /// <summary>The application.</summary>
    public Guid ApplicationId { get; set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>What happened, as staff read it.</summary>
    public string Title { get; set; } = "";

    /// <summary>Staff account id of who did it.</summary>
    public string StaffId { get; set; } = "";

    /// <summary>That staff member's name at the time.</summary>
    public string StaffName { get; set; } = "";

    /// <summary>A remark, if any.</summary>
    public string? Note { get; set; }
}
