using Minzheng.Sdk.Registry;

namespace Minzheng.Sdk.Tests.Registry;

// All numbers here are synthetic except 11010519491231002X, the sample published with GB 11643-1999.
public class IdNumberTests
{
    private static readonly DateOnly Today = new(2024, 6, 1);

    // Hand check of 50011019900307123:
    //   digits   5  0  0  1  1  0  1  9  9  0  0  3  0  7  1  2  3
    //   weights  7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
    //   products 35 0  0  5  8  0  2  9 54  0  0 27  0 35  8  8  6  => sum 197, 197 mod 11 = 10 => '2'
    private const string Male1990 = "500110199003071232";

    // Same prefix with sequence 124: sum 197 - 6 + 8 = 199, 199 mod 11 = 1 => '0'.
    private const string Female1990 = "500110199003071240";

    private const string PublishedSample = "11010519491231002X";

    private const string FormatError = "身份证号码应为18位（或15位旧号码），只能包含数字，最后一位可以是X";
    private const string InvalidDateError = "身份证号码中的出生日期不是有效日期";
    private const string FutureDateError = "身份证号码中的出生日期晚于今天";
    private const string CheckError = "身份证号码校验位错误，请核对";

    private static string WithCheck(string first17) => first17 + IdNumber.ComputeCheckCharacter(first17);

    // Prefix 5001101990030712d: the first 16 digits contribute 191, the 17th adds 2d; each expected
    // character is "10X98765432"[(191 + 2d) mod 11], worked out by hand. Together with the published
    // sample (residue 2 => X) this covers all 11 residues of the mapping.
    [Theory]
    [InlineData("50011019900307120", '8')]
    [InlineData("50011019900307121", '6')]
    [InlineData("50011019900307122", '4')]
    [InlineData("50011019900307123", '2')]
    [InlineData("50011019900307124", '0')]
    [InlineData("50011019900307125", '9')]
    [InlineData("50011019900307126", '7')]
    [InlineData("50011019900307127", '5')]
    [InlineData("50011019900307128", '3')]
    [InlineData("50011019900307129", '1')]
    [InlineData("11010519491231002", 'X')]
    public void ComputeCheckCharacter_matches_hand_computed_values(string first17, char expected) =>
        Assert.Equal(expected, IdNumber.ComputeCheckCharacter(first17));

    [Theory]
    [InlineData("")]
    [InlineData("5001101990030712")]
    [InlineData("500110199003071232")]
    [InlineData("5001101990030712A")]
    public void ComputeCheckCharacter_rejects_anything_but_17_digits(string input) =>
        Assert.Throws<ArgumentException>(() => IdNumber.ComputeCheckCharacter(input));

    [Fact]
    public void Published_sample_parses()
    {
        var id = IdNumber.Parse(PublishedSample, Today);

        Assert.Equal(PublishedSample, id.Value);
        Assert.Equal("110105", id.AddressCode);
        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
        Assert.Equal(Sex.Female, id.Sex);
    }

    [Fact]
    public void Valid_number_exposes_its_parts()
    {
        Assert.True(IdNumber.TryParse(Male1990, Today, out var id, out var error));

        Assert.Null(error);
        Assert.Equal(Male1990, id.Value);
        Assert.Equal("500110", id.AddressCode);
        Assert.Equal(new DateOnly(1990, 3, 7), id.BirthDate);
    }

    [Fact]
    public void Odd_17th_digit_is_male_even_is_female()
    {
        Assert.Equal(Sex.Male, IdNumber.Parse(Male1990, Today).Sex);
        Assert.Equal(Sex.Female, IdNumber.Parse(Female1990, Today).Sex);

        // Every sequence digit, not just the two above: the rule is parity, not a particular value.
        for (var d = 0; d <= 9; d++)
        {
            var id = IdNumber.Parse(WithCheck("5001101990030712" + d), Today);
            Assert.Equal(d % 2 == 1 ? Sex.Male : Sex.Female, id.Sex);
        }
    }

    [Fact]
    public void Lower_case_x_is_accepted_and_stored_upper_case()
    {
        var id = IdNumber.Parse("11010519491231002x", Today);

        Assert.Equal(PublishedSample, id.Value);
        Assert.Equal(IdNumber.Parse(PublishedSample, Today), id);
    }

    [Fact]
    public void Surrounding_whitespace_is_trimmed()
    {
        var id = IdNumber.Parse("  " + Male1990 + "\t\n", Today);

        Assert.Equal(Male1990, id.Value);
    }

    [Fact]
    public void Fifteen_digit_number_is_converted_by_hand_example()
    {
        // 500110 900307 123 -> 500110 19 900307 123 + check '2' (worked out above for Male1990).
        var id = IdNumber.Parse("500110900307123", Today);

        Assert.Equal(Male1990, id.Value);
        Assert.Equal(new DateOnly(1990, 3, 7), id.BirthDate);
        Assert.Equal(Sex.Male, id.Sex);
        Assert.Equal(IdNumber.Parse(Male1990, Today), id);
    }

    [Theory]
    [InlineData("110105491231002")]
    [InlineData("500110000101001")]
    [InlineData("440301851130998")]
    [InlineData("500110960229007")]
    public void Fifteen_digit_number_round_trips(string legacy)
    {
        var id = IdNumber.Parse(legacy, Today);
        var value = id.Value;

        Assert.Equal(18, value.Length);
        Assert.Equal("19", value[6..8]);
        // Taking the century back out gives the legacy number again.
        Assert.Equal(legacy, value[..6] + value[8..17]);
        // The converted number is itself a valid 18-character number with the same meaning.
        Assert.Equal(id, IdNumber.Parse(value, Today));
    }

    [Fact]
    public void Converted_legacy_sample_matches_published_number()
    {
        // The published sample has a 1949 birth date, so it also has a legacy 15-digit form.
        Assert.Equal(PublishedSample, IdNumber.Parse("110105491231002", Today).Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_is_rejected(string? input)
    {
        Assert.False(IdNumber.TryParse(input, Today, out var id, out var error));

        Assert.Equal("请填写身份证号码", error);
        Assert.Equal(default, id);
    }

    [Theory]
    [InlineData("50011019900307123")] // 17
    [InlineData("5001101990030712321")] // 19
    [InlineData("50011019900307")] // 14
    [InlineData("5001109003071234")] // 16
    [InlineData("50011019900A071232")] // letter in the middle
    [InlineData("X00110199003071232")] // X at the start
    [InlineData("5001101990030712X2")] // X not last
    [InlineData("50011019900307123Y")] // other letter last
    [InlineData("50011090030712X")] // 15-digit numbers have no check character
    [InlineData("500110 199003071232")] // inner space
    [InlineData("５00110199003071232")] // full-width digit
    [InlineData("50011019900307123２")] // full-width check digit
    public void Wrong_length_or_characters_are_rejected(string input)
    {
        Assert.False(IdNumber.TryParse(input, Today, out _, out var error));

        Assert.Equal(FormatError, error);
    }

    [Fact]
    public void Wrong_check_character_is_rejected()
    {
        Assert.False(IdNumber.TryParse("500110199003071233", Today, out _, out var error));
        Assert.Equal(CheckError, error);

        Assert.False(IdNumber.TryParse("110105194912310020", Today, out _, out error));
        Assert.Equal(CheckError, error);
    }

    [Fact]
    public void Any_single_digit_change_is_detected()
    {
        // MOD 11-2 catches every single substitution; a change in the date may be reported as a bad date instead.
        for (var i = 0; i < 17; i++)
        {
            for (var d = '0'; d <= '9'; d++)
            {
                if (PublishedSample[i] == d)
                {
                    continue;
                }
                var changed = PublishedSample[..i] + d + PublishedSample[(i + 1)..];
                Assert.False(IdNumber.TryParse(changed, Today, out _, out _), changed);
            }
        }
    }

    // The check character is made right so that only the date can be what is wrong.
    [Theory]
    [InlineData("50011019900230123")] // 30 February
    [InlineData("50011019990229123")] // 29 February in a non-leap year
    [InlineData("50011019000229123")] // 1900 is not a leap year (century rule)
    [InlineData("50011019901301123")] // month 13
    [InlineData("50011019900001123")] // month 0
    [InlineData("50011019900300123")] // day 0
    [InlineData("50011019900431123")] // 31 April
    [InlineData("50011000000101123")] // year 0
    public void Impossible_birth_date_is_rejected(string first17)
    {
        Assert.False(IdNumber.TryParse(WithCheck(first17), Today, out _, out var error));

        Assert.Equal(InvalidDateError, error);
    }

    [Fact]
    public void Impossible_date_in_legacy_number_is_rejected()
    {
        Assert.False(IdNumber.TryParse("500110990229123", Today, out _, out var error));

        Assert.Equal(InvalidDateError, error);
    }

    [Fact]
    public void Leap_day_in_leap_year_is_accepted()
    {
        Assert.Equal(new DateOnly(2000, 2, 29), IdNumber.Parse(WithCheck("50011020000229123"), Today).BirthDate);
    }

    [Fact]
    public void Birth_date_after_today_is_rejected()
    {
        var bornTomorrow = WithCheck("50011020240602123");

        Assert.False(IdNumber.TryParse(bornTomorrow, Today, out _, out var error));
        Assert.Equal(FutureDateError, error);

        // The same number is fine once that day has come: "today" is the caller's, not the clock's.
        Assert.True(IdNumber.TryParse(bornTomorrow, new DateOnly(2024, 6, 2), out _, out _));
    }

    [Fact]
    public void Birth_date_equal_to_today_is_accepted()
    {
        Assert.True(IdNumber.TryParse(WithCheck("50011020240601123"), Today, out var id, out _));
        Assert.Equal(Today, id.BirthDate);
    }

    [Fact]
    public void Parse_throws_FormatException_with_the_same_message()
    {
        var ex = Assert.Throws<FormatException>(() => IdNumber.Parse("500110199003071233", Today));
        Assert.Equal(CheckError, ex.Message);

        ex = Assert.Throws<FormatException>(() => IdNumber.Parse("", Today));
        Assert.Equal("请填写身份证号码", ex.Message);
    }

    [Fact]
    public void Masked_keeps_first_six_and_last_four()
    {
        Assert.Equal("500110********1232", IdNumber.Parse(Male1990, Today).Masked);
        Assert.Equal("110105********002X", IdNumber.Parse(PublishedSample, Today).Masked);
    }

    [Fact]
    public void ToString_is_masked_and_never_contains_the_full_number()
    {
        var id = IdNumber.Parse(Male1990, Today);

        Assert.Equal(id.Masked, id.ToString());
        Assert.Equal("id=500110********1232", $"id={id}");
        Assert.DoesNotContain("19900307", id.ToString());
    }

    [Theory]
    [InlineData("2012-03-06", 21)] // day before 22nd birthday
    [InlineData("2012-03-07", 22)] // the birthday
    [InlineData("2012-03-08", 22)]
    [InlineData("2012-12-31", 22)]
    [InlineData("2013-01-01", 22)]
    [InlineData("1990-03-07", 0)] // day of birth
    [InlineData("1991-03-06", 0)]
    public void AgeOn_counts_full_years(string day, int expected)
    {
        var id = IdNumber.Parse(Male1990, Today);

        Assert.Equal(expected, id.AgeOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2001-02-28", 0)] // non-leap year: birthday not yet reached on 28 Feb
    [InlineData("2001-03-01", 1)] // ... reached on 1 Mar
    [InlineData("2004-02-28", 3)]
    [InlineData("2004-02-29", 4)] // leap year: on the day itself
    [InlineData("2018-02-28", 17)]
    [InlineData("2018-03-01", 18)]
    public void AgeOn_for_29_February_birthday(string day, int expected)
    {
        var id = IdNumber.Parse(WithCheck("50011020000229124"), Today);

        Assert.Equal(expected, id.AgeOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AgeOn_before_birth_throws()
    {
        var id = IdNumber.Parse(Male1990, Today);

        Assert.Throws<ArgumentOutOfRangeException>(() => id.AgeOn(new DateOnly(1990, 3, 6)));
    }

    [Fact]
    public void Default_value_fails_clearly()
    {
        var id = default(IdNumber);

        Assert.Throws<InvalidOperationException>(() => id.Value);
        Assert.Throws<InvalidOperationException>(() => id.BirthDate);
        Assert.Throws<InvalidOperationException>(() => id.Sex);
        Assert.Throws<InvalidOperationException>(() => id.AddressCode);
        Assert.Throws<InvalidOperationException>(() => id.Masked);
        Assert.Equal(string.Empty, id.ToString());
        Assert.NotEqual(IdNumber.Parse(Male1990, Today), id);
    }

    [Fact]
    public void Equal_numbers_are_equal()
    {
        var a = IdNumber.Parse(Male1990, Today);
        var b = IdNumber.Parse(" " + Male1990, Today);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, IdNumber.Parse(Female1990, Today));
    }
}
