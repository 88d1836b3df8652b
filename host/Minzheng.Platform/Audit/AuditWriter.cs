using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;

namespace Minzheng.Platform.Audit;

/// <summary>
/// Appends entries to a district's audit chain: numbers them, dates them and links each to the one
/// before. Every writer of the audit trail goes through here (changes saved through DbContexts,
/// <see cref="Minzheng.Sdk.Audit.IAuditTrail"/>, sign-ins, module switches).
/// </summary>
public sealed class AuditWriter
{
    private readonly ModuleDatabases _databases;
    private readonly DataStore _store;
    private readonly DistrictDirectory _districts;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new();

    /// <summary>Creates the writer (a singleton: the per-district gates must be shared).</summary>
    public AuditWriter(ModuleDatabases databases, DataStore store, DistrictDirectory districts, TimeProvider clock)
    {
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
        // One writer at a time per district in this process, so the chain never forks; the store's lock
        // (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL) covers other host instances, and
        // the unique previous hash would refuse a fork that slipped through.
        var gate = _gates.GetOrAdd(districtId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = _databases.Create<AuditDbContext>(districtId);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await _store.SerializeAsync(db, "minzheng.audit-chain", cancellationToken);
            var last = await db.Entries.AsNoTracking()
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            var sequence = last?.Sequence ?? 0;
            var previousHash = last?.Hash ?? AuditHash.Genesis;
            var now = _clock.GetUtcNow().ToUniversalTime();
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
                };
                entry.Hash = AuditHash.Compute(entry);
                previousHash = entry.Hash;
                db.Entries.Add(entry);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
