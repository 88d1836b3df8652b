using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Minzheng.Platform.Http;

/// <summary>RFC 9457 problem details for every error, with the request id to quote to support.</summary>
internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddMinzhengProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(context.ProblemDetails.Status ?? 500);
        });
        services.AddExceptionHandler<DatabaseOutageExceptionHandler>();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Outside Development the framework answers unreadable input with a bare 400 of its own; thrown, it reaches
        // BadRequestExceptionHandler, which says in Chinese what was wrong and where.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddSingleton<ApiMismatch>();
        return services;
    }
}

/// <summary>
/// Input the framework could not read (malformed JSON, a wrong type in the route) is the caller's
/// error: 400 with what was wrong, not a 500.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        var problem = bad.InnerException is JsonException json
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [FieldOf(json.Path)] = [JsonMessage(json)] })
            {
                Status = bad.StatusCode,
                Title = "请求无法解析",
                Detail = "请求体不是这个接口能读的 JSON：" + JsonMessage(json),
            }
            : new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "请求无法解析",
                Detail = Explain(bad),
            };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem });
    }

    // "$.applicant.idNumber" is the field "applicant.idNumber", as validation problems name fields; the root is "$".
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string JsonMessage(JsonException json)
    {
        var where = json.LineNumber is { } line ? $"（第 {line + 1} 行第 {(json.BytePositionInLine ?? 0) + 1} 个字节处）" : "";
        var field = FieldOf(json.Path);
        return json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? $"字段 {field} 的值类型不对{where}"
            : $"JSON 格式错误或不完整{where}";
    }

    // The framework's own messages are English and name its parameters; say what the caller sent wrong.
    private static string Explain(BadHttpRequestException bad) => bad.Message switch
    {
        var m when m.Contains("no body was provided", StringComparison.OrdinalIgnoreCase) => "这个接口需要请求体（JSON）。",
        var m when BindFailure().Match(m) is { Success: true } bound => $"参数 {bound.Groups["name"].Value} 的值“{bound.Groups["value"].Value}”格式不对。",
        _ => bad.Message,
    };

    [System.Text.RegularExpressions.GeneratedRegex("""Failed to bind parameter "(?:\S+ )?(?<name>[^"]+)" from "(?<value>[^"]*)"\.""")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();
}
