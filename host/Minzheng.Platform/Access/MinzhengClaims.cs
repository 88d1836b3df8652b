namespace Minzheng.Platform.Access;

/// <summary>
/// The claims a signed-in staff member carries. Whatever authentication scheme signs staff in
/// (Identity cookies, bearer tokens, the test kit) issues these; the caller context reads them.
/// </summary>
public static class MinzhengClaims
{
    /// <summary>Account id.</summary>
    public const string StaffId = "minzheng:staff-id";

    /// <summary>Display name.</summary>
    public const string StaffName = "minzheng:staff-name";

    /// <summary>District id.</summary>
    public const string District = "minzheng:district";

    /// <summary>Org level: District, Town or Village.</summary>
    public const string ScopeLevel = "minzheng:scope-level";

    /// <summary>Division code of the org scope (6, 9 or 12 digits).</summary>
    public const string ScopeCode = "minzheng:scope-code";

    /// <summary>One claim per permission held.</summary>
    public const string Permission = "minzheng:permission";
}
