using Minzheng.Sdk.Registry;

namespace Minzheng.E2E.Tests;

/// <summary>
/// Synthetic ID numbers under the district's code (500110) with correct GB 11643 check characters, and unified social
/// credit codes of the district's civil affairs bureau with correct GB 32100 check characters, never repeated within
/// a run: tests sharing one running system do not collide.
/// </summary>
internal static class SyntheticIds
{
    private static int _counter;
    private static int _creditCodes;

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

    /// <summary>
    /// A fresh valid credit code of a social organisation registered in the district: department 5 (civil affairs),
    /// <paramref name="category"/> (1 社会团体, 2 社会服务机构, 3 基金会), the district's code, a made-up organisation code.
    /// </summary>
    public static string NextCreditCode(char category)
    {
        var first17 = $"5{category}500110MJE{Interlocked.Increment(ref _creditCodes):D6}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    /// <summary>The same credit code with a wrong check character.</summary>
    public static string WithWrongCreditCheck(string valid) => valid[..17] + (valid[17] == '0' ? '1' : '0');
}
