using System.Diagnostics.CodeAnalysis;

namespace Minzheng.Sdk.Registry;

/// <summary>The kinds of organisation a civil-affairs credit code (department <c>5</c>) names in its second character.</summary>
public enum CivilAffairsCategory
{
    /// <summary><c>1</c>: 社会团体.</summary>
    SocialGroup = 1,

    /// <summary><c>2</c>: 民办非企业单位 / 社会服务机构.</summary>
    SocialServiceAgency = 2,

    /// <summary><c>3</c>: 基金会.</summary>
    Foundation = 3,

    /// <summary><c>9</c>: 其他.</summary>
    Other = 9,
}

/// <summary>
/// A unified social credit code (统一社会信用代码, GB 32100-2015) of an organisation: registration department
/// (1 character), category (1), division code (6 digits), organisation code (9), and a check character computed
/// from the first 17 over the 31 characters the standard allows (no I, O, S, V, Z).
/// </summary>
/// <remarks>
/// Only <see cref="TryParse"/> creates a value, so holding one means the structure and the check character passed.
/// Real codes that fail the check exist (issued before the check was enforced): a module that must accept one
/// keeps the text as entered with an audited officer override, not a <see cref="CreditCode"/>.
/// Since SDK 2.1.0.
/// </remarks>
public readonly record struct CreditCode
{
    /// <summary>The characters a code is written in, in the order of their values (0–30).</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private readonly string? _value;

    private CreditCode(string value) => _value = value;

    /// <summary>The 18 characters, upper case.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CreditCode)</c>.</exception>
    public string Value => _value ?? throw new InvalidOperationException("default(CreditCode) is not a credit code; create one with CreditCode.TryParse.");

    /// <summary>The registration department (登记管理部门): <c>5</c> for civil affairs.</summary>
    public char Department => Value[0];

    /// <summary>The category character (机构类别) within the department.</summary>
    public char Category => Value[1];

    /// <summary>The 6-digit division code of the registering authority.</summary>
    public string DivisionCode => Value[2..8];

    /// <summary>The civil-affairs category, or null for another department or an unknown category.</summary>
    public CivilAffairsCategory? CivilAffairs => Department == '5' && Category is '1' or '2' or '3' or '9' ? (CivilAffairsCategory)(Category - '0') : null;

    /// <summary>Reads a code; on failure <paramref name="error"/> says what is wrong, in Chinese, for staff.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CreditCode? code, out string? error)
    {
        code = null;
        var value = text?.Trim().ToUpperInvariant() ?? "";
        if (value.Length == 0)
        {
            error = "请填写统一社会信用代码";
            return false;
        }
        if (value.Length != 18 || value.Any(c => Alphabet.IndexOf(c, StringComparison.Ordinal) < 0))
        {
            error = "统一社会信用代码应为18位，由数字和大写字母组成（不含I、O、S、V、Z）";
            return false;
        }
        if (!value.AsSpan(2, 6).ToString().All(char.IsAsciiDigit))
        {
            error = "统一社会信用代码第3至8位应为行政区划代码（6位数字）";
            return false;
        }
        if (CheckCharacter(value.AsSpan(0, 17)) != value[17])
        {
            error = "统一社会信用代码校验位错误，请核对";
            return false;
        }
        code = new CreditCode(value);
        error = null;
        return true;
    }

    /// <summary>The check character of the first 17 characters (GB 32100-2015, 5.3).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <inheritdoc />
    public override string ToString() => _value ?? "";
}
