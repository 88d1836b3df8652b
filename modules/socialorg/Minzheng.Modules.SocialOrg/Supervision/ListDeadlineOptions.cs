using Microsoft.Extensions.Configuration;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Supervision;

/// <summary>
/// The credit lists' deadlines (<c>Modules:socialorg:Lists</c>) that the daily job applies (社会组织信用信息管理办法):
/// removal from the 活动异常名录 within working days of the cause remedied, escalation to the 严重违法失信名单 after two
/// years on it, and the warning before a grade lapses.
/// </summary>
public sealed class ListDeadlineOptions
{
    /// <summary>Working days from the cause remedied within which the entry is to be removed (<c>RemovalWorkingDays</c>, default 5).</summary>
    public int RemovalWorkingDays { get; init; } = 5;

    /// <summary>Years on the 活动异常名录 after which the organisation is due for the 严重违法失信名单 (<c>EscalationYears</c>, default 2).</summary>
    public int EscalationYears { get; init; } = 2;

    /// <summary>
    /// Whether the job escalates by itself (<c>AutoEscalate</c>, default off: the listing is an administrative decision
    /// with a 决定书 and a hearing of the organisation, so staff decide from the work item).
    /// </summary>
    public bool AutoEscalate { get; init; }

    /// <summary>Days before its end from which a grade shows as expiring (<c>GradeExpiringDays</c>, default 90).</summary>
    public int GradeExpiringDays { get; init; } = 90;

    /// <summary>Working days: the module's <c>Holidays</c> and <c>WorkingWeekendDays</c> (the SDK's calendar).</summary>
    public HolidayCalendar Calendar { get; init; } = new(new HashSet<DateOnly>(), new HashSet<DateOnly>());

    /// <summary>Reads <c>Lists</c> and the module's calendar; throws with the key named when a value cannot work.</summary>
    public static ListDeadlineOptions From(IConfiguration module)
    {
        var section = module.GetSection("Lists");
        var defaults = new ListDeadlineOptions();
        var options = new ListDeadlineOptions
        {
            RemovalWorkingDays = section.GetValue("RemovalWorkingDays", defaults.RemovalWorkingDays),
            EscalationYears = section.GetValue("EscalationYears", defaults.EscalationYears),
            AutoEscalate = section.GetValue("AutoEscalate", false),
            GradeExpiringDays = section.GetValue("GradeExpiringDays", defaults.GradeExpiringDays),
            Calendar = HolidayCalendar.FromConfiguration(module),
        };
        if (options.RemovalWorkingDays is < 1 or > 60) throw new InvalidOperationException("Modules:socialorg:Lists:RemovalWorkingDays must be 1 to 60.");
        if (options.EscalationYears is < 1 or > 10) throw new InvalidOperationException("Modules:socialorg:Lists:EscalationYears must be 1 to 10.");
        if (options.GradeExpiringDays is < 1 or > 730) throw new InvalidOperationException("Modules:socialorg:Lists:GradeExpiringDays must be 1 to 730.");
        return options;
    }
}
