using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Minzheng.Platform.Audit.Keys;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Audit;

/// <summary>
/// Appends entries to a district's audit chain: numbers them, dates them and links each to the one
/// before. Every writer of the audit trail goes through here (changes saved through DbContexts,
/// <see cref="Minzheng.Sdk.Audit.IAuditTrail"/>, sign-ins, module switches).
/// </summary>
/// <remarks>
/// Appends that arrive while one is being written are written together, in arrival order, in the next
/// transaction (a group commit): every sensitive read is audited, and one commit per read made the
/// chain the ceiling of the whole API. Each caller's entries stay contiguous and its own all-or-none:
/// when the database refuses a group, its callers are retried one by one, so one caller's bad entry fails
/// only that caller; any other failure (an outage) fails the group's callers at once.
/// </remarks>
public sealed class AuditWriter
{
    // Appends waiting for the next group: enough to amortise a commit, few enough to keep one transaction short.
    private const int MaxGroup = 256;

    private readonly ModuleDatabases _databases;
    private readonly DataStore _store;
    private readonly DistrictDirectory _districts;
    private readonly TimeProvider _clock;
    private readonly AuditKeyRing _keys;
    private readonly ConcurrentDictionary<string, Lane> _lanes = new();

    /// <summary>Creates the writer (a singleton: the per-district lanes must be shared).</summary>
    public AuditWriter(ModuleDatabases databases, DataStore store, DistrictDirectory districts, TimeProvider clock, AuditKeyRing keys)
    {
        _keys = keys;
        _databases = databases;
        _store = store;
        _districts = districts;
        _clock = clock;
    }

    /// <summary>Appends one entry to <paramref name="districtId"/>'s chain.</summary>
    /// <exception cref="ArgumentException">The district is not configured.</exception>
    public Task AppendAsync(string districtId, AuditDraft draft, CancellationToken cancellationToken) =>
        AppendAsync(districtId, [draft], cancellationToken);

    /// <summary>Appends entries to <paramref name="districtId"/>'s chain, in order, all or none.</summary>
    /// <remarks>
    /// <paramref name="cancellationToken"/> is honoured until the entries are queued; after that they are
    /// written regardless, as what they record has already happened.
    /// </remarks>
    /// <exception cref="ArgumentException">The district is not configured.</exception>
    public async Task AppendAsync(string districtId, IReadOnlyList<AuditDraft> drafts, CancellationToken cancellationToken)
    {
        if (_districts.Find(districtId) is null)
        {
            throw new ArgumentException($"District '{districtId}' is not configured: it has no audit trail.", nameof(districtId));
        }
        if (drafts.Count == 0)
        {
            return;
        }
        cancellationToken.ThrowIfCancellationRequested();
        var append = new PendingAppend(drafts);
        var lane = _lanes.GetOrAdd(districtId, _ => new Lane());
        lane.Waiting.Enqueue(append);
        // One writer at a time per district in this process, so the chain never forks; the store's lock
        // (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL) covers other host instances, and
        // the unique previous hash would refuse a fork that slipped through.
        await lane.Writer.WaitAsync(CancellationToken.None);
        try
        {
            // Written already when a previous writer took it into its group; else it is still queued, maybe
            // behind a full group or two.
            while (!append.Written.Task.IsCompleted)
            {
                var group = new List<PendingAppend>();
                while (group.Count < MaxGroup && lane.Waiting.TryDequeue(out var next))
                {
                    group.Add(next);
                }
                await WriteGroupAsync(districtId, group);
            }
        }
        finally
        {
            lane.Writer.Release();
        }
        await append.Written.Task;
    }

    private async Task WriteGroupAsync(string districtId, List<PendingAppend> group)
    {
        try
        {
            await WriteAsync(districtId, group.SelectMany(a => a.Drafts).ToList());
            group.ForEach(a => a.Written.TrySetResult());
        }
        catch (DbUpdateException e) when (group.Count > 1 && !_store.IsOutage(e))
        {
            // The database refused an entry: find whose. Anything else (an outage, a commit whose outcome is
            // unknown) fails the group as it stands, rather than waiting it out once per caller or writing twice.
            foreach (var append in group)
            {
                try
                {
                    await WriteAsync(districtId, append.Drafts);
                    append.Written.TrySetResult();
                }
                catch (Exception refused)
                {
                    append.Written.TrySetException(refused);
                }
            }
        }
        catch (Exception e)
        {
            group.ForEach(a => a.Written.TrySetException(e));
        }
    }

    private async Task WriteAsync(string districtId, IReadOnlyList<AuditDraft> drafts)
    {
        await using var db = _databases.Create<AuditDbContext>(districtId);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await _store.SerializeAsync(db, "minzheng.audit-chain", CancellationToken.None);
        var last = await db.Entries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(CancellationToken.None);
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? AuditHash.Genesis;
        var now = _clock.GetUtcNow().ToUniversalTime();
        // Always the current key: the first keyed entry of a chain from before keying links to its last plain one.
        var key = _keys.Current;
        var hash = new AuditHash();
        var entries = new List<AuditEntry>(drafts.Count);
        foreach (var draft in drafts)
        {
            var entry = new AuditEntry
            {
                Sequence = ++sequence,
                At = now,
                DistrictId = districtId,
                Source = draft.Source,
                ActorId = draft.Actor.Id,
                ActorName = draft.Actor.Name,
                Action = draft.Action,
                Entity = draft.Entity,
                Key = draft.Key,
                PersonKey = draft.PersonKey,
                Before = draft.Before,
                After = draft.After,
                PreviousHash = previousHash,
                KeyId = key.Id,
            };
            entry.Hash = hash.Keyed(entry, key);
            previousHash = entry.Hash;
            entries.Add(entry);
        }
        try
        {
            // Not EF Core's change tracking: the entries are written once and never read back here, and a
            // million-row import appends a few entries per row.
            await BulkInsert.InsertAsync(db, transaction.GetDbTransaction(), entries,
                [nameof(AuditEntry.At), nameof(AuditEntry.DistrictId), nameof(AuditEntry.KeyId)], CancellationToken.None);
        }
        catch (DbException e)
        {
            // As EF Core reports a refused save, so that a refusal (and an outage, by its inner exception) is told apart as before.
            throw new DbUpdateException($"The audit trail refused entries {entries[0].Sequence}–{sequence} of district {districtId}.", e);
        }
        await transaction.CommitAsync(CancellationToken.None);
    }

    private sealed class Lane
    {
        public SemaphoreSlim Writer { get; } = new(1, 1);
        public ConcurrentQueue<PendingAppend> Waiting { get; } = new();
    }

    private sealed class PendingAppend(IReadOnlyList<AuditDraft> drafts)
    {
        public IReadOnlyList<AuditDraft> Drafts { get; } = drafts;
        public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
