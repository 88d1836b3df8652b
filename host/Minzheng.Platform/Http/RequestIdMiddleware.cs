using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Minzheng.Platform.Http;

/// <summary>
/// Gives every request an id — the caller's <c>X-Request-Id</c> when it is sane, else the server's
/// trace identifier — echoes it in the response and puts it in the logging scope, so one id ties a
/// problem detail a user reports to the log lines of that request.
/// </summary>
internal sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string Header = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        if (incoming.Length is > 0 and <= 64 && incoming.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
        {
            context.TraceIdentifier = incoming;
        }
        // When the answer starts: the exception handler clears the headers of an answer it takes over.
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            http.Response.Headers[Header] = http.TraceIdentifier;
            return Task.CompletedTask;
        }, context);
        using (logger.BeginScope("RequestId:{RequestId}", context.TraceIdentifier))
        {
            await next(context);
        }
    }
}
