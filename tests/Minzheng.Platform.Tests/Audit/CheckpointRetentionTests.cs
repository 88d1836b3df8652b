using Minzheng.Platform.Audit.Checkpoints;

namespace Minzheng.Platform.Tests.Audit;

/// <summary>How checkpoints are thinned: all of two days, one a day for 90 days, one a month after, the newest always.</summary>
public sealed class CheckpointRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_checkpoint_of_the_last_two_days_is_kept()
    {
        var hourly = Enumerable.Range(0, 48).Select(h => ($"h{h}", Now.AddHours(-h))).ToList();

        Assert.Empty(CheckpointRetention.ToRemove(hourly, Now));
    }

    [Fact]
    public void Older_ones_keep_the_last_of_each_day_then_of_each_month()
    {
        // Hourly for 200 days.
        var hourly = Enumerable.Range(0, 200 * 24).Select(h => ($"h{h}", Now.AddHours(-h))).ToList();

        var removed = CheckpointRetention.ToRemove(hourly, Now).ToHashSet();
        var kept = hourly.Where(c => !removed.Contains(c.Item1)).ToList();

        Assert.Contains(kept, c => c.Item1 == "h0");
        // 48 hours, about 88 days (one each), and one for each month beyond 90 days.
        Assert.InRange(kept.Count, 48 + 86, 48 + 90 + 5);
        Assert.Equal(kept.Count(c => Now - c.Item2 > CheckpointRetention.DailyWithin),
            kept.Where(c => Now - c.Item2 > CheckpointRetention.DailyWithin).Select(c => c.Item2.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM")).Distinct().Count());
        // The kept one of a (Beijing) day is its last: 100 hours ago is 11-29 08:00 in Beijing, whose last is 23:00, 85 hours ago.
        Assert.Contains(kept, c => c.Item1 == "h85");
        Assert.DoesNotContain(kept, c => c.Item1 is "h86" or "h100");
    }

    [Fact]
    public void The_newest_is_kept_however_old()
    {
        var stale = new[] { ("a", Now.AddDays(-400)), ("b", Now.AddDays(-400).AddHours(-1)) };

        Assert.Equal(["b"], CheckpointRetention.ToRemove(stale, Now));
    }
}
