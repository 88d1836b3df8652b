using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Marriage.Common;

/// <summary>The problems only a registration office has.</summary>
public static class OfficeProblems
{
    /// <summary>
    /// 409 when the office has issued the last number of a kind this year (the six digits of the sequence):
    /// nothing was written; an administrator must give the office another code or wait for the new year.
    /// </summary>
    public static ProblemHttpResult NumbersExhausted(string what) =>
        Problems.Conflict($"本登记机关本年度的{what}编号（6位顺序号）已全部用完，本次登记未保存；请联系系统管理员。", "证书编号已用完");

    /// <summary>503 when the district has no registration office configured (certificate numbers need its code).</summary>
    public static ProblemHttpResult NoOffice() => TypedResults.Problem(
        title: "未配置婚姻登记机关", detail: "本区尚未配置婚姻登记机关（Modules:marriage:Offices），请联系系统管理员。",
        statusCode: StatusCodes.Status503ServiceUnavailable);
}
