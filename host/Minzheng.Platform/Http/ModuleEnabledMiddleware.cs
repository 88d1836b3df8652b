using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Minzheng.Platform.Access;
using Minzheng.Platform.Districts;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Http;

/// <summary>
/// A module not enabled in the caller's district does not exist for that caller: its endpoints answer
/// 404 with a problem detail. Runs after authentication (the district comes from the caller) and
/// before authorization (so a caller learns "not enabled" rather than "forbidden"). A public endpoint of a district
/// answers the same for someone not signed in when its route names a district that is unknown or does not enable
/// the module.
/// </summary>
internal sealed class ModuleEnabledMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CallerContext caller, ModuleEnablement enablement, IProblemDetailsService problems)
    {
        var module = context.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>();
        var district = caller.IsAuthenticated ? caller.DistrictId
            : CallerContext.IsPublicInDistrict(context) ? caller.PublicDistrictId ?? "" : null;
        if (module is not null && district is not null && !enablement.IsEnabled(district, module.ModuleId))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status404NotFound,
                    Title = "模块未启用",
                    Detail = district.Length == 0
                        ? "没有这个区，或它没有启用该服务。"
                        : $"“{module.DisplayName}”模块（{module.ModuleId}）未在本区启用。",
                    Type = ProblemTypes.ModuleNotEnabled,
                },
            });
            return;
        }
        await next(context);
    }
}
