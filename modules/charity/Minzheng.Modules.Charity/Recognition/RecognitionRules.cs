using System.Globalization;
using Minzheng.Modules.Charity.Organisations;

namespace Minzheng.Modules.Charity.Recognition;

/// <summary>Recognition's rules in plain C#: the deadline, the refusal grounds, the decision.</summary>
public static class RecognitionRules
{
    /// <summary>The longest purpose.</summary>
    public const int PurposeLength = 1000;

    /// <summary>The longest reasons.</summary>
    public const int ReasonsLength = 2000;

    /// <summary>The last day for the decision on an application accepted on <paramref name="acceptedOn"/>.</summary>
    public static DateOnly DueOn(DateOnly acceptedOn, bool newRegistration, RecognitionOptions options)
    {
        var days = newRegistration ? options.NewRegistrationDays : options.ExistingDays;
        return options.WorkingDays ? options.Calendar.AddWorkingDays(acceptedOn, days) : acceptedOn.AddDays(days);
    }

    /// <summary>on-time, near (within the warning days) or overdue, for a pending application on <paramref name="today"/>.</summary>
    public static string Deadline(DateOnly dueOn, DateOnly today, RecognitionOptions options) =>
        today > dueOn ? "overdue" : today.AddDays(options.WarnDays) >= dueOn ? "near" : "on-time";

    /// <summary>Why the organisation may not apply at all (not a question of grounds), or null.</summary>
    public static string? RefuseApplication(KnownOrganisation organisation, bool pendingExists)
    {
        if (organisation.DeregisteredOn is not null) return $"{organisation.Name}已于{organisation.DeregisteredOn:yyyy-MM-dd}注销登记，不能申请认定。";
        if (organisation.RecognisedOn is not null) return $"{organisation.Name}已于{organisation.RecognisedOn:yyyy-MM-dd}认定为慈善组织。";
        if (!OrganisationRules.Types.ContainsKey(organisation.Type)) return "只有基金会、社会团体、社会服务机构可以申请认定为慈善组织。";
        return pendingExists ? $"{organisation.Name}已有一份待决定的认定申请。" : null;
    }

    /// <summary>
    /// The refusal grounds (慈善组织认定办法) found on <paramref name="day"/>: a penalty in the configured years before the
    /// application, an entry on a credit list in force, a purpose that is not charitable, last year's ratios outside the
    /// thresholds (an existing organisation). Empty when none.
    /// </summary>
    public static IReadOnlyList<string> Grounds(RecognitionApplication application, IEnumerable<CreditListEntry> entries, IEnumerable<PenaltyRecord> penalties,
        DateOnly day, RecognitionOptions options)
    {
        var grounds = new List<string>();
        var since = application.AcceptedOn.AddYears(-options.PenaltyYears);
        foreach (var p in penalties.Where(p => p.DecidedOn >= since && p.DecidedOn <= day).OrderBy(p => p.DecidedOn))
        {
            grounds.Add($"申请前{options.PenaltyYears}年内受到行政处罚（{p.DecidedOn:yyyy-MM-dd}）");
        }
        foreach (var e in OrganisationRules.ListedOn(entries, day).OrderBy(e => e.EnteredOn))
        {
            grounds.Add($"已列入{OrganisationRules.ListName(e.List)}（{e.EnteredOn:yyyy-MM-dd}，{e.Cause}）");
        }
        if (!application.CharitablePurpose) grounds.Add("章程规定的宗旨不是以开展慈善活动为宗旨");
        if (!application.NewRegistration && application.LastYearSpending is > 0 and var spending)
        {
            var charitable = (application.LastYearCharitableSpending ?? 0) / spending;
            var management = (application.LastYearManagementCosts ?? 0) / spending;
            if (charitable < options.MinCharitableShare)
                grounds.Add($"上年度慈善活动支出占支出合计{Percent(charitable, up: false)}，低于{Percent(options.MinCharitableShare)}");
            if (management > options.MaxManagementShare)
                grounds.Add($"上年度管理费用占支出合计{Percent(management, up: true)}，高于{Percent(options.MaxManagementShare)}");
        }
        return grounds;
    }

    /// <summary>
    /// A share as staff read it (70.00%), rounded away from the threshold it failed (<paramref name="up"/> for one above a
    /// maximum), so that a share just under 70% never reads as 70.00%.
    /// </summary>
    public static string Percent(decimal share, bool? up = null)
    {
        var hundredths = share * 10_000;
        var rounded = up switch { true => Math.Ceiling(hundredths), false => Math.Floor(hundredths), null => Math.Round(hundredths) } / 100;
        return rounded.ToString("0.00", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>Why recognising now is refused (the grounds found), or null; a refusal needs only its reasons.</summary>
    public static string? RefuseRecognition(RecognitionStatus status, IReadOnlyList<string> grounds)
    {
        if (status != RecognitionStatus.Pending) return "这份申请已经作出决定。";
        return grounds.Count == 0 ? null : "存在不予认定的情形：" + string.Join("；", grounds) + "。";
    }
}
