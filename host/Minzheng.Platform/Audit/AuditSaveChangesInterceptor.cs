using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Audit;

/// <summary>
/// Records every change saved through a module or platform DbContext, once it is committed: taken in
/// <c>SavingChanges</c>, appended after <c>SavedChanges</c> — or, inside a caller's own transaction,
/// after that transaction commits. A failed save or a rolled-back transaction records nothing.
/// </summary>
/// <remarks>
/// Pending changes are kept per DbContext instance, not in fields, so one interceptor serves any number
/// of contexts (concurrent ones too) without one save's changes leaking into another's.
/// </remarks>
internal sealed class AuditSaveChangesInterceptor(DbContextBinding binding, Lazy<AuditWriter> writer, ILogger logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, IReadOnlyList<CapturedChange>> _saving = new();
    private readonly ConditionalWeakTable<DbContext, List<AuditDraft>> _awaitingCommit = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        // Synchronous saves get a synchronous append: the request thread waits, as it did for the save.
        SavedAsync(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await SavedAsync(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        CommittedAsync(eventData.Context).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        CommittedAsync(eventData.Context);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Discard(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        // The audit trail's own saves are the record; recording them would never end.
        if (context is null or AuditDbContext)
        {
            return;
        }
        _saving.AddOrUpdate(context, ChangeCapture.Capture(context));
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _saving.Remove(context);
        }
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            _awaitingCommit.Remove(context);
        }
    }

    private async Task SavedAsync(DbContext? context)
    {
        if (context is null || !_saving.TryGetValue(context, out var changes))
        {
            return;
        }
        _saving.Remove(context);
        if (changes.Count == 0)
        {
            return;
        }
        var actor = AuditActor.From(binding.Actor);
        var drafts = changes.Select(c => c.ToDraft(binding.Source, actor)).ToList();
        if (context.Database.CurrentTransaction is not null)
        {
            // The caller's own transaction: the change is not the database's until it commits.
            _awaitingCommit.GetOrCreateValue(context).AddRange(drafts);
            return;
        }
        await AppendAsync(drafts);
    }

    private async Task CommittedAsync(DbContext? context)
    {
        if (context is null || !_awaitingCommit.TryGetValue(context, out var drafts))
        {
            return;
        }
        _awaitingCommit.Remove(context);
        await AppendAsync(drafts);
    }

    private async Task AppendAsync(IReadOnlyList<AuditDraft> drafts)
    {
        try
        {
            // Not the caller's token: the change is committed, and its record must follow whatever the caller does now.
            await writer.Value.AppendAsync(binding.DistrictId, drafts, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The change is committed but unrecorded: say so loudly, with what to reconcile, and fail the call.
            logger.LogCritical(e, "Audit entries of a committed change could not be appended in district {District} ({Source}): {Drafts}",
                binding.DistrictId, binding.Source, JsonSerializer.Serialize(drafts, AuditJson.Options));
            throw;
        }
    }
}
