using Minzheng.Sdk.Registry;

namespace Minzheng.E2E.Tests;

/// <summary>
/// Synthetic ID numbers under the district's code (500110) with correct GB 11643 check characters,
/// never repeated within a run: tests sharing one running system do not collide.
/// </summary>
internal static class SyntheticIds
{
    private static int _counter;

    /// <summary>A fresh valid number, born some day from 1955 on.</summary>
    public static string Next()
    {
        var n = Interlocked.Increment(ref _counter);
        return Make(new DateOnly(1955, 3, 1).AddDays(n * 13), 200 + n);
    }

    public static string Make(DateOnly birth, int sequence)
    {
        var first17 = $"500110{birth:yyyyMMdd}{sequence % 1000:D3}";
        return first17 + IdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>The same number with a wrong check character.</summary>
    public static string WithWrongCheck(string valid) => valid[..17] + (valid[17] == '0' ? '1' : '0');

    /// <summary>How the API shows it to a caller who may not see it in full.</summary>
    public static string Masked(string valid) => valid[..6] + "********" + valid[14..];
}
