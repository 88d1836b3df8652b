using System.Text.RegularExpressions;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Volunteer.Volunteers;

/// <summary>Checks of a volunteer's details: plain C#, no web, no database.</summary>
public static partial class VolunteerRules
{
    /// <summary>A phone number: a mobile (11 digits from 1) or a landline with its area code; "" when not given and not required.</summary>
    public static string Phone(FieldErrors errors, string field, string? value, string label, bool required)
    {
        var phone = errors.Text(field, value, label, 20, required);
        if (phone.Length > 0 && !PhonePattern().IsMatch(phone)) errors.Add(field, $"{label}应为11位手机号码或带区号的固定电话");
        return phone;
    }

    /// <summary>What a band's requirement reads as, for staff.</summary>
    public static string Describe(MinorRequirement requirement) => requirement switch
    {
        MinorRequirement.GuardianConsent => "未成年人：须监护人同意",
        MinorRequirement.GuardianPresent => "未成年人：须监护人同意并陪同",
        MinorRequirement.NotAllowed => "未成年人：不得参加",
        _ => "成年人",
    };

    [GeneratedRegex(@"^(1\d{10}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex PhonePattern();
}
