using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Districts;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Access;

/// <summary>
/// The SDK's <see cref="ICallerContext"/>: in a request, the signed-in staff member's claims; in a
/// job or event handler, the platform acting for one district (<see cref="ActAsSystem"/>); on a public endpoint of a
/// district (<see cref="EndpointAccessExtensions.AllowPublicInDistrict{TBuilder}"/>), the public of the district its
/// route names, with the whole district as scope and no permission — a signed-in staff member too: such an endpoint
/// answers everyone alike, and never with the data of the staff member's own district under another's name.
/// </summary>
public sealed class CallerContext(IHttpContextAccessor httpContextAccessor, DistrictDirectory districts) : ICallerContext
{
    private SystemActor? _system;
    private SystemActor? _public;
    private bool _publicResolved;

    private sealed record SystemActor(string DistrictId, OrgScope Scope);

    /// <summary>
    /// Makes this scope act as the platform itself for a district, with every permission: used for
    /// background jobs and event handlers, never for requests.
    /// </summary>
    public void ActAsSystem(string districtId, string districtDivisionCode) =>
        _system = new SystemActor(districtId, new OrgScope(OrgLevel.District, districtDivisionCode));

    /// <summary>
    /// The district a public endpoint's route names, when the request is one to such an endpoint and the district
    /// exists; otherwise null.
    /// </summary>
    public string? PublicDistrictId => Public?.DistrictId;

    /// <summary>Whether the request is to a public endpoint of a district (whatever the district named).</summary>
    public static bool IsPublicInDistrict(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<PublicInDistrictMetadata>() is not null;

    private SystemActor? Public
    {
        get
        {
            if (!_publicResolved)
            {
                _publicResolved = true;
                var http = httpContextAccessor.HttpContext;
                if (_system is null && http is not null && IsPublicInDistrict(http)
                    && http.GetRouteValue(PublicAccess.DistrictRouteValue) is string id && districts.Find(id) is { } district)
                {
                    _public = new SystemActor(district.Id, new OrgScope(OrgLevel.District, district.DivisionCode));
                }
            }
            return _public;
        }
    }

    private ClaimsPrincipal? User =>
        httpContextAccessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    /// <inheritdoc />
    public bool IsAuthenticated => _system is not null || (!OnPublicEndpoint && User?.FindFirst(MinzhengClaims.District) is not null);

    /// <inheritdoc />
    public string DistrictId => _system?.DistrictId ?? Public?.DistrictId ?? Claim(MinzhengClaims.District);

    /// <inheritdoc />
    public StaffMember Staff => _system is not null ? StaffMember.System
        : Public is not null ? StaffMember.Public
        : new StaffMember(Claim(MinzhengClaims.StaffId), User?.FindFirst(MinzhengClaims.StaffName)?.Value ?? Claim(MinzhengClaims.StaffId));

    /// <inheritdoc />
    public OrgScope Scope => _system?.Scope ?? Public?.Scope
        ?? new OrgScope(Enum.Parse<OrgLevel>(Claim(MinzhengClaims.ScopeLevel)), Claim(MinzhengClaims.ScopeCode));

    /// <inheritdoc />
    public bool HasPermission(string permission) =>
        _system is not null || (!OnPublicEndpoint && (User?.HasClaim(MinzhengClaims.Permission, permission) ?? false));

    private bool OnPublicEndpoint => _system is null && httpContextAccessor.HttpContext is { } http && IsPublicInDistrict(http);

    private string Claim(string type) =>
        (OnPublicEndpoint ? null : User?.FindFirst(type)?.Value)
        ?? throw new InvalidOperationException($"No signed-in staff member (claim {type} missing): this code needs an authenticated caller.");
}
