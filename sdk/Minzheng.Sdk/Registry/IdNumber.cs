using System.Diagnostics.CodeAnalysis;

namespace Minzheng.Sdk.Registry;

/// <summary>
/// A validated Chinese resident ID number (居民身份证号码, GB 11643-1999): 6-digit address code,
/// birth date YYYYMMDD, 3-digit sequence and an ISO 7064 MOD 11-2 check character.
/// </summary>
/// <remarks>
/// <para>
/// Only <see cref="TryParse"/> and <see cref="Parse"/> create a value, so holding an <see cref="IdNumber"/>
/// means the number passed every check. Legacy 15-digit numbers are converted to the 18-character form,
/// so two spellings of the same person's number compare equal.
/// </para>
/// <para>
/// <c>default(IdNumber)</c> is not a valid number: <see cref="Value"/> and everything derived from it
/// throw <see cref="InvalidOperationException"/>, rather than quietly reporting a made-up birth date or sex.
/// </para>
/// <para>
/// <see cref="ToString"/> returns the <see cref="Masked"/> form so that the full number cannot reach a log,
/// an exception message or a page by accident; ask for <see cref="Value"/> when the full number is needed.
/// </para>
/// </remarks>
public readonly record struct IdNumber
{
    private const string EmptyMessage = "请填写身份证号码";
    private const string FormatMessage = "身份证号码应为18位（或15位旧号码），只能包含数字，最后一位可以是X";
    private const string InvalidDateMessage = "身份证号码中的出生日期不是有效日期";
    private const string FutureDateMessage = "身份证号码中的出生日期晚于今天";
    private const string CheckCharacterMessage = "身份证号码校验位错误，请核对";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private readonly string? _value;

    private IdNumber(string value) => _value = value;

    /// <summary>The full, normalised 18-character number (upper-case <c>X</c>).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(IdNumber)</c>.</exception>
    public string Value => _value ?? throw new InvalidOperationException(
        "default(IdNumber) is not a valid ID number; create one with IdNumber.Parse or IdNumber.TryParse.");

    /// <summary>The 6-digit administrative division code of the place the number was issued.</summary>
    /// <remarks>This is where the person was first registered, not necessarily where they live now.</remarks>
    public string AddressCode => Value[..6];

    /// <summary>The birth date encoded in the number.</summary>
    public DateOnly BirthDate => ParseBirthDate(Value.AsSpan(6, 8))!.Value;

    /// <summary>The sex encoded in the number: odd 17th digit is male, even is female.</summary>
    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>
    /// The number with the birth date and sequence hidden: the first 6 and last 4 characters around
    /// 8 asterisks, e.g. <c>500110********123X</c>.
    /// </summary>
    public string Masked => Masking.Mask(Value);

    /// <summary>The age in full years on <paramref name="day"/>.</summary>
    /// <remarks>
    /// Someone born on 29 February becomes a year older on 1 March in a non-leap year, since their
    /// birthday has not yet come on 28 February.
    /// </remarks>
    /// <param name="day">The day to compute the age on.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is before the birth date.</exception>
    public int AgeOn(DateOnly day)
    {
        var birth = BirthDate;
        ArgumentOutOfRangeException.ThrowIfLessThan(day, birth);
        var age = day.Year - birth.Year;
        if (day.Month < birth.Month || (day.Month == birth.Month && day.Day < birth.Day))
        {
            age--;
        }
        return age;
    }

    /// <summary>The <see cref="Masked"/> form, never the full number; use <see cref="Value"/> for that.</summary>
    /// <returns>The masked number, or an empty string for <c>default(IdNumber)</c>.</returns>
    public override string ToString() => _value is null ? string.Empty : Masked;

    /// <summary>
    /// Parses and validates an ID number typed or imported by staff. Surrounding whitespace is ignored,
    /// a lower-case <c>x</c> is accepted, and a 15-digit legacy number is converted to 18 characters.
    /// </summary>
    /// <param name="input">The number as entered.</param>
    /// <param name="today">
    /// Today's date, from the caller's <see cref="TimeProvider"/>: a birth date after it is rejected.
    /// It is a parameter so that validation is deterministic and testable.
    /// </param>
    /// <param name="idNumber">The parsed number, or <c>default</c> on failure.</param>
    /// <param name="error">On failure, a Chinese message for staff saying what is wrong; otherwise null.</param>
    /// <returns>Whether <paramref name="input"/> is a valid ID number.</returns>
    public static bool TryParse(
        string? input,
        DateOnly today,
        out IdNumber idNumber,
        [NotNullWhen(false)] out string? error)
    {
        idNumber = default;
        error = Validate(input, today, out var value);
        if (error is not null)
        {
            return false;
        }
        idNumber = new IdNumber(value!);
        return true;
    }

    /// <summary>Like <see cref="TryParse"/>, but throws on an invalid number.</summary>
    /// <param name="input">The number as entered.</param>
    /// <param name="today">Today's date, from the caller's <see cref="TimeProvider"/>.</param>
    /// <returns>The parsed number.</returns>
    /// <exception cref="FormatException">The number is invalid; the message is the one <see cref="TryParse"/> gives.</exception>
    public static IdNumber Parse(string input, DateOnly today) =>
        TryParse(input, today, out var idNumber, out var error) ? idNumber : throw new FormatException(error);

    /// <summary>
    /// The ISO 7064 MOD 11-2 check character for the first 17 digits of an ID number: <c>0</c>–<c>9</c> or <c>X</c>.
    /// </summary>
    /// <remarks>Public so that tools producing synthetic test numbers make them valid the same way.</remarks>
    /// <param name="first17">The first 17 characters, all ASCII digits.</param>
    /// <returns>The check character.</returns>
    /// <exception cref="ArgumentException"><paramref name="first17"/> is not 17 ASCII digits.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17 || first17.ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("Expected exactly 17 ASCII digits.", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }

    private static string? Validate(string? input, DateOnly today, out string? value)
    {
        value = null;
        var text = input.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return EmptyMessage;
        }

        string normalised;
        if (text.Length == 15)
        {
            if (text.ContainsAnyExceptInRange('0', '9'))
            {
                return FormatMessage;
            }
            // Legacy numbers were issued before 2000 and carry a two-digit year, so the century is always 19.
            var first17 = string.Concat(text[..6], "19", text[6..]);
            normalised = first17 + ComputeCheckCharacter(first17);
        }
        else if (text.Length == 18)
        {
            var last = text[17];
            if (text[..17].ContainsAnyExceptInRange('0', '9') || !(char.IsAsciiDigit(last) || last is 'X' or 'x'))
            {
                return FormatMessage;
            }
            normalised = last == 'x' ? string.Concat(text[..17], "X") : text.ToString();
        }
        else
        {
            return FormatMessage;
        }

        // The date is checked before the check character: a mistyped date is the more specific thing to tell staff.
        var birth = ParseBirthDate(normalised.AsSpan(6, 8));
        if (birth is null)
        {
            return InvalidDateMessage;
        }
        if (birth.Value > today)
        {
            return FutureDateMessage;
        }
        if (ComputeCheckCharacter(normalised.AsSpan(0, 17)) != normalised[17])
        {
            return CheckCharacterMessage;
        }

        value = normalised;
        return null;
    }

    private static DateOnly? ParseBirthDate(ReadOnlySpan<char> yyyyMMdd)
    {
        var year = int.Parse(yyyyMMdd[..4]);
        var month = int.Parse(yyyyMMdd[4..6]);
        var day = int.Parse(yyyyMMdd[6..8]);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new DateOnly(year, month, day);
    }
}
