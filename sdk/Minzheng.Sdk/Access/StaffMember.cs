namespace Minzheng.Sdk.Access;

/// <summary>A member of staff as modules see them: enough to record who did what.</summary>
/// <param name="Id">Stable account id.</param>
/// <param name="Name">Display name (real name), as printed on documents.</param>
public sealed record StaffMember(string Id, string Name)
{
    /// <summary>The platform itself, acting in background jobs and event handlers.</summary>
    public static StaffMember System { get; } = new("system", "系统");

    /// <summary>
    /// Anyone, through a public endpoint of a district (<c>AllowPublicInDistrict</c>): what such a call writes (a
    /// volunteer's own check-in) is recorded as done by the public. Since SDK 2.2.0.
    /// </summary>
    public static StaffMember Public { get; } = new("public", "公众");
}
