namespace Minzheng.Modules.SocialOrg.Supervision;

/// <summary>
/// The deadlines of 社会组织信用信息管理办法 the daily job applies: removal within working days of the cause remedied
/// (art. 15), escalation after the years on the 活动异常名录 (art. 10), and a grade's end approaching. Plain C#.
/// </summary>
public static class ListDeadlineRules
{
    /// <summary>The last working day to remove an entry whose cause was remedied on <paramref name="remediedOn"/>.</summary>
    public static DateOnly RemovalDue(DateOnly remediedOn, ListDeadlineOptions options) =>
        options.Calendar.AddWorkingDays(remediedOn, options.RemovalWorkingDays);

    /// <summary>The day an entry still on the 活动异常名录 is due for the 严重违法失信名单.</summary>
    public static DateOnly EscalationDue(DateOnly enteredOn, ListDeadlineOptions options) => enteredOn.AddYears(options.EscalationYears);

    /// <summary>Whether an active 活动异常名录 entry is due for escalation on <paramref name="today"/>.</summary>
    public static bool DueForEscalation(CreditListEntry entry, DateOnly today, ListDeadlineOptions options) =>
        entry.List == CreditList.Abnormal && entry.RemovedOn is null && EscalationDue(entry.EnteredOn, options) <= today;

    /// <summary>Whether a grade valid until <paramref name="validUntil"/> shows as expiring on <paramref name="today"/>.</summary>
    public static bool Expiring(DateOnly validUntil, DateOnly today, ListDeadlineOptions options) =>
        today <= validUntil && validUntil.AddDays(-options.GradeExpiringDays) <= today;

    /// <summary>The cause the 严重违法失信名单 entry names when an organisation is escalated.</summary>
    public static string EscalationCause(ListDeadlineOptions options) => $"被列入活动异常名录满{options.EscalationYears}年";

    /// <summary>The API code of a reminder's kind.</summary>
    public static string KindCode(ReminderKind kind) => kind switch
    {
        ReminderKind.RemovalDue => "removal-due",
        ReminderKind.EscalationDue => "escalation-due",
        _ => "grade-expiring",
    };

    /// <summary>The Chinese name of a reminder's kind.</summary>
    public static string KindLabel(ReminderKind kind) => kind switch
    {
        ReminderKind.RemovalDue => "应移出活动异常名录",
        ReminderKind.EscalationDue => "应列入严重违法失信名单",
        _ => "评估等级即将到期",
    };
}
