using Microsoft.Extensions.Configuration;
using Minzheng.Sdk.Time;

namespace Minzheng.Sdk.Tests.Time;

public sealed class HolidayCalendarTests
{
    // 2026 Labour Day: 05-01..05-05 off, Saturday 05-09 a working day (调休).
    private static HolidayCalendar Calendar(params (string Key, string? Value)[] settings) => HolidayCalendar.FromConfiguration(
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build());

    private static readonly HolidayCalendar LabourDay = Calendar(("Holidays:0", "2026-05-01..2026-05-05"), ("WorkingWeekendDays:0", "2026-05-09"));

    [Fact]
    public void Ranges_holidays_and_working_weekends_are_read_from_configuration()
    {
        Assert.False(LabourDay.IsWorkingDay(new DateOnly(2026, 5, 1)));
        Assert.False(LabourDay.IsWorkingDay(new DateOnly(2026, 5, 5)));
        Assert.True(LabourDay.IsWorkingDay(new DateOnly(2026, 5, 6)));
        Assert.True(LabourDay.IsWorkingDay(new DateOnly(2026, 5, 9))); // a Saturday worked
        Assert.False(LabourDay.IsWorkingDay(new DateOnly(2026, 5, 10))); // a Sunday
    }

    [Fact]
    public void Working_days_skip_weekends_and_holidays()
    {
        // From Thursday 04-30: 05-06 (Wed), 05-07, 05-08, 05-09 (working Saturday), 05-11 (Mon).
        Assert.Equal(new DateOnly(2026, 5, 11), LabourDay.AddWorkingDays(new DateOnly(2026, 4, 30), 5));
        // From a Friday without holidays: Mon..Fri of the next week.
        Assert.Equal(new DateOnly(2026, 6, 12), LabourDay.AddWorkingDays(new DateOnly(2026, 6, 5), 5));
        Assert.Equal(new DateOnly(2026, 6, 5), LabourDay.AddWorkingDays(new DateOnly(2026, 6, 5), 0));
    }

    [Fact]
    public void Weekends_may_be_working_days_by_configuration()
    {
        var calendar = Calendar(("WeekendsAreHolidays", "false"));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 6, 6)));
        Assert.Equal(new DateOnly(2026, 6, 10), calendar.AddWorkingDays(new DateOnly(2026, 6, 5), 5));
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-05-05..2026-05-01")]
    [InlineData("2026-05-01..2026-05-02..2026-05-03")]
    public void A_malformed_entry_is_refused_naming_it(string entry)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Calendar(("Holidays:0", entry)));
        Assert.Contains("Holidays:0", error.Message);
    }
}
