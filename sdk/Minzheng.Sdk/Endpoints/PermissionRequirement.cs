using Microsoft.AspNetCore.Authorization;

namespace Minzheng.Sdk.Endpoints;

/// <summary>
/// Authorization requirement: the caller must hold <see cref="Permission"/>. Added by
/// <see cref="EndpointAccessExtensions.RequirePermission{TBuilder}"/>; the platform evaluates it.
/// </summary>
/// <param name="Permission">The permission name, e.g. <c>marriage.register</c>.</param>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Endpoint metadata naming the permission an endpoint requires.</summary>
/// <param name="Permission">The permission name.</param>
public sealed record RequiredPermissionMetadata(string Permission);

/// <summary>Endpoint metadata marking an endpoint as deliberately public, with the reason.</summary>
/// <param name="Reason">Why anyone may call it (e.g. "load balancer health probe").</param>
public sealed record PublicEndpointMetadata(string Reason);

/// <summary>
/// Endpoint metadata marking a public endpoint that serves one district's data, named by the route's <c>{district}</c>
/// (added by <see cref="EndpointAccessExtensions.AllowPublicInDistrict{TBuilder}"/>; since SDK 2.2.0).
/// </summary>
public sealed record PublicInDistrictMetadata;
