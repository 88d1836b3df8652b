using System.Text.RegularExpressions;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Common;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Persons;

/// <summary>A resident's details once every rule has passed.</summary>
/// <param name="MaritalStatus">Null when the input did not say (a registration records 未登记, an update keeps what is on record).</param>
internal sealed record PersonDetails(string Name, string Ethnicity, string? Phone, HukouType HukouType, string DivisionCode, string? Address,
    MaritalStatus? MaritalStatus = null);

/// <summary>What may be recorded about a resident, and when their status may change.</summary>
internal static partial class PersonRules
{
    public const int MaxNameLength = 50;
    public const int MaxAddressLength = 200;

    /// <summary>Checks a registration: the ID number and the shared details.</summary>
    public static (IdNumber IdNumber, PersonDetails Details)? CheckRegistration(
        RegisterPersonRequest request, District district, OrgScope scope, DateOnly today, FieldErrors errors)
    {
        var idNumberValid = IdNumber.TryParse(request.IdNumber, today, out var idNumber, out var idError);
        if (!idNumberValid)
        {
            errors.Add("idNumber", idError!);
        }
        var details = CheckDetails(request, district, scope, errors);
        return idNumberValid && details is not null ? (idNumber, details) : null;
    }

    /// <summary>Checks the details a registration and an update share; null when any is wrong.</summary>
    public static PersonDetails? CheckDetails(IPersonDetailsInput input, District district, OrgScope scope, FieldErrors errors)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add("name", "请填写姓名");
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add("name", $"姓名不能超过{MaxNameLength}个字");
        }
        else if (TextRules.RefuseName(name) is { } badName)
        {
            errors.Add("name", "姓名" + badName);
        }

        var ethnicity = EthnicGroups.Normalise(input.Ethnicity);
        if (ethnicity is null)
        {
            errors.Add("ethnicity", string.IsNullOrWhiteSpace(input.Ethnicity) ? "请填写民族" : "民族名称不在国家标准（GB 3304）的56个民族之列，例如“汉族”“土家族”");
        }

        var phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            errors.Add("phone", "联系电话格式不正确：手机号为11位数字，座机请写区号，如023-48281234");
        }

        if (!Choices.TryParse<HukouType>(input.HukouType, Choices.Hukou, out var hukou))
        {
            errors.Add("hukouType", $"请选择户口类型（{Choices.List(Choices.Hukou)}）");
        }

        if (CheckVillage(input.DivisionCode, district, scope) is { } divisionError)
        {
            errors.Add("divisionCode", divisionError);
        }

        var address = string.IsNullOrWhiteSpace(input.Address) ? null : input.Address.Trim();
        if (address is { Length: > MaxAddressLength })
        {
            errors.Add("address", $"住址不能超过{MaxAddressLength}个字");
        }
        else if (address is not null && TextRules.Refuse(address) is { } badAddress)
        {
            errors.Add("address", "住址" + badAddress);
        }

        MaritalStatus? marital = null;
        if (!string.IsNullOrWhiteSpace(input.MaritalStatus))
        {
            if (Choices.TryParse<MaritalStatus>(input.MaritalStatus, Choices.Marital, out var parsed))
            {
                marital = parsed;
            }
            else
            {
                errors.Add("maritalStatus", $"婚姻状况应为{Choices.List(Choices.Marital)}之一");
            }
        }

        return !errors.HasErrors ? new PersonDetails(name!, ethnicity!, phone, hukou, input.DivisionCode!, address, marital) : null;
    }

    /// <summary>
    /// Why <paramref name="code"/> is not a village the caller may place a resident in, or null.
    /// It must be a village of the caller's district, and inside the caller's org scope.
    /// </summary>
    public static string? CheckVillage(string? code, District district, OrgScope scope)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "请选择村（社区），填写12位村居区划代码";
        }
        if (!DivisionCode.IsVillage(code))
        {
            return "村居区划代码应为12位数字";
        }
        if (!district.Towns.Any(t => t.Villages.Any(v => v.Code == code)))
        {
            return $"{district.Name}没有代码为{code}的村（社区）";
        }
        if (!scope.Contains(code))
        {
            return "该村（社区）不在您的管辖范围内";
        }
        return null;
    }

    /// <summary>
    /// Checks a death or move-out. Returns a message on <c>date</c> for bad input; a conflict message
    /// when the resident's status no longer allows it.
    /// </summary>
    public static (string? DateError, string? Conflict) CheckStatusChange(
        ResidentStatus current, DateOnly birthDate, ResidentStatus target, DateOnly? date, DateOnly today)
    {
        var what = target == ResidentStatus.Deceased ? "死亡日期" : "迁出日期";
        if (current != ResidentStatus.Alive)
        {
            return (null, $"该居民已登记为{Choices.Status[current]}，不能再登记{Choices.Status[target]}");
        }
        if (date is null)
        {
            return ($"请填写{what}", null);
        }
        if (date > today)
        {
            return ($"{what}不能晚于今天（{today:yyyy-MM-dd}）", null);
        }
        if (date < birthDate)
        {
            return ($"{what}不能早于出生日期（{birthDate:yyyy-MM-dd}）", null);
        }
        return (null, null);
    }

    // Mainland mobile numbers, or a landline with its 3–4 digit area code (dash optional).
    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex PhonePattern();
}
