using Microsoft.AspNetCore.Identity;
using Minzheng.Sdk.Access;

namespace Minzheng.Platform.Identity;

/// <summary>A staff account: belongs to one district and works within one org scope of it.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>Real name, as printed on documents.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The district the account belongs to.</summary>
    public string DistrictId { get; set; } = "";

    /// <summary>District, town or village level.</summary>
    public OrgLevel ScopeLevel { get; set; }

    /// <summary>Division code of the scope (6, 9 or 12 digits).</summary>
    public string ScopeCode { get; set; } = "";

    /// <summary>
    /// When an administrator locked (停用) the account; null while it is in use. Unlike the lockout after failed
    /// passwords, which anyone can cause by guessing and which only stops password sign-in for a while, this stops
    /// everything the account holds: its signed-in sessions and its API tokens.
    /// </summary>
    public DateTimeOffset? DisabledAt { get; set; }
}

/// <summary>A role of one district; grants permissions (as role claims).</summary>
public sealed class StaffRole : IdentityRole
{
    /// <summary>The district whose administrators manage it.</summary>
    public string DistrictId { get; set; } = "";

    /// <summary>The name staff see (the Identity name is <c>district/name</c>, unique across districts).</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The Identity role name of <paramref name="displayName"/> in <paramref name="districtId"/>.</summary>
    public static string NameIn(string districtId, string displayName) => $"{districtId}/{displayName}";
}
