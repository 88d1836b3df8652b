using Minzheng.Sdk.Access;

namespace Minzheng.Platform.Audit;

/// <summary>What happened, before <see cref="AuditWriter"/> dates it and links it into the chain.</summary>
/// <param name="Source">Module id, or <c>platform</c>.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Action">Verb, e.g. <c>created</c>, <c>sign-in-failed</c>, <c>module-enabled</c>.</param>
/// <param name="Entity">Entity type, e.g. <c>Person</c>, <c>StaffUser</c>, <c>Module</c>.</param>
/// <param name="Key">The record's key.</param>
/// <param name="PersonKey">The resident concerned, if any (e.g. a resident id).</param>
/// <param name="Before">State before, as JSON, sensitive fields already masked.</param>
/// <param name="After">State after, as JSON, sensitive fields already masked.</param>
public sealed record AuditDraft(
    string Source, AuditActor Actor, string Action, string Entity, string Key,
    string? PersonKey = null, string? Before = null, string? After = null);

/// <summary>Who an audit entry names as acting.</summary>
/// <param name="Id">Staff account id, or <c>system</c>.</param>
/// <param name="Name">Display name.</param>
public sealed record AuditActor(string Id, string Name)
{
    /// <summary>The platform itself: housekeeping, jobs, or a context used without a signed-in caller.</summary>
    public static AuditActor System { get; } = new(StaffMember.System.Id, StaffMember.System.Name);

    /// <summary>
    /// The caller's staff member; the public on a district's public endpoint; <see cref="System"/> when nobody is
    /// signed in.
    /// </summary>
    public static AuditActor From(ICallerContext? caller) =>
        caller is { IsAuthenticated: true } ? new AuditActor(caller.Staff.Id, caller.Staff.Name)
        : caller is Access.CallerContext { PublicDistrictId: not null } ? new AuditActor(StaffMember.Public.Id, StaffMember.Public.Name)
        : System;
}
