using Minzheng.Sdk.Registry;

namespace Minzheng.Sdk.Testing;

/// <summary>
/// Synthetic identifiers for a module's tests: ID numbers (GB 11643) under the default district's code and unified
/// social credit codes (GB 32100) of its civil affairs bureau, each with a correct check character, never repeated
/// within a test run, so that tests sharing one host do not collide; and the same identifiers made wrong on purpose.
/// Never real people's or organisations' numbers: the sequence codes are made up.
/// </summary>
/// <remarks>Since SDK 2.4.0.</remarks>
public static class SyntheticIds
{
    /// <summary>The division code the numbers are issued under (万盛经开区, the test kit's first district).</summary>
    public const string DivisionCode = "500110";

    // Numbers come in pairs, a woman and a man born the same day (the sequence code's parity gives the sex), so that
    // two calls in a row make a couple; the pairs' birthdays cycle over ~49 years (1950-01-01 to 1999-04) and the
    // sequence code moves on after each cycle, within 100–549. Numbers for a given birthday use 550–999.
    private const int Days = 18_000;
    private static readonly DateOnly FirstBirthday = new(1950, 1, 1);
    private static int _adults = -1;
    private static int _born = -1;
    private static int _creditCodes;

    /// <summary>A fresh valid ID number of an adult (born 1950–1999), a new one each call; calls alternate woman, man.</summary>
    public static string NextIdNumber()
    {
        var n = Interlocked.Increment(ref _adults);
        var pair = n / 2;
        return IdNumberOf(FirstBirthday.AddDays(pair % Days), 100 + 2 * (pair / Days % 225) + n % 2);
    }

    /// <summary>A fresh valid ID number of someone born on <paramref name="birth"/> (a minor, someone of an exact age).</summary>
    public static string IdNumberBorn(DateOnly birth) => IdNumberOf(birth, 550 + Interlocked.Increment(ref _born) % 450);

    /// <summary>
    /// The valid ID number of someone born on <paramref name="birth"/> with the sequence code <paramref name="sequence"/>
    /// (0–999; odd for a man, even for a woman) under <paramref name="division"/>. Not unique by itself: for a test that
    /// needs a particular sex, place or sequence.
    /// </summary>
    public static string IdNumberOf(DateOnly birth, int sequence, string division = DivisionCode)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999);
        var first17 = $"{division}{birth:yyyyMMdd}{sequence:D3}";
        return first17 + IdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>
    /// A fresh valid credit code of a social organisation registered by the district's bureau: department 5 (civil
    /// affairs), <paramref name="category"/> (1 社会团体, 2 社会服务机构, 3 基金会, 9 other), the district's code, a made-up
    /// organisation code.
    /// </summary>
    public static string NextCreditCode(char category = '1')
    {
        var first17 = $"5{category}{DivisionCode}MJT{Interlocked.Increment(ref _creditCodes):D6}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    /// <summary>
    /// The same 18-character ID number or credit code with a check character that is always wrong (a fixed wrong
    /// character would be the right one for some numbers, and a test that draws one would pass for the wrong reason).
    /// </summary>
    public static string WithWrongCheck(string valid)
    {
        ArgumentException.ThrowIfNullOrEmpty(valid);
        return valid[..^1] + (valid[^1] == '0' ? '1' : '0');
    }

    /// <summary>How the API shows an ID number to a caller who may not see it in full (first 6, last 4).</summary>
    public static string Masked(string idNumber) => idNumber[..6] + "********" + idNumber[14..];
}
