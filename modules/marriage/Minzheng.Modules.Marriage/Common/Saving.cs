using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Marriage.Common;

/// <summary>One commit per request: all of a change is written, or none of it.</summary>
public static class Saving
{
    /// <summary>
    /// Saves; a concurrent change of the same record or number counter becomes a 409 (nothing of this
    /// request is written), never a 500.
    /// </summary>
    /// <returns>Null when saved, else the problem to answer.</returns>
    public static async Task<IResult?> SaveOrConflictAsync(this MarriageDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.StaleVersion("该记录或证号已被他人同时修改，请刷新后重试。");
        }
        catch (DbUpdateException)
        {
            // A unique index (certificate number, counter row) refused a concurrent insert.
            return Problems.Conflict("证号或记录与他人同时提交的操作冲突，请重试。");
        }
    }

    /// <summary>The 409 for a request made on an outdated version of a record.</summary>
    public static IResult Stale(int current) =>
        Problems.StaleVersion($"记录已被他人修改（当前版本 {current}），请刷新后重试。");

    /// <summary>503 when the district has no registration office configured (certificate numbers need its code).</summary>
    public static IResult NoOffice() => TypedResults.Problem(
        title: "未配置婚姻登记机关", detail: "本区尚未配置婚姻登记机关（Modules:marriage:Offices），请联系系统管理员。",
        statusCode: StatusCodes.Status503ServiceUnavailable);
}
