using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Data;

/// <summary>
/// Stamps new outbox messages with the platform's clock as they are saved (modules have no clock of
/// their own in <see cref="ModuleDbContext.Publish"/>) and wakes the dispatcher once they are committed:
/// after the save, or, inside the caller's own transaction, after that commits (a dispatcher woken
/// earlier would not see them yet and sleep until its next round).
/// </summary>
internal sealed class OutboxStampInterceptor(TimeProvider clock, OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Contexts whose save carries new messages. Waking the dispatcher after every save made it wake
    // itself (its own bookkeeping is a save) and query every district's databases in a tight loop.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> _publishing = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfPublished(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfPublished(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        NotifyIfPublished(eventData.Context, committed: true);

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        NotifyIfPublished(eventData.Context, committed: true);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        Forget(eventData.Context);

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _publishing.Remove(context);
        }
    }

    private void NotifyIfPublished(DbContext? context, bool committed = false)
    {
        if (context is null || (!committed && context.Database.CurrentTransaction is not null))
        {
            return;
        }
        if (_publishing.Remove(context))
        {
            signal.Notify();
        }
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added))
        {
            entry.Entity.OccurredAt = now;
            _publishing.AddOrUpdate(context, this);
        }
    }
}

/// <summary>Wakes the event dispatcher early when something was published.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    /// <summary>Tells the dispatcher there may be work.</summary>
    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every message saved so far.
        }
    }

    /// <summary>Waits for a signal or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);
}
