using Minzheng.Sdk.Time;

namespace Minzheng.Platform.Audit.Checkpoints;

/// <summary>
/// Which checkpoints are kept, so that the store stays small (about 48 + 90 + 12 a year per district) while
/// still anchoring every part of the chain: every one of the last 48 hours, then the last of each (Beijing)
/// day for 90 days, then the last of each month, for good. The newest is always kept; a checkpoint that
/// cannot be read or verified is never removed here (it is evidence).
/// </summary>
public static class CheckpointRetention
{
    /// <summary>Checkpoints of the last this long are all kept.</summary>
    public static readonly TimeSpan AllWithin = TimeSpan.FromHours(48);

    /// <summary>After <see cref="AllWithin"/>, one a day is kept for this long; one a month after that.</summary>
    public static readonly TimeSpan DailyWithin = TimeSpan.FromDays(90);

    /// <summary>The names, among <paramref name="checkpoints"/> (valid ones), that the rule no longer keeps at <paramref name="now"/>.</summary>
    public static IReadOnlyList<string> ToRemove(IEnumerable<(string Name, DateTimeOffset At)> checkpoints, DateTimeOffset now)
    {
        var newestFirst = checkpoints.OrderByDescending(c => c.At).ToList();
        var keptPeriods = new HashSet<string>();
        var remove = new List<string>();
        for (var i = 0; i < newestFirst.Count; i++)
        {
            var (name, at) = newestFirst[i];
            var age = now - at;
            if (age <= AllWithin)
            {
                continue;
            }
            var day = BeijingTime.DateOf(at);
            // The newest of each period is met first, kept, and marks its period; the newest of all is kept anyway.
            var period = age <= DailyWithin ? $"d{day:yyyy-MM-dd}" : $"m{day:yyyy-MM}";
            if (!keptPeriods.Add(period) && i > 0)
            {
                remove.Add(name);
            }
        }
        return remove;
    }
}
