using Minzheng.Sdk.Registry;

namespace Minzheng.Sdk.Tests.Registry;

public class DivisionCodeTests
{
    [Theory]
    [InlineData("500110", true)] // county
    [InlineData("500110001", true)] // town
    [InlineData("500110001201", true)] // village
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("50011", false)]
    [InlineData("5001100", false)]
    [InlineData("50011000", false)]
    [InlineData("5001100010", false)]
    [InlineData("50011000120", false)]
    [InlineData("5001100012011", false)]
    [InlineData("50011000120A", false)]
    [InlineData(" 500110", false)]
    [InlineData("５00110", false)] // full-width digit
    public void IsValidFormat_accepts_6_9_or_12_ascii_digits(string? code, bool expected) =>
        Assert.Equal(expected, DivisionCode.IsValidFormat(code));

    [Theory]
    [InlineData("500110001", true)]
    [InlineData("500110201", true)]
    [InlineData("500110", false)]
    [InlineData("500110001201", false)]
    [InlineData("50011000A", false)]
    [InlineData(null, false)]
    public void IsTown_needs_9_digits(string? code, bool expected) =>
        Assert.Equal(expected, DivisionCode.IsTown(code));

    [Theory]
    [InlineData("500110001201", true)]
    [InlineData("500110100001", true)]
    [InlineData("500110001", false)]
    [InlineData("500110", false)]
    [InlineData("50011000120X", false)]
    [InlineData(null, false)]
    public void IsVillage_needs_12_digits(string? code, bool expected) =>
        Assert.Equal(expected, DivisionCode.IsVillage(code));

    [Fact]
    public void TownOf_is_the_first_nine_digits()
    {
        Assert.Equal("500110001", DivisionCode.TownOf("500110001201"));
        Assert.Equal("500110102", DivisionCode.TownOf("500110102003"));
    }

    [Theory]
    [InlineData("500110001")]
    [InlineData("500110")]
    [InlineData("50011000120A")]
    public void TownOf_rejects_a_non_village_code(string code) =>
        Assert.Throws<ArgumentException>(() => DivisionCode.TownOf(code));
}
