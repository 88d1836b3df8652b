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
}
