namespace Minzheng.Sdk.Access;

/// <summary>A member of staff as modules see them: enough to record who did what.</summary>
/// <param name="Id">Stable account id.</param>
/// <param name="Name">Display name (real name), as printed on documents.</param>
public sealed record StaffMember(string Id, string Name)
{
    /// <summary>The platform itself, acting in background jobs and event handlers.</summary>
    public static StaffMember System { get; } = new("system", "系统");
}
