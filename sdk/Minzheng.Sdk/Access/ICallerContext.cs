namespace Minzheng.Sdk.Access;

/// <summary>
/// Who is calling, for which district, within which org scope. Injected per request (and per job run,
/// where the platform acts for a district as <see cref="StaffMember.System"/>).
/// </summary>
public interface ICallerContext
{
    /// <summary>True when a staff member (or the platform itself, in a job) is acting.</summary>
    bool IsAuthenticated { get; }

    /// <summary>The district the caller acts in (its configured id, e.g. <c>wansheng</c>).</summary>
    /// <exception cref="InvalidOperationException">When nobody is signed in.</exception>
    string DistrictId { get; }

    /// <summary>The acting staff member.</summary>
    /// <exception cref="InvalidOperationException">When nobody is signed in.</exception>
    StaffMember Staff { get; }

    /// <summary>The part of the district the caller may see: the whole district, one town or one village.</summary>
    /// <exception cref="InvalidOperationException">When nobody is signed in.</exception>
    OrgScope Scope { get; }

    /// <summary>Whether the caller holds a permission (declared in a module manifest or by the platform).</summary>
    bool HasPermission(string permission);
}
