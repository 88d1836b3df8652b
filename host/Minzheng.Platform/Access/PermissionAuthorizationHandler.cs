using Microsoft.AspNetCore.Authorization;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Access;

/// <summary>Grants <see cref="PermissionRequirement"/> when the caller holds the permission.</summary>
internal sealed class PermissionAuthorizationHandler(ICallerContext caller) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (caller.IsAuthenticated && caller.HasPermission(requirement.Permission))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

