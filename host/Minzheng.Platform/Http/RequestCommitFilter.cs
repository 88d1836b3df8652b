using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Http;

/// <summary>
/// The one place that commits a module request's changes (as a transaction filter does): after the endpoint has
/// answered, every module DbContext the request used is saved and its open transaction committed when the answer
/// is a success, and rolled back and discarded when it is an error — so a refused request writes nothing, and a
/// handler never writes its own try/catch around <c>SaveChanges</c>.
/// </summary>
/// <remarks>
/// A save that loses a concurrency check (someone else saved the record since it was read) answers 409
/// <see cref="Problems.StaleVersion"/>; one that loses a unique-key race answers 409 <see cref="Problems.Conflict"/>;
/// in both cases nothing of the request is written. This holds for a handler's own <c>SaveChangesAsync</c> too (one
/// that needs the database's answer before it returns). Any other failure — the database being down — is not the
/// caller's to fix and reaches the host's handlers (503).
/// </remarks>
public sealed class RequestCommitFilter : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var contexts = context.HttpContext.RequestServices.GetRequiredService<RequestDbContexts>();
        try
        {
            var result = await next(context);
            if (IsSuccess(result))
            {
                await CommitAsync(contexts, context.HttpContext.RequestAborted);
            }
            else
            {
                await DiscardAsync(contexts);
            }
            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            await DiscardAsync(contexts);
            return Problems.StaleVersion("该记录已被他人同时修改，本次操作未保存；请刷新后重试。");
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            await DiscardAsync(contexts);
            return Problems.Conflict("与他人同时提交的操作冲突（同一记录被重复添加），本次操作未保存；请刷新后重试。");
        }
        catch (Exception e) when (IsSerializationFailure(e))
        {
            await DiscardAsync(contexts);
            return Problems.Conflict("与他人同时提交的操作冲突，本次操作未保存；请重试。");
        }
    }

    private static async Task CommitAsync(RequestDbContexts contexts, CancellationToken cancellationToken)
    {
        foreach (var db in contexts.Contexts)
        {
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            if (db.Database.CurrentTransaction is not null)
            {
                // Saved: a request cancelled now must not leave the commit half-observed (audit and events follow it).
                await db.Database.CommitTransactionAsync(CancellationToken.None);
            }
        }
    }

    // Releases what a transaction holds (a counter's row lock) now rather than when the scope ends. A rollback that
    // fails (a broken connection) is left to the scope's end: the answer stays the one already decided.
    private static async Task DiscardAsync(RequestDbContexts contexts)
    {
        foreach (var db in contexts.Contexts)
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
            db.ChangeTracker.Clear();
        }
    }

    // A serializable transaction that lost to a concurrent one (PostgreSQL refuses it at write or commit): a race
    // the caller may retry, like a unique key's. SQLite serialises writers and never reports it.
    private static bool IsSerializationFailure(Exception e) =>
        (e as Npgsql.PostgresException ?? e.InnerException as Npgsql.PostgresException)?.SqlState
            is Npgsql.PostgresErrorCodes.SerializationFailure or Npgsql.PostgresErrorCodes.DeadlockDetected;

    /// <summary>Whether an endpoint's answer is a success (2xx or 3xx, or a plain value serialised as 200).</summary>
    public static bool IsSuccess(object? result) => result switch
    {
        INestedHttpResult nested => IsSuccess(nested.Result),
        IStatusCodeHttpResult { StatusCode: { } status } => status < 400,
        _ => true,
    };
}
