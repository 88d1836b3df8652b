using Minzheng.Platform.Registry.Common;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Certificates;

/// <summary>A certificate that passed every rule.</summary>
internal sealed record CheckedCertificate(string Number, DisabilityCategory Category, int Grade, DateOnly IssuedOn, DateOnly ValidUntil);

/// <summary>
/// What a disability certificate must be. Numbers follow the second-generation certificate (第二代残疾人证):
/// the holder's 18-character ID number, then the category code (GB/T 26341: 1 视力 … 7 多重) and the grade.
/// </summary>
internal static class CertificateRules
{
    public const int NumberLength = 20;
    public const int MaxReasonLength = 200;

    public static CheckedCertificate? Check(CertificateRequest request, IdNumber holder, DateOnly today, FieldErrors errors)
    {
        if (!Choices.TryParse<DisabilityCategory>(request.Category, Choices.Disability, out var category))
        {
            errors.Add("category", $"请选择残疾类别（{Choices.List(Choices.Disability)}）");
        }
        if (request.Grade is not (>= 1 and <= 4))
        {
            errors.Add("grade", "残疾等级应为1至4级（一级最重）");
        }

        var number = request.Number?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(number))
        {
            errors.Add("number", "请填写残疾人证号");
        }
        else if (number.Length != NumberLength || number[..17].Any(c => !char.IsAsciiDigit(c)) || !char.IsAsciiDigit(number[18]) || !char.IsAsciiDigit(number[19]))
        {
            errors.Add("number", "残疾人证号应为20位：持证人身份证号（18位）加残疾类别代码和等级代码各1位");
        }
        else if (number[..18] != holder.Value)
        {
            errors.Add("number", "残疾人证号的前18位应为持证人的身份证号码");
        }
        else
        {
            if (!errors.Has("category") && number[18] - '0' != (int)category)
            {
                errors.Add("number", $"残疾人证号第19位（类别代码）应为{(int)category}（{Choices.Disability[category]}）");
            }
            if (!errors.Has("grade") && number[19] - '0' != request.Grade)
            {
                errors.Add("number", $"残疾人证号第20位（等级代码）应为{request.Grade}");
            }
        }

        if (request.IssuedOn is not { } issued)
        {
            errors.Add("issuedOn", "请填写发证日期");
        }
        else if (issued > today)
        {
            errors.Add("issuedOn", "发证日期不能晚于今天");
        }
        else if (issued < holder.BirthDate)
        {
            errors.Add("issuedOn", "发证日期不能早于持证人的出生日期");
        }

        if (request.ValidUntil is not { } validUntil)
        {
            errors.Add("validUntil", "请填写有效期截止日期");
        }
        else if (request.IssuedOn is { } issuedOn && validUntil <= issuedOn)
        {
            errors.Add("validUntil", "有效期截止日期应晚于发证日期");
        }

        return !errors.HasErrors ? new CheckedCertificate(number!, category, request.Grade!.Value, request.IssuedOn!.Value, request.ValidUntil!.Value) : null;
    }

    /// <summary>Checks a revocation: input errors to <paramref name="errors"/>; a state conflict returned.</summary>
    public static string? CheckRevocation(DateOnly issuedOn, DateOnly? alreadyRevokedOn, DateOnly? revokedOn, string? reason, DateOnly today, FieldErrors errors)
    {
        if (alreadyRevokedOn is { } earlier)
        {
            return $"该残疾人证已于{earlier:yyyy-MM-dd}注销";
        }
        if (revokedOn is not { } date)
        {
            errors.Add("revokedOn", "请填写注销日期");
        }
        else if (date > today)
        {
            errors.Add("revokedOn", "注销日期不能晚于今天");
        }
        else if (date < issuedOn)
        {
            errors.Add("revokedOn", "注销日期不能早于发证日期");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("reason", "请填写注销原因");
        }
        else if (reason.Trim().Length > MaxReasonLength)
        {
            errors.Add("reason", $"注销原因不能超过{MaxReasonLength}个字");
        }
        return null;
    }

    /// <summary>Whether the certificate counts on <paramref name="day"/>.</summary>
    public static bool IsValidOn(DateOnly issuedOn, DateOnly validUntil, DateOnly? revokedOn, DateOnly day) =>
        issuedOn <= day && day <= validUntil && (revokedOn is null || day < revokedOn);

    /// <summary>The number with its ID-number part masked as ID numbers are (<c>500110********123X42</c>).</summary>
    public static string Mask(string number) =>
        number.Length == NumberLength ? string.Concat(number.AsSpan(0, 6), "********", number.AsSpan(14)) : "********";
}
