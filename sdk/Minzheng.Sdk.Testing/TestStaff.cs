using Minzheng.Sdk.Access;

namespace Minzheng.Sdk.Testing;

/// <summary>A staff member a test signs in as: district, org scope and permissions of its choosing.</summary>
/// <param name="Id">Account id.</param>
/// <param name="Name">Display name.</param>
/// <param name="DistrictId">District the account belongs to.</param>
/// <param name="Scope">Org scope within the district.</param>
/// <param name="Permissions">Permissions held.</param>
public sealed record TestStaff(string Id, string Name, string DistrictId, OrgScope Scope, IReadOnlyList<string> Permissions)
{
    /// <summary>A district-level account of <paramref name="districtId"/> with <paramref name="permissions"/>.</summary>
    public static TestStaff District(string districtId, params string[] permissions) =>
        new($"{districtId}-admin", "区级测试员", districtId, new OrgScope(OrgLevel.District, TestDistricts.DivisionCode), permissions);

    /// <summary>A town clerk of <paramref name="townCode"/> (9 digits) in <paramref name="districtId"/>.</summary>
    public static TestStaff Town(string districtId, string townCode, params string[] permissions) =>
        new($"{districtId}-{townCode}", "镇街测试员", districtId, new OrgScope(OrgLevel.Town, townCode), permissions);

    /// <summary>A village clerk of <paramref name="villageCode"/> (12 digits) in <paramref name="districtId"/>.</summary>
    public static TestStaff Village(string districtId, string villageCode, params string[] permissions) =>
        new($"{districtId}-{villageCode}", "村居测试员", districtId, new OrgScope(OrgLevel.Village, villageCode), permissions);
}
