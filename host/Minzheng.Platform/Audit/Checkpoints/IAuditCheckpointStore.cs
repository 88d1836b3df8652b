namespace Minzheng.Platform.Audit.Checkpoints;

/// <summary>
/// Where checkpoints are kept, outside the audit databases: a folder (<see cref="FolderCheckpointStore"/>) by
/// default; another store (object storage with retention lock, a syslog host…) implements this and is
/// registered in its place.
/// </summary>
public interface IAuditCheckpointStore
{
    /// <summary>Where the checkpoints are, for messages and logs.</summary>
    string Location { get; }

    /// <summary>Keeps <paramref name="checkpoint"/>; all or nothing (a reader never sees half a checkpoint).</summary>
    Task SaveAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken);

    /// <summary>Every checkpoint kept for <paramref name="districtId"/>, unreadable ones included (as such): verification names them.</summary>
    Task<IReadOnlyList<StoredCheckpoint>> ListAsync(string districtId, CancellationToken cancellationToken);

    /// <summary>Removes a checkpoint the retention rule no longer keeps.</summary>
    Task DeleteAsync(string districtId, string name, CancellationToken cancellationToken);
}

/// <summary>A checkpoint as found in the store.</summary>
/// <param name="Name">Its name in the store (e.g. the file's), as messages cite it.</param>
/// <param name="Sequence">The sequence its name gives.</param>
/// <param name="Checkpoint">Its content, or null when it cannot be read.</param>
/// <param name="Problem">Why it cannot be read (Chinese); null when it can.</param>
public sealed record StoredCheckpoint(string Name, long Sequence, AuditCheckpoint? Checkpoint, string? Problem);
