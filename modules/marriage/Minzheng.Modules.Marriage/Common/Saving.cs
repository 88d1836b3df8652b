using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Certificates;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Marriage.Common;

/// <summary>One commit per request: all of a change is written, or none of it.</summary>
public static class Saving
{
    /// <summary>
    /// Saves, and commits the request's transaction when one is open (the one a certificate number opened,
    /// <see cref="CertificateNumbering"/>, or a booking's);
    /// a concurrent change of the same record becomes a 409 (nothing of this request is written, the number
    /// goes back), never a 500.
    /// </summary>
    /// <returns>Null when saved, else the problem to answer.</returns>
    public static async Task<IResult?> SaveOrConflictAsync(this MarriageDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (db.Database.CurrentTransaction is not null)
            {
                // Saved: a cancelled request must not leave the commit half-observed (its audit and events follow the commit).
                await db.Database.CommitTransactionAsync(CancellationToken.None);
            }
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            await RollBackAsync(db);
            return Problems.StaleVersion("该记录已被他人同时修改，请刷新后重试。");
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // A unique index refused a concurrent insert (a record added twice). Any other failure is not the
            // caller's to retry: it reaches the host (an outage is a 503 there).
            await RollBackAsync(db);
            return Problems.Conflict("记录与他人同时提交的操作冲突，请重试。");
        }
    }

    // Releases the number counter's lock now rather than when the request's scope ends. A rollback that
    // fails (a broken connection) is left to the scope's end: the answer stays the 409.
    private static async Task RollBackAsync(MarriageDb db)
    {
        try
        {
            if (db.Database.CurrentTransaction is not null)
            {
                await db.Database.RollbackTransactionAsync(CancellationToken.None);
            }
        }
        catch (System.Data.Common.DbException)
        {
        }
    }

    /// <summary>The 409 for a request made on an outdated version of a record.</summary>
    public static IResult Stale(int current) =>
        Problems.StaleVersion($"记录已被他人修改（当前版本 {current}），请刷新后重试。");

    /// <summary>
    /// 409 when the office has issued the last number of a kind this year (the six digits of the sequence):
    /// nothing was written; an administrator must give the office another code or wait for the new year.
    /// </summary>
    public static IResult NumbersExhausted(string what) =>
        Problems.Conflict($"本登记机关本年度的{what}编号（6位顺序号）已全部用完，本次登记未保存；请联系系统管理员。", "证书编号已用完");

    /// <summary>503 when the district has no registration office configured (certificate numbers need its code).</summary>
    public static IResult NoOffice() => TypedResults.Problem(
        title: "未配置婚姻登记机关", detail: "本区尚未配置婚姻登记机关（Modules:marriage:Offices），请联系系统管理员。",
        statusCode: StatusCodes.Status503ServiceUnavailable);
}
