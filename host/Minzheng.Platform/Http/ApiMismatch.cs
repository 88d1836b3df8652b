using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Minzheng.Platform.Http;

/// <summary>
/// What to answer for an API path that reached the web UI's fallback. Routing picks the fallback whenever no route
/// takes the request, so without this a route called with the wrong method or a body of the wrong type answered
/// 404 "没有这个接口" as if it did not exist: the caller could not tell a typo from a wrong Content-Type.
/// </summary>
internal sealed class ApiMismatch(EndpointDataSource endpoints)
{
    private readonly Lazy<IReadOnlyList<Route>> _routes = new(() => endpoints.Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/').StartsWith("api/", StringComparison.OrdinalIgnoreCase))
        .Select(e => new Route(
            new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText!.TrimStart('/')), new RouteValueDictionary()),
            e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [],
            e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? []))
        .ToList());

    /// <summary>The problem for <paramref name="context"/>'s request: 405, 415, or 404 when no route has its path.</summary>
    public IResult Answer(HttpContext context)
    {
        var request = context.Request;
        var onPath = _routes.Value.Where(r => r.Matcher.TryMatch(request.Path, new RouteValueDictionary())).ToList();
        if (onPath.Count == 0)
        {
            return TypedResults.Problem(title: "未找到", detail: $"没有这个接口：{request.Path}", statusCode: StatusCodes.Status404NotFound);
        }
        var forMethod = onPath.Where(r => r.Methods.Count == 0 || r.Methods.Contains(request.Method, StringComparer.OrdinalIgnoreCase)).ToList();
        if (forMethod.Count == 0)
        {
            var allowed = onPath.SelectMany(r => r.Methods).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            context.Response.Headers.Allow = string.Join(", ", allowed);
            return TypedResults.Problem(title: "方法不允许", detail: $"这个接口不支持 {request.Method}，可用的方法：{string.Join("、", allowed)}。",
                statusCode: StatusCodes.Status405MethodNotAllowed);
        }
        var accepted = forMethod.SelectMany(r => r.ContentTypes).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var sentType = request.ContentType?.Split(';')[0].Trim() ?? "";
        if (accepted.Count > 0 && !accepted.Any(a => a.Equals(sentType, StringComparison.OrdinalIgnoreCase)))
        {
            var sent = string.IsNullOrEmpty(request.ContentType) ? "请求没有说明请求体的类型（Content-Type）" : $"请求体的类型是 {request.ContentType}";
            return TypedResults.Problem(title: "请求体类型不支持", detail: $"{sent}；这个接口接受：{string.Join("、", accepted)}。",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        // The path and method fit a route whose constraints refused a value (an id that is not one, say).
        return TypedResults.Problem(title: "未找到", detail: $"没有这个接口：{request.Path}", statusCode: StatusCodes.Status404NotFound);
    }

    private sealed record Route(TemplateMatcher Matcher, IReadOnlyList<string> Methods, IReadOnlyList<string> ContentTypes);
}
