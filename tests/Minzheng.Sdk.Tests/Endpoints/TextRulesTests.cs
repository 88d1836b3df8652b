using Minzheng.Sdk.Endpoints;

namespace Minzheng.Sdk.Tests.Endpoints;

public sealed class TextRulesTests
{
    [Theory]
    [InlineData("社区环境整治")]
    [InlineData("第一行\n第二行\r\n\t缩进")]
    [InlineData("emoji 👍 and ZWJ 👨‍👩‍👧")]
    [InlineData("A & B <不是标记>")]
    public void Ordinary_text_passes(string text) => Assert.Null(TextRules.Refuse(text));

    [Theory]
    [InlineData("a\0b", "控制字符")]
    [InlineData("a\u0007b", "控制字符")]
    [InlineData("a\u007Fb", "控制字符")]
    [InlineData("a\u0085b", "控制字符")]
    [InlineData("\u202Egnp.exe", "方向控制")]
    [InlineData("ab\u2066c\u2069", "方向控制")]
    [InlineData("a\u200Bb", "不可见")]
    [InlineData("\uFEFF名字", "不可见")]
    [InlineData("\u200C\u200D \u00AD", "只有空白")]
    public void Controls_direction_overrides_and_invisible_only_text_are_refused(string text, string says) =>
        Assert.Contains(says, TextRules.Refuse(text));

    [Fact]
    public void A_lone_surrogate_is_not_text() => Assert.Contains("无法识别", TextRules.Refuse("a" + (char)0xD800 + "b"));

    [Theory]
    [InlineData("张三")]
    [InlineData("阿依古丽·买买提")]
    [InlineData("Mary-Jane O'Neil")]
    [InlineData("J. R. Smith")]
    [InlineData("ᠮᠣᠩᠭᠣᠯ")]
    [InlineData("བཀྲ་ཤིས")]
    public void Names_of_any_script_with_their_separators_pass(string name) => Assert.Null(TextRules.RefuseName(name));

    [Theory]
    [InlineData("<script>")]
    [InlineData("张三1")]
    [InlineData("张三@")]
    [InlineData("a\"b")]
    [InlineData("\u202E三张")]
    public void Names_with_digits_markup_or_controls_are_refused(string name) => Assert.NotNull(TextRules.RefuseName(name));

    [Fact]
    public void FieldErrors_apply_the_rules_under_the_fields_label()
    {
        var errors = new FieldErrors();
        errors.Text("content", "正常\u0000内容", "服务内容", 100);
        errors.PersonName("name", "<b>张三</b>");
        errors.PersonName("guardian", null, "监护人姓名", required: false);
        Assert.Equal(["服务内容不能含有控制字符"], errors.Errors["content"]);
        Assert.Equal(["姓名只能包含文字、间隔号“·”、空格、连字符和撇号"], errors.Errors["name"]);
        Assert.False(errors.Has("guardian"));
    }
}
