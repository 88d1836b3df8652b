using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Marriage.Tests.Support;

/// <summary>Synthetic ID numbers with valid check characters: never a real person's.</summary>
internal static class TestIds
{
    private static int _counter;

    /// <summary>A fresh number of a man or a woman born on <paramref name="birth"/> (sequence parity gives the sex).</summary>
    public static string Person(DateOnly birth, bool male, string address = "500110")
    {
        var n = Interlocked.Increment(ref _counter) % 450;
        var sequence = n * 2 + (male ? 1 : 2);
        return Make(birth, sequence, address);
    }

    /// <summary>A man aged about 30 on 2026-03-02.</summary>
    public static string Man(string address = "500110") => Person(new DateOnly(1996, 1, 1).AddDays(Interlocked.Increment(ref _counter) % 300), true, address);

    /// <summary>A woman aged about 28 on 2026-03-02.</summary>
    public static string Woman(string address = "500110") => Person(new DateOnly(1998, 1, 1).AddDays(Interlocked.Increment(ref _counter) % 300), false, address);

    public static string Make(DateOnly birth, int sequence, string address = "500110") => SyntheticIds.IdNumberOf(birth, sequence, address);

    public static IdNumber Parse(string value) => IdNumber.Parse(value, new DateOnly(2100, 1, 1));

    /// <summary>The legacy 15-digit form of an 18-character number of someone born in the 1900s.</summary>
    public static string Legacy(string eighteen) => eighteen[..6] + eighteen[8..17];
}
