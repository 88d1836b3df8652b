using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Data;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Http;

/// <summary>
/// A request that meets an unreachable database gets 503 with a Retry-After, not a 500: nothing was
/// written (the transaction never committed) and the same request may simply be sent again. Pooled
/// connections are dropped, so that the first request after the database returns opens fresh ones.
/// </summary>
internal sealed class DatabaseOutageExceptionHandler(DataStore store, IProblemDetailsService problems, ILogger<DatabaseOutageExceptionHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!store.IsOutage(exception))
        {
            return false;
        }
        logger.LogWarning("Database unreachable during {Method} {Path}: {Error}", httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
        store.ForgetConnections();
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Type = ProblemTypes.DatabaseUnavailable,
                Title = "数据库暂时无法访问",
                Detail = $"系统暂时无法连接数据库，本次操作未保存任何内容。请在 {RetryAfterSeconds} 秒后重试；如持续出现，请联系系统管理员。",
            },
        });
    }
}
