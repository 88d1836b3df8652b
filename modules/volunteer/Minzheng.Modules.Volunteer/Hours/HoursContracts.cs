using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Volunteer.Hours;

/// <summary>Hours entered by the organiser (an activity without attendance, training, past service).</summary>
/// <param name="VolunteerNumber">志愿者编号.</param>
/// <param name="ActivityId">The activity, if any.</param>
/// <param name="Kind">service or training.</param>
/// <param name="Date">服务日期.</param>
/// <param name="Hours">时长 (excluding travel).</param>
/// <param name="Content">服务内容.</param>
/// <param name="Organiser">记录单位 (the activity's organiser when omitted).</param>
public sealed record NewHours(string? VolunteerNumber, Guid? ActivityId, string? Kind, DateOnly? Date, decimal? Hours, string? Content, string? Organiser);

/// <summary>A reason (退回, 驳回).</summary>
public sealed record HoursReason(string? Reason);

/// <summary>更正 or 更正申请: the hours and why.</summary>
public sealed record HoursCorrection(decimal? Hours, string? Reason);

/// <summary>What recording an activity's attendance did.</summary>
/// <param name="Recorded">Records made.</param>
/// <param name="Flagged">Of which flagged for review.</param>
/// <param name="Absent">Signed up, never checked in: no record.</param>
public sealed record AttendanceRecorded(int Recorded, int Flagged, int Absent);

/// <summary>A record in a list.</summary>
public sealed record HoursRow(Guid Id, Guid VolunteerId, string VolunteerNumber, string Name, string Kind, DateOnly Date, decimal Hours, string Content, string Organiser,
    string DivisionCode, string Status, string Flags, bool CorrectionRequested, int Version);

/// <summary>A record with its history.</summary>
public sealed record HoursView(Guid Id, Guid VolunteerId, string VolunteerNumber, string Name, Guid? ActivityId, string Kind, DateOnly Date, DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt, decimal Hours, string Content, string Organiser, string DivisionCode, string Status, string Flags, decimal? RequestedHours,
    string? RequestReason, int Version, IReadOnlyList<TimelineEntry> History);

/// <summary>The API codes of kinds and states.</summary>
public static class HoursCodes
{
    /// <summary>service or training.</summary>
    public static string Kind(HoursKind kind) => kind == HoursKind.Training ? "training" : "service";

    /// <summary>Reads a kind (service when omitted).</summary>
    public static bool TryParseKind(string? code, out HoursKind kind)
    {
        kind = code == "training" ? HoursKind.Training : HoursKind.Service;
        return code is null or "service" or "training";
    }

    /// <summary>recorded, confirmed or declined.</summary>
    public static string Status(RecordStatus status) => status switch
    {
        RecordStatus.Recorded => "recorded",
        RecordStatus.Confirmed => "confirmed",
        _ => "declined",
    };
}
