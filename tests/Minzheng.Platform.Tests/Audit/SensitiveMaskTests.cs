using Minzheng.Platform.Audit;

namespace Minzheng.Platform.Tests.Audit;

public sealed class SensitiveMaskTests
{
    [Theory]
    [InlineData("500110198001011234", "500110********1234")]
    [InlineData("50011019800101123X", "500110********123X")]
    [InlineData("500110800101123", "500110*****1123")]
    public void Long_values_keep_only_their_first_six_and_last_four_characters(string value, string masked) =>
        Assert.Equal(masked, SensitiveMask.Mask(value));

    [Theory]
    [InlineData("13800138000")] // a mobile number: 6 + 4 would show all but one digit
    [InlineData("1234567890")] // 6 + 4 would show everything
    [InlineData("低保")]
    [InlineData("")]
    public void Short_values_are_hidden_entirely(string value) => Assert.Equal("***", SensitiveMask.Mask(value));

    [Fact]
    public void Values_that_are_not_text_are_hidden_entirely()
    {
        Assert.Equal("***", SensitiveMask.Mask(3));
        Assert.Equal("***", SensitiveMask.Mask(1234.5m));
        Assert.Equal("***", SensitiveMask.Mask(new DateOnly(1980, 1, 1)));
    }

    [Fact]
    public void Null_stays_null() => Assert.Null(SensitiveMask.Mask(null));
}
