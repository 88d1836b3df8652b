using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Minzheng.Platform.Districts;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Http;

/// <summary>
/// A module not enabled in the caller's district does not exist for that caller: its endpoints answer
/// 404 with a problem detail. Runs after authentication (the district comes from the caller) and
/// before authorization (so a caller learns "not enabled" rather than "forbidden").
/// </summary>
internal sealed class ModuleEnabledMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ICallerContext caller, ModuleEnablement enablement, IProblemDetailsService problems)
    {
        var module = context.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>();
        if (module is not null && caller.IsAuthenticated && !enablement.IsEnabled(caller.DistrictId, module.ModuleId))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status404NotFound,
                    Title = "模块未启用",
                    Detail = $"“{module.DisplayName}”模块（{module.ModuleId}）未在本区启用。",
                    Type = ProblemTypes.ModuleNotEnabled,
                },
            });
            return;
        }
        await next(context);
    }
}
