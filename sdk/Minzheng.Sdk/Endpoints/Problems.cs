using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Minzheng.Sdk.Endpoints;

/// <summary>
/// RFC 9457 problem details for the errors a caller can cause, with messages staff read (Chinese).
/// One way to say each kind of error, for the platform and modules alike.
/// </summary>
public static class Problems
{
    /// <summary>400 with one message on one field (field names as in the request, camelCase).</summary>
    public static ValidationProblem Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>400 with messages per field.</summary>
    public static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "输入有误", detail: "请根据各字段的提示修改后重试。");

    /// <summary>404: the thing does not exist for this caller (also when it exists outside their scope).</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(title: "未找到", detail: detail, statusCode: StatusCodes.Status404NotFound);

    /// <summary>409: the request conflicts with the current state (a duplicate, an illegal transition); a stale version is <see cref="StaleVersion"/>.</summary>
    public static ProblemHttpResult Conflict(string detail, string title = "操作冲突") =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict);

    /// <summary>
    /// 409 of type <see cref="ProblemTypes.StaleVersion"/>: the change was based on a version of the record
    /// that is no longer the current one (or another change won the race to save). Clients read the record again.
    /// </summary>
    public static ProblemHttpResult StaleVersion(string detail) =>
        TypedResults.Problem(title: "信息已被修改", detail: detail, statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.StaleVersion);

    /// <summary>403: signed in, but not allowed to do this.</summary>
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(title: "权限不足", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    /// <summary>
    /// Null for a caller of district level, else the 403 saying why (<paramref name="detail"/>: who decides it, e.g.
    /// "销售网点的设立和关闭由区民政局决定。"): for the decisions the law gives the district's bureau even where a town clerk
    /// holds the permission. Since SDK 2.6.0.
    /// </summary>
    public static ProblemHttpResult? DistrictOnly(Access.ICallerContext caller, string detail)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Scope.Level == Access.OrgLevel.District ? null : Forbidden(detail);
    }

    /// <summary>401: not (or no longer) signed in, or the credentials were wrong.</summary>
    public static ProblemHttpResult Unauthorized(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(title: "未登录或登录失败", detail: detail, statusCode: StatusCodes.Status401Unauthorized, extensions: extensions);
}
