using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Registry.Data;

namespace Minzheng.Platform.Registry.Import;

/// <summary>
/// Which worker runs an import. A worker claims a queued import, or takes over a running one whose
/// heartbeat stopped (the process that ran it died: a live worker never leaves an import), with one
/// conditional update — of two host instances, exactly one sees a row changed. The claim's token then
/// guards every later write of the import's bookkeeping, so a worker that lost its claim writes nothing more.
/// </summary>
internal static class ImportClaims
{
    /// <summary>
    /// How long a claim lasts without a heartbeat. A batch of <see cref="ImportRunner.BatchSize"/> rows
    /// commits in seconds; two minutes without one means the process holding the import is gone.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    /// <summary>The imports a worker may claim now, oldest first: queued ones, and running ones left behind.</summary>
    public static Task<List<Guid>> ClaimableAsync(RegistryDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        Claimable(db.Imports.AsNoTracking(), now).OrderBy(i => i.CreatedAt).Select(i => i.Id).ToListAsync(cancellationToken);

    /// <summary>Claims the import; returns the claim's token, or null when it is not (or no longer) claimable.</summary>
    public static async Task<Guid?> ClaimAsync(RegistryDbContext db, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        var claimed = await Claimable(db.Imports, now).Where(i => i.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, ImportStatus.Running)
            // A takeover keeps the first start: staff see when the import began, not when it was resumed.
            .SetProperty(i => i.StartedAt, i => i.StartedAt ?? now)
            .SetProperty(i => i.ClaimToken, token)
            .SetProperty(i => i.HeartbeatAt, now), cancellationToken);
        return claimed == 1 ? token : null;
    }

    /// <summary>The import, while <paramref name="token"/> still holds it.</summary>
    public static IQueryable<ResidentImport> Held(RegistryDbContext db, Guid id, Guid token) =>
        db.Imports.Where(i => i.Id == id && i.ClaimToken == token);

    private static IQueryable<ResidentImport> Claimable(IQueryable<ResidentImport> imports, DateTimeOffset now)
    {
        var stale = now - Lifetime;
        // A heartbeat of null on a running import: claimed before heartbeats were recorded, by a process long gone.
        return imports.Where(i => i.Status == ImportStatus.Queued
            || (i.Status == ImportStatus.Running && (i.HeartbeatAt == null || i.HeartbeatAt < stale)));
    }
}
