using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Minzheng.Platform.Http;

/// <summary>
/// An API write sent with no body at all is read as the empty JSON object. Actions such as 批准 or 注销 take only
/// optional fields (a reason, a note), and a client that sends nothing should reach the route — and its field
/// checks, which say what is required — rather than a bare "body required" or a 415 for a body it never sent.
/// </summary>
internal sealed class EmptyBodyMiddleware(RequestDelegate next)
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api")
            && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method))
            && string.IsNullOrEmpty(request.ContentType)
            // The server's own judgement from the framing (Content-Length 0, no chunked body, an HTTP/2 stream ended):
            // a body that is there, even untyped, is never replaced.
            && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != true)
        {
            request.ContentType = "application/json";
            request.ContentLength = EmptyObject.Length;
            request.Body = new MemoryStream(EmptyObject, writable: false);
            // The server decided from the headers it received that there is no body; the route's binding asks it.
            context.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody());
        }
        return next(context);
    }

    private sealed class HasBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }
}
