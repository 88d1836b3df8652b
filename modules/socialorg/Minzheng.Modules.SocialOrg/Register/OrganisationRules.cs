using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.SocialOrg.Register;

/// <summary>The register's rules, plain C#: the credit code's structure for the type, names of types and states.</summary>
public static class OrganisationRules
{
    /// <summary>Longest name.</summary>
    public const int NameLength = 100;

    /// <summary>Longest business scope.</summary>
    public const int ScopeLength = 1000;

    /// <summary>
    /// What is wrong with <paramref name="text"/> as the credit code of an organisation of <paramref name="type"/>
    /// registered by the authority of <paramref name="districtCode"/>; null when nothing is. Checks the check character
    /// (GB 32100), the department (5, civil affairs), the category for the type and the authority's division code.
    /// </summary>
    public static string? CreditCodeProblem(string? text, OrganisationType type, string districtCode)
    {
        if (!CreditCode.TryParse(text, out var code, out var error)) return error;
        if (code.Value.Department != '5') return "社会组织的统一社会信用代码第1位（登记管理部门）应为5（民政）";
        if (code.Value.CivilAffairs != (CivilAffairsCategory)(int)type)
        {
            return $"统一社会信用代码第2位应为{(int)type}（{TypeLabel(type)}），而不是{code.Value.Category}";
        }
        if (code.Value.DivisionCode != districtCode) return $"统一社会信用代码第3至8位应为登记管理机关的行政区划代码{districtCode}";
        return null;
    }

    /// <summary>The Chinese name of a type.</summary>
    public static string TypeLabel(OrganisationType type) => type switch
    {
        OrganisationType.SocialGroup => "社会团体",
        OrganisationType.SocialServiceAgency => "社会服务机构",
        _ => "基金会",
    };

    /// <summary>The API code of a type.</summary>
    public static string TypeCode(OrganisationType type) => type switch
    {
        OrganisationType.SocialGroup => "social-group",
        OrganisationType.SocialServiceAgency => "social-service-agency",
        _ => "foundation",
    };

    /// <summary>Reads a type's API code.</summary>
    public static bool TryParseType(string? code, out OrganisationType type)
    {
        foreach (var t in Enum.GetValues<OrganisationType>())
        {
            if (TypeCode(t) == code)
            {
                type = t;
                return true;
            }
        }
        type = default;
        return false;
    }

    /// <summary>The API code of a status.</summary>
    public static string StatusCode(OrganisationStatus status) => status switch
    {
        OrganisationStatus.Registered => "registered",
        OrganisationStatus.Deregistered => "deregistered",
        _ => "revoked",
    };
}
