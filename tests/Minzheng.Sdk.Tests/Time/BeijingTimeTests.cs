using Minzheng.Sdk.Time;

namespace Minzheng.Sdk.Tests.Time;

public sealed class BeijingTimeTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Today_is_the_date_in_Beijing_not_at_Greenwich() =>
        Assert.Equal(new DateOnly(2026, 6, 1), new FixedClock(new DateTimeOffset(2026, 5, 31, 16, 0, 0, TimeSpan.Zero)).BeijingToday());

    [Fact]
    public void Just_before_midnight_in_Beijing_it_is_still_the_same_day() =>
        Assert.Equal(new DateOnly(2026, 5, 31), new FixedClock(new DateTimeOffset(2026, 5, 31, 15, 59, 59, TimeSpan.Zero)).BeijingToday());

    [Fact]
    public void Now_carries_the_Beijing_offset_and_the_same_instant()
    {
        var utc = new DateTimeOffset(2026, 1, 1, 0, 30, 0, TimeSpan.Zero);
        var now = new FixedClock(utc).BeijingNow();
        Assert.Equal(TimeSpan.FromHours(8), now.Offset);
        Assert.Equal(utc, now);
        Assert.Equal(8, now.Hour);
    }

    [Fact]
    public void A_day_starts_at_midnight_Beijing_which_is_16_00_UTC_the_day_before() =>
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 16, 0, 0, TimeSpan.Zero), BeijingTime.StartOf(new DateOnly(2026, 3, 1)));

    [Fact]
    public void Times_are_formatted_as_staff_read_them() =>
        Assert.Equal("2026-03-02 01:05:09", BeijingTime.Format(new DateTimeOffset(2026, 3, 1, 17, 5, 9, TimeSpan.Zero)));
}
