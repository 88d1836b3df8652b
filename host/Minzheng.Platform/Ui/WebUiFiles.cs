using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;
using Minzheng.Platform.Http;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Ui;

/// <summary>
/// Serves the built web shell from the host's web root: its files, and <c>index.html</c> for every
/// other path outside the API so that the shell's own routes survive a reload.
/// </summary>
internal static class WebUiFiles
{
    // The shell loads only its own scripts; antd writes its styles inline at run time.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static readonly string[] NotTheShell = ["/api", "/openapi", "/api-reference", "/health"];

    public static void Map(WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                // Vite names built assets by their content hash: a changed file has a new name.
                headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });

        app.MapFallback("{*path:nonfile}", ServeShell)
            .WithName("WebUi")
            .ExcludeFromDescription()
            .AllowPublic("the web UI's static files; no data");
    }

    private static IResult ServeShell(HttpContext context, IWebHostEnvironment environment, ApiMismatch mismatch)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return mismatch.Answer(context);
        }
        if (NotTheShell.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.Problem(title: "未找到", detail: $"没有这个接口：{path}", statusCode: StatusCodes.Status404NotFound);
        }
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return TypedResults.Problem(title: "方法不允许", detail: "网页界面只能用 GET 打开。", statusCode: StatusCodes.Status405MethodNotAllowed);
        }
        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers[HeaderNames.XFrameOptions] = "DENY";
        headers["Referrer-Policy"] = "same-origin";

        var index = environment.WebRootFileProvider.GetFileInfo("index.html");
        if (!index.Exists)
        {
            return TypedResults.Content(
                "<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>民政</title><body><h1>网页界面尚未构建</h1>" +
                "<p>请运行 <code>build/run.sh</code>，或在 <code>host/web</code> 中运行 <code>npm ci &amp;&amp; npm run build</code> 后重启服务。</p>" +
                "<p>接口仍可使用：<a href=\"/api-reference\">/api-reference</a>。</p></body></html>",
                "text/html; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status503ServiceUnavailable);
        }
        return TypedResults.Stream(index.CreateReadStream(), "text/html; charset=utf-8");
    }
}
