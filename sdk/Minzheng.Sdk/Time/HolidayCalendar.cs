using Microsoft.Extensions.Configuration;

namespace Minzheng.Sdk.Time;

/// <summary>
/// Which days are working days (工作日): for a period whose last day falls on a holiday and ends on the next working
/// day (民法典 art. 203), or a publicity period counted in working days. Public holidays change every year by State
/// Council notice (and make some weekends working days, 调休), so both lists come from configuration
/// (<see cref="FromConfiguration"/>). Since SDK 2.2.0 (before, the marriage module's own).
/// </summary>
/// <param name="Holidays">Public holidays (法定节假日, including the days added to them).</param>
/// <param name="WorkingWeekendDays">Saturdays and Sundays that are working days (调休上班).</param>
/// <param name="WeekendsAreHolidays">
/// Whether Saturdays and Sundays are rest days unless listed as working days (a module where that is unconfirmed
/// for its rule leaves it configurable).
/// </param>
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

    /// <summary>
    /// The working day that ends a period of <paramref name="days"/> working days counted from the day after
    /// <paramref name="start"/> (a publicity of 5 working days from a Friday ends on the next Thursday).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        for (var i = 0; i < days; i++)
        {
            day = OnOrNextWorkingDay(day.AddDays(1));
        }
        return day;
    }

    /// <summary>
    /// The calendar a configuration section describes: <c>Holidays</c> and <c>WorkingWeekendDays</c> are lists of
    /// days (<c>2026-05-01</c>) or inclusive ranges (<c>2026-10-01..2026-10-07</c>), <c>WeekendsAreHolidays</c> a
    /// boolean (default true). An empty section is a calendar with weekends as its only rest days.
    /// </summary>
    /// <exception cref="InvalidOperationException">An entry is not a date or a range; the message names it.</exception>
    public static HolidayCalendar FromConfiguration(IConfiguration section) => new(
        Dates(section.GetSection("Holidays")),
        Dates(section.GetSection("WorkingWeekendDays")),
        !bool.TryParse(section["WeekendsAreHolidays"], out var weekends) || weekends);

    private static HashSet<DateOnly> Dates(IConfigurationSection section)
    {
        var days = new HashSet<DateOnly>();
        foreach (var entry in section.GetChildren())
        {
            var text = entry.Value ?? "";
            if (string.IsNullOrWhiteSpace(text))
            {
                continue; // an entry blanked by a later configuration source
            }
            var parts = text.Split("..", StringSplitOptions.TrimEntries);
            if (!DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", out var from)
                || !DateOnly.TryParseExact(parts[^1], "yyyy-MM-dd", out var to) || parts.Length > 2 || to < from)
            {
                throw new InvalidOperationException($"{entry.Path}: '{text}' is not a date (yyyy-MM-dd) or a range (yyyy-MM-dd..yyyy-MM-dd).");
            }
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                days.Add(day);
            }
        }
        return days;
    }
}
