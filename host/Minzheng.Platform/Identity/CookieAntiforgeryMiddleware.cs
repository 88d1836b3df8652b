using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Minzheng.Platform.Identity;

/// <summary>
/// A browser sends the sign-in cookie with every request, including ones a hostile page makes: a
/// change made with the cookie must also carry the anti-forgery token the UI fetched
/// (<c>GET /api/platform/auth/antiforgery</c>, header <c>X-XSRF-TOKEN</c>). Bearer tokens are not
/// sent by browsers on their own, so they need none.
/// </summary>
internal sealed class CookieAntiforgeryMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery, IProblemDetailsService problems)
    {
        var signedInWithCookie = context.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == IdentityConstants.ApplicationScheme);
        if (signedInWithCookie && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status400BadRequest,
                        Title = "防伪令牌无效",
                        Detail = "请求缺少有效的防伪令牌（X-XSRF-TOKEN），请刷新页面后重试。",
                    },
                });
                return;
            }
        }
        await next(context);
    }
}
