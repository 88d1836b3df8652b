namespace Minzheng.Modules.Marriage.Common;

/// <summary>
/// Which days are not working days, for the rule that a period whose last day falls on a holiday ends
/// on the next working day (民法典 art. 203). Public holidays change every year by State Council notice
/// (and make some weekends working days, 调休), so both lists come from configuration.
/// </summary>
/// <remarks>
/// Whether a plain weekend counts as a 法定休假日 for this rule is <b>unconfirmed</b> for marriage
/// registration; <see cref="WeekendsAreHolidays"/> makes it configurable (default: yes, as in the
/// general rule on time periods).
/// </remarks>
/// <param name="Holidays">Public holidays (法定节假日, including the days added to them).</param>
/// <param name="WorkingWeekendDays">Saturdays and Sundays that are working days (调休上班).</param>
/// <param name="WeekendsAreHolidays">Whether Saturdays and Sundays are rest days unless listed as working days.</param>
public sealed record HolidayCalendar(IReadOnlySet<DateOnly> Holidays, IReadOnlySet<DateOnly> WorkingWeekendDays, bool WeekendsAreHolidays = true)
{
    /// <summary>A calendar with no holidays and working weekends: every day is a working day.</summary>
    public static HolidayCalendar None { get; } = new(new HashSet<DateOnly>(), new HashSet<DateOnly>(), WeekendsAreHolidays: false);

    /// <summary>Whether <paramref name="day"/> is a working day.</summary>
    public bool IsWorkingDay(DateOnly day)
    {
        if (Holidays.Contains(day))
        {
            return false;
        }
        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return !(weekend && WeekendsAreHolidays) || WorkingWeekendDays.Contains(day);
    }

    /// <summary><paramref name="day"/> itself when it is a working day, else the next working day.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly day)
    {
        // A year without any working day would be a configuration error; stop rather than loop forever.
        for (var i = 0; i < 366; i++, day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                return day;
            }
        }
        throw new InvalidOperationException("The holiday calendar has no working day within a year.");
    }

    /// <summary>
    /// The last day of a period of <paramref name="days"/> days counted from the day after
    /// <paramref name="start"/>, moved to the next working day when it falls on a holiday.
    /// </summary>
    public DateOnly PeriodEnd(DateOnly start, int days) => OnOrNextWorkingDay(start.AddDays(days));
}
