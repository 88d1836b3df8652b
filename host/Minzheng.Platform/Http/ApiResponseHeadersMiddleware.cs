using Microsoft.AspNetCore.Http;

namespace Minzheng.Platform.Http;

/// <summary>
/// Every API answer may carry a person's data: no browser or proxy keeps a copy (<c>Cache-Control: no-store</c>), and
/// no browser reads a JSON or file answer as something else (<c>nosniff</c>). The web shell's own files are served with
/// their cache headers by <see cref="Ui.WebUiFiles"/>.
/// </summary>
internal sealed class ApiResponseHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            // When the answer starts, not now: the exception handler clears the headers of an answer it takes over and
            // sets its own Cache-Control; callbacks registered earlier run later, so these have the last word.
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
                headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            }, context.Response);
        }
        return next(context);
    }
}
