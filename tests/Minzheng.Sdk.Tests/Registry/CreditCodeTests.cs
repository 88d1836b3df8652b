using Minzheng.Sdk.Registry;

namespace Minzheng.Sdk.Tests.Registry;

/// <summary>GB 32100-2015: 18 characters of the standard's alphabet, a division code, the check character over the first 17.</summary>
public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]       // the standard's commonly cited example (an enterprise)
    [InlineData("51500110MJ0000001L")]       // a civil-affairs 社会团体 of 500110
    [InlineData(" 51500110mj0000001l ")]     // trimmed, upper-cased
    public void A_code_with_the_right_check_character_is_read(string text)
    {
        Assert.True(CreditCode.TryParse(text, out var code, out var error));
        Assert.Null(error);
        Assert.Equal(text.Trim().ToUpperInvariant(), code!.Value.Value);
    }

    [Fact]
    public void Department_category_and_division_are_read_from_their_places()
    {
        Assert.True(CreditCode.TryParse("51500110MJ0000001L", out var code, out _));
        Assert.Equal('5', code!.Value.Department);
        Assert.Equal(CivilAffairsCategory.SocialGroup, code.Value.CivilAffairs);
        Assert.Equal("500110", code.Value.DivisionCode);
        Assert.True(CreditCode.TryParse("91350100M000100Y43", out var enterprise, out _));
        Assert.Null(enterprise!.Value.CivilAffairs);
    }

    [Theory]
    [InlineData("", "请填写")]
    [InlineData("51500110MJ0000001", "应为18位")]
    [InlineData("51500110MJ000000IL", "不含I、O、S、V、Z")]
    [InlineData("515001A0MJ0000001L", "行政区划代码")]
    [InlineData("51500110MJ0000001M", "校验位错误")]
    public void A_malformed_code_says_what_is_wrong(string text, string expected)
    {
        Assert.False(CreditCode.TryParse(text, out var code, out var error));
        Assert.Null(code);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void The_default_value_is_not_a_code() => Assert.Throws<InvalidOperationException>(() => default(CreditCode).Value);
}
