using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Audit.Keys;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Audit.Checkpoints;

/// <summary>Takes checkpoints of a district's chain head: signs them with the current key and keeps them in the store.</summary>
public sealed class AuditCheckpoints(
    ModuleDatabases databases, AuditKeyRing keys, IAuditCheckpointStore store, TimeProvider clock, AuditOptions options,
    ILogger<AuditCheckpoints> logger)
{
    // The first keyed entry never moves once there is one: asked of the database once per district.
    private readonly ConcurrentDictionary<string, long> _keyedFrom = new();

    /// <summary>The store the checkpoints go to.</summary>
    public IAuditCheckpointStore Store => store;

    /// <summary>
    /// Checkpoints <paramref name="districtId"/>'s head now. Null when the chain is empty (nothing to anchor) or
    /// when the newest checkpoint already holds this head (unless <paramref name="evenIfUnchanged"/>).
    /// </summary>
    public async Task<AuditCheckpoint?> TakeAsync(string districtId, bool evenIfUnchanged, CancellationToken cancellationToken)
    {
        await using var db = databases.Create<AuditDbContext>(districtId);
        var head = await db.Entries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return null;
        }
        var stored = await store.ListAsync(districtId, cancellationToken);
        if (!evenIfUnchanged && stored.LastOrDefault(s => s.Checkpoint is not null)?.Checkpoint is { } newest
            && newest.Sequence == head.Sequence && newest.Hash == head.Hash)
        {
            return null;
        }
        var checkpoint = AuditCheckpoint.Sign(districtId, head.Sequence, head.Hash, clock.GetUtcNow(),
            await KeyedFromAsync(db, districtId, cancellationToken), keys.Current);
        await store.SaveAsync(checkpoint, cancellationToken);
        if (options.ThinCheckpoints)
        {
            await ThinAsync(districtId, stored, cancellationToken);
        }
        return checkpoint;
    }

    private async Task<long?> KeyedFromAsync(AuditDbContext db, string districtId, CancellationToken cancellationToken)
    {
        if (_keyedFrom.TryGetValue(districtId, out var known))
        {
            return known;
        }
        // Keyed entries only ever follow plain ones: on a chain keyed from its start this stops at the first row.
        var first = await db.Entries.AsNoTracking().Where(e => e.KeyId != null).OrderBy(e => e.Sequence)
            .Select(e => (long?)e.Sequence).FirstOrDefaultAsync(cancellationToken);
        if (first is { } found)
        {
            _keyedFrom[districtId] = found;
        }
        return first;
    }

    private async Task ThinAsync(string districtId, IReadOnlyList<StoredCheckpoint> stored, CancellationToken cancellationToken)
    {
        // Only checkpoints that verify are thinned: one that does not is evidence, and stays. The one just
        // taken (unnamed here) is the newest, and so kept.
        var valid = stored.Where(s => s.Checkpoint is { } c && keys.Find(c.KeyId) is { } key && c.IsSignedBy(key))
            .Select(s => (s.Name, s.Checkpoint!.At)).Append(("", clock.GetUtcNow()));
        foreach (var name in CheckpointRetention.ToRemove(valid, clock.GetUtcNow()).Where(n => n != ""))
        {
            try
            {
                await store.DeleteAsync(districtId, name, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An append-only store refuses: that is its right, and nothing is lost.
                logger.LogWarning("Audit checkpoint {Name} could not be thinned out of {Store}: {Reason}", name, store.Location, e.Message);
            }
        }
    }
}
