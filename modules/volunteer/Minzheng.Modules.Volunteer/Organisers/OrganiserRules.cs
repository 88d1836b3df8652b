using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Volunteer.Organisers;

/// <summary>Checks of an organiser: plain C#, no web, no database.</summary>
public static class OrganiserRules
{
    /// <summary>
    /// The credit code (GB 32100, the SDK's check): required for a social organisation, whose code must be one of the
    /// civil affairs department's (first character 5); optional for other bodies; null when none is given.
    /// </summary>
    public static string? CreditCode(FieldErrors errors, string? value, OrganiserKind kind)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (kind == OrganiserKind.SocialOrganisation) errors.Add("creditCode", "社会组织须填写统一社会信用代码");
            return null;
        }
        if (!Sdk.Registry.CreditCode.TryParse(value.Trim(), out var code, out var error))
        {
            errors.Add("creditCode", error!);
            return null;
        }
        if (kind == OrganiserKind.SocialOrganisation && code.Value.Department != '5') errors.Add("creditCode", "社会组织的统一社会信用代码第1位应为5（民政部门登记）");
        return code.Value.Value;
    }
}
