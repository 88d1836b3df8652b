using Minzheng.Platform.Identity;

namespace Minzheng.Platform.Tests.Identity;

public sealed class CommonPasswordTests
{
    [Theory]
    [InlineData("Password123!")]
    [InlineData("P@ssw0rd2024!")]
    [InlineData("Qwerty123456!")]
    [InlineData("Woaini@131452")]
    [InlineData("Admin@1234567")]
    [InlineData("2026!Welcome!!")]
    [InlineData("Abcdefg12345!")]
    [InlineData("AAAAaaaa1111!")]
    public void A_common_word_or_keyboard_run_dressed_up_with_digits_and_symbols_is_refused(string password) =>
        Assert.Contains("常见", CommonPasswordValidator.Reason(password, "clerk"));

    [Fact]
    public void A_password_holding_the_user_name_is_refused() =>
        Assert.Equal("密码不能包含用户名。", CommonPasswordValidator.Reason("Zhoulan-Town-2026!", "zhoulan"));

    [Theory]
    [InlineData("Clerk-Passw0rd!")]
    [InlineData("Blue-River-Tea-42!")]
    [InlineData("Hongqiao#Mist7x")]
    public void A_password_that_is_no_common_word_passes(string password) => Assert.Null(CommonPasswordValidator.Reason(password, "someone"));
}
