using Minzheng.Platform.Districts;
using Minzheng.Sdk.Access;

namespace Minzheng.Platform.Identity.Users;

/// <summary>Which org scopes an account of a district may have.</summary>
public static class StaffScopeRules
{
    /// <summary>Null when <paramref name="code"/> is a valid scope of <paramref name="level"/> in <paramref name="district"/>; else the reason.</summary>
    public static string? Check(District district, OrgLevel level, string? code) => level switch
    {
        OrgLevel.District when code == district.DivisionCode => null,
        OrgLevel.District => $"区级账户的区划代码应为 {district.DivisionCode}。",
        OrgLevel.Town when district.Towns.Any(t => t.Code == code) => null,
        OrgLevel.Town => $"“{code}”不是{district.Name}的镇街代码（9 位）。",
        OrgLevel.Village when district.Towns.SelectMany(t => t.Villages).Any(v => v.Code == code) => null,
        OrgLevel.Village => $"“{code}”不是{district.Name}的村居代码（12 位）。",
        _ => "未知的层级。",
    };
}
