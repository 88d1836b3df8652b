using Minzheng.Sdk.Registry;

namespace Minzheng.Sdk.Tests.Registry;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("500110198001011234", "500110********1234")]
    [InlineData("50011019800101123X", "500110********123X")]
    [InlineData("500110800101123", "500110*****1123")]
    [InlineData("50011019800101", "500110****0101")]
    public void Long_values_keep_only_their_first_six_and_last_four_characters(string value, string masked) =>
        Assert.Equal(masked, Masking.Mask(value));

    [Theory]
    [InlineData("")]
    [InlineData("13800138000")]
    [InlineData("5001101980010")]
    public void Shorter_values_are_hidden_whole_so_that_nothing_of_them_leaks(string value) =>
        Assert.Equal(Masking.Hidden, Masking.Mask(value));

    [Fact]
    public void Null_stays_null() => Assert.Null(Masking.Mask(null));

    [Fact]
    public void A_parsed_number_is_masked_the_same_way()
    {
        var id = IdNumber.Parse("11010519491231002X", new DateOnly(2026, 1, 1));
        Assert.Equal(Masking.Mask(id.Value), id.Masked);
        Assert.Equal("110105********002X", id.ToString());
    }

    [Theory]
    [InlineData("6222021234567890123", "***************0123")]
    [InlineData("12345", "*2345")]
    [InlineData("1234", "***")]
    public void Accounts_show_their_last_four_digits_only(string value, string masked) =>
        Assert.Equal(masked, Masking.Account(value));
}
