using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Volunteer.Hours;

/// <summary>Service or training: training hours are kept apart and never count towards stars or row 16's service.</summary>
public enum HoursKind
{
    /// <summary>志愿服务.</summary>
    Service = 1,

    /// <summary>培训.</summary>
    Training = 2,
}

/// <summary>Where a record of hours stands. Never deleted: declined or corrected, with the reason in its history.</summary>
public enum RecordStatus
{
    /// <summary>待确认.</summary>
    Recorded = 1,

    /// <summary>已确认: counts for certificates and totals.</summary>
    Confirmed = 2,

    /// <summary>已退回: kept, never counted.</summary>
    Declined = 3,
}

/// <summary>
/// 志愿服务记录: the hours of one volunteer on one day, from an activity's attendance or entered by the organiser, then
/// confirmed. Hours exclude travel: from check-in to check-out, or what the organiser enters.
/// </summary>
public sealed class ServiceRecord : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The volunteer.</summary>
    public Guid VolunteerId { get; set; }

    /// <summary>The activity, when recorded from one.</summary>
    public Guid? ActivityId { get; set; }

    /// <summary>Service or training.</summary>
    public HoursKind Kind { get; set; }

    /// <summary>服务日期 (Beijing).</summary>
    public DateOnly Date { get; set; }

    /// <summary>签到 (from attendance), when known.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>签退, when known.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>服务时长 (hours, to a tenth).</summary>
    public decimal Hours { get; set; }

    /// <summary>服务内容.</summary>
    public string Content { get; set; } = "";

    /// <summary>The village where the service took place (the activity's, or the volunteer's).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The organiser who records (and certifies) it.</summary>
    public string Organiser { get; set; } = "";

    /// <summary>Where it stands.</summary>
    public RecordStatus Status { get; set; }

    /// <summary>What a reviewer should look at (over 24 h in a day, overlapping another record, …), "；"-separated; empty when nothing.</summary>
    public string Flags { get; set; } = "";

    /// <summary>A pending correction request (更正申请) by the volunteer: the hours they ask for.</summary>
    public decimal? RequestedHours { get; set; }

    /// <summary>The volunteer's reason for the request.</summary>
    public string? RequestReason { get; set; }

    /// <summary>For a record imported from a file: what identifies its row (a hash of the source's number, or of the row), so that a file sent again adds nothing.</summary>
    public string? ImportKey { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>Its history, oldest first.</summary>
    public List<ServiceRecordStep> Steps { get; set; } = [];
}

/// <summary>One step of a record's history (记录, 确认, 退回, 更正, 更正申请 …).</summary>
public sealed class ServiceRecordStep : WorkflowStep
{
    /// <summary>The record.</summary>
    public Guid ServiceRecordId { get; set; }
}
