using Minzheng.Sdk.Access;

namespace Minzheng.Modules.SocialOrg.Supervision;

/// <summary>What the lists' daily job finds staff must decide.</summary>
public enum ReminderKind
{
    /// <summary>应移出活动异常名录: the cause remedied, removal due within the working days.</summary>
    RemovalDue = 1,

    /// <summary>应列入严重违法失信名单: on the 活动异常名录 for the configured years.</summary>
    EscalationDue = 2,

    /// <summary>评估等级即将到期.</summary>
    GradeExpiring = 3,
}

/// <summary>
/// A decision waiting for staff, raised once by the daily job for its subject (a list entry, an evaluation) and
/// resolved by the job when the subject no longer needs it (the entry removed, the organisation escalated, the grade
/// lapsed or renewed). Kept, not deleted, so the home page's overdue count has its due day. Carries the village.
/// </summary>
public sealed class ListReminder : ILocatedInDivision
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>What is to be decided.</summary>
    public ReminderKind Kind { get; set; }

    /// <summary>The list entry or evaluation it is about.</summary>
    public Guid SubjectId { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The organisation's village.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The day the job raised it.</summary>
    public DateOnly RaisedOn { get; set; }

    /// <summary>The day by which staff should decide (removal's last working day, escalation's day, the grade's end).</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>What the job saw (the report's day, the entry's day).</summary>
    public string Note { get; set; } = "";

    /// <summary>The day the job found it no longer needed.</summary>
    public DateOnly? ResolvedOn { get; set; }
}
