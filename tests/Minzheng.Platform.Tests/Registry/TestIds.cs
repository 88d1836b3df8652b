using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry;

/// <summary>Valid, never-repeated synthetic ID numbers, so tests sharing a host do not collide.</summary>
internal static class TestIds
{
    private static int _counter;

    /// <summary>A fresh valid number under 500110, born some day from 1950 on.</summary>
    public static string Next(bool male = true)
    {
        var n = Interlocked.Increment(ref _counter);
        return SyntheticIds.IdNumberOf(new DateOnly(1950, 1, 1).AddDays(n * 7), male ? 123 : 124);
    }

    /// <summary>A name no other test uses, as a name may be: letters only (the hex of a new GUID written as 甲乙… characters).</summary>
    public static string UniqueName(string prefix) =>
        prefix + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('甲' + Convert.ToInt32(c.ToString(), 16))));
}
