using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Http;

/// <summary>
/// An endpoint that declares neither a permission nor a public reason is refused to every caller:
/// a forgotten declaration locks the endpoint instead of opening it. Defence in depth: a module with such a
/// route is refused at start-up; this covers what that check does not see, the platform's own endpoints
/// (kept declared by a test) and endpoints a data source adds after start-up.
/// </summary>
internal sealed class UndeclaredAccessMiddleware(RequestDelegate next, ILogger<UndeclaredAccessMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is not null
            && endpoint.Metadata.GetMetadata<RequiredPermissionMetadata>() is null
            && endpoint.Metadata.GetMetadata<PublicEndpointMetadata>() is null)
        {
            logger.LogError("Refused {Endpoint}: it declares neither a permission nor a public reason", endpoint.DisplayName);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "接口未声明权限",
                    Detail = "该接口没有声明所需权限，系统拒绝所有调用。请联系模块开发者。",
                },
            });
            return;
        }
        await next(context);
    }
}
