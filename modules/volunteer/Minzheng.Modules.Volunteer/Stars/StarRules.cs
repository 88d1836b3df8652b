using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.Stars;

/// <summary>
/// <c>Modules:volunteer:Stars</c>: the star levels (星级) and how they are awarded. Defaults: 1★ 100 h, 2★ 300, 3★ 600,
/// 4★ 1000, 5★ 1500 (志愿服务记录与证明出具办法's practice); a publicity (公示) of 5 working days before the award; hours
/// found falsified bar the volunteer from stars for 1 year (local practice says 1 to 3).
/// </summary>
public sealed class StarOptions
{
    /// <summary>The confirmed service hours each level needs, 1★ first.</summary>
    public IReadOnlyList<decimal> Thresholds { get; init; } = [100m, 300m, 600m, 1000m, 1500m];

    /// <summary>公示 in working days, 0 to 30.</summary>
    public int PublicityWorkingDays { get; init; } = 5;

    /// <summary>Years a volunteer is barred from stars after falsified hours, 1 to 5.</summary>
    public int BarYears { get; init; } = 1;

    /// <summary>Whether the platform runs the star run by itself (every 6 hours); off, staff start it.</summary>
    public bool ScheduledRun { get; init; } = true;

    /// <summary>
    /// The working days the publicity is counted in: <c>Modules:volunteer:Holidays</c>, <c>WorkingWeekendDays</c>,
    /// <c>WeekendsAreHolidays</c> (the SDK's <see cref="HolidayCalendar.FromConfiguration"/>).
    /// </summary>
    public HolidayCalendar Calendar { get; init; } = new(new HashSet<DateOnly>(), new HashSet<DateOnly>());

    /// <summary>What is wrong with the options, or null.</summary>
    public string? Problem() =>
        Thresholds.Count is < 1 or > 10 ? "Thresholds: 1 to 10 levels"
        : Thresholds[0] <= 0 || Thresholds.Zip(Thresholds.Skip(1)).Any(p => p.Second <= p.First) ? "Thresholds must be positive and rising"
        : PublicityWorkingDays is < 0 or > 30 ? "PublicityWorkingDays must be 0 to 30"
        : BarYears is < 1 or > 5 ? "BarYears must be 1 to 5"
        : null;
}

/// <summary>The stars' rules: plain C#, no web, no database.</summary>
public static class StarRules
{
    /// <summary>The level <paramref name="confirmedServiceHours"/> reach (0 below 1★). Training hours never count.</summary>
    public static int LevelFor(decimal confirmedServiceHours, StarOptions options) => options.Thresholds.Count(t => confirmedServiceHours >= t);

    /// <summary>
    /// The level to propose for a volunteer, or null: one above what they hold (awarded or in publicity), not while a
    /// publicity is running, not while barred.
    /// </summary>
    /// <param name="level">What their confirmed service hours reach.</param>
    /// <param name="held">The highest level awarded or in publicity (0 for none).</param>
    /// <param name="inPublicity">Whether a proposal is in its publicity.</param>
    /// <param name="barredUntil">The last day of a bar, if any.</param>
    /// <param name="today">Today (Beijing).</param>
    public static int? Proposal(int level, int held, bool inPublicity, DateOnly? barredUntil, DateOnly today) =>
        inPublicity || barredUntil >= today || level <= held ? null : level;

    /// <summary>The last day of the publicity of a proposal made on <paramref name="proposedOn"/>; awarded the day after.</summary>
    public static DateOnly PublicityEnds(DateOnly proposedOn, StarOptions options) => options.Calendar.AddWorkingDays(proposedOn, options.PublicityWorkingDays);

    /// <summary>Whether a proposal whose publicity ends on <paramref name="publicityEndsOn"/> is awarded on <paramref name="today"/>.</summary>
    public static bool Due(DateOnly publicityEndsOn, DateOnly today) => today > publicityEndsOn;

    /// <summary>Stars as staff read them (★★★).</summary>
    public static string Text(int level) => level <= 0 ? "无" : new string('★', level);
}
