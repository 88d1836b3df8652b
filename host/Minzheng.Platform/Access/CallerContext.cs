using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Minzheng.Sdk.Access;

namespace Minzheng.Platform.Access;

/// <summary>
/// The SDK's <see cref="ICallerContext"/>: in a request, the signed-in staff member's claims; in a
/// job or event handler, the platform acting for one district (<see cref="ActAsSystem"/>).
/// </summary>
public sealed class CallerContext(IHttpContextAccessor httpContextAccessor) : ICallerContext
{
    private SystemActor? _system;

    private sealed record SystemActor(string DistrictId, OrgScope Scope);

    /// <summary>
    /// Makes this scope act as the platform itself for a district, with every permission: used for
    /// background jobs and event handlers, never for requests.
    /// </summary>
    public void ActAsSystem(string districtId, string districtDivisionCode) =>
        _system = new SystemActor(districtId, new OrgScope(OrgLevel.District, districtDivisionCode));

    private ClaimsPrincipal? User =>
        httpContextAccessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    /// <inheritdoc />
    public bool IsAuthenticated => _system is not null || User?.FindFirst(MinzhengClaims.District) is not null;

    /// <inheritdoc />
    public string DistrictId => _system?.DistrictId ?? Claim(MinzhengClaims.District);

    /// <inheritdoc />
    public StaffMember Staff => _system is not null
        ? StaffMember.System
        : new StaffMember(Claim(MinzhengClaims.StaffId), User?.FindFirst(MinzhengClaims.StaffName)?.Value ?? Claim(MinzhengClaims.StaffId));

    /// <inheritdoc />
    public OrgScope Scope => _system?.Scope
        ?? new OrgScope(Enum.Parse<OrgLevel>(Claim(MinzhengClaims.ScopeLevel)), Claim(MinzhengClaims.ScopeCode));

    /// <inheritdoc />
    public bool HasPermission(string permission) =>
        _system is not null || (User?.HasClaim(MinzhengClaims.Permission, permission) ?? false);

    private string Claim(string type) =>
        User?.FindFirst(type)?.Value
        ?? throw new InvalidOperationException($"No signed-in staff member (claim {type} missing): this code needs an authenticated caller.");
}
