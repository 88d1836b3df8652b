namespace Minzheng.Sdk.Data;

/// <summary>
/// One step in the history of a case that moves through a workflow (受理, 审核通过, 不予登记, …): what happened,
/// when, by whom. A module derives its step entity from it, adds the key of its case (e.g. <c>ApplicationId</c>) and
/// maps it in its DbContext like any entity; every module's history then has the same shape, columns and meaning.
/// </summary>
/// <remarks>
/// Steps are only ever added, never changed. <see cref="At"/> is an instant (stored in UTC like every point in
/// time, see <see cref="InstantConventions"/>): order a history by it, and show it in Beijing time.
/// </remarks>
public abstract class WorkflowStep
{
    /// <summary>Step id.</summary>
    public Guid Id { get; set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>What happened, as staff read it (受理, 镇街审核通过, 冷静期届满, …).</summary>
    public string Title { get; set; } = "";

    /// <summary>Staff account id of who did it (<see cref="Access.StaffMember.System"/>'s id for the platform's jobs).</summary>
    public string StaffId { get; set; } = "";

    /// <summary>That staff member's name at the time.</summary>
    public string StaffName { get; set; } = "";

    /// <summary>A reason or remark, if any.</summary>
    public string? Note { get; set; }
}
