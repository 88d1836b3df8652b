using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Marriage;

/// <summary>Which of the marriage module's events still tell the registry something new. Plain C#.</summary>
internal static class MaritalStatusRules
{
    /// <summary>
    /// Whether an event saying <paramref name="status"/> from <paramref name="effectiveOn"/> replaces the
    /// recorded <paramref name="current"/> status, in effect since <paramref name="since"/>. Events may
    /// arrive out of order (a failed delivery is retried after later ones), so arrival says nothing:
    /// an event dated before the recorded status is older news. On the same day a marriage comes after a
    /// divorce — one may remarry the day one divorces, never divorce the day one marries (the 30-day
    /// cooling-off) —, so a divorce does not replace a marriage of its own day. A status without a date
    /// (recorded by staff or an import) is replaced by any event.
    /// </summary>
    public static bool Replaces(MaritalStatus status, DateOnly effectiveOn, MaritalStatus current, DateOnly? since)
    {
        if (status == current && effectiveOn == since)
        {
            return false; // the same fact again: a redelivery
        }
        if (since is not { } recorded)
        {
            return true;
        }
        if (effectiveOn != recorded)
        {
            return effectiveOn > recorded;
        }
        return !(status == MaritalStatus.Divorced && current == MaritalStatus.Married);
    }
}
