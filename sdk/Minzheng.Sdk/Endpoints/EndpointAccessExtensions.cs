using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace Minzheng.Sdk.Endpoints;

/// <summary>
/// Every endpoint says who may call it: a permission, or public with a reason. The host refuses at start-up
/// a module with a route that says neither, or that requires a permission its module.json does not declare.
/// </summary>
public static class EndpointAccessExtensions
{
    /// <summary>Requires a signed-in caller who holds <paramref name="permission"/>.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(permission);
        var policy = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(permission))
            .Build();
        builder.RequireAuthorization(policy);
        builder.WithMetadata(new RequiredPermissionMetadata(permission));
        return builder;
    }

    /// <summary>Lets anyone call the endpoint. <paramref name="reason"/> is kept for reviewers and the API reference.</summary>
    public static TBuilder AllowPublic<TBuilder>(this TBuilder builder, string reason)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        builder.AllowAnonymous();
        builder.WithMetadata(new PublicEndpointMetadata(reason));
        return builder;
    }

    /// <summary>
    /// Lets anyone call the endpoint for one district's data (since SDK 2.2.0): a certificate's verification, a
    /// public register look-up, a check-in by a volunteer's own phone. The route names the district as
    /// <c>{district}</c> (<see cref="PublicAccess.DistrictRouteValue"/>), e.g. <c>/public/{district}/certificates/{number}</c>.
    /// The platform then acts for that district as <see cref="Access.StaffMember.Public"/>: the module's database of that
    /// district, the whole district as scope, no permission. It answers 404 when the district is unknown or does not
    /// enable the module, and 429 when one client calls public endpoints too often (<see cref="PublicAccess.RateLimitPolicy"/>).
    /// A module whose route says this without <c>{district}</c> in its pattern is refused at start-up.
    /// The endpoint decides what it shows: only what the public may know.
    /// </summary>
    public static TBuilder AllowPublicInDistrict<TBuilder>(this TBuilder builder, string reason)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AllowPublic(reason);
        builder.WithMetadata(new PublicInDistrictMetadata());
        builder.RequireRateLimiting(PublicAccess.RateLimitPolicy);
        return builder;
    }
}

/// <summary>The names the platform and public endpoints agree on (since SDK 2.2.0).</summary>
public static class PublicAccess
{
    /// <summary>The route value that names the district of a public endpoint: <c>{district}</c>.</summary>
    public const string DistrictRouteValue = "district";

    /// <summary>The platform's rate-limiting policy for public endpoints (per client address; configured by the deployer).</summary>
    public const string RateLimitPolicy = "minzheng-public";
}
