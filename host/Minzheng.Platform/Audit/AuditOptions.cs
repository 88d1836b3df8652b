namespace Minzheng.Platform.Audit;

/// <summary>
/// The <c>Minzheng:Audit</c> section: the keys that chain the audit trail and where its checkpoints go.
/// See <c>docs/deploying.md</c> (审计链的密钥与检查点).
/// </summary>
public sealed class AuditOptions
{
    /// <summary>
    /// The key ring (from the environment or a secret store, never from a file in the repository): each key an
    /// id and at least 32 random bytes in base64. Old keys stay in the ring so that the entries chained with
    /// them still verify.
    /// </summary>
    public List<AuditKeyOptions> Keys { get; set; } = [];

    /// <summary>The id of the key new entries are chained with; may be left out when the ring holds one configured key.</summary>
    public string? CurrentKey { get; set; }

    /// <summary>
    /// When no key is configured: true (the default, so that a fresh clone, the demo and the tests start) generates
    /// one into <see cref="KeyFolder"/> and says so loudly at every start; false refuses to start.
    /// </summary>
    public bool GenerateKey { get; set; } = true;

    /// <summary>Where a generated key is kept (default <c>&lt;data folder&gt;/keys</c>); relative paths are under the data folder.</summary>
    public string? KeyFolder { get; set; }

    /// <summary>
    /// Where signed checkpoints of each district's chain head are written (default <c>&lt;data folder&gt;/audit-checkpoints</c>):
    /// put it on another disk or host than the audit databases.
    /// </summary>
    public string? CheckpointFolder { get; set; }

    /// <summary>How often each district's head is checkpointed (default one hour; also at shutdown and on demand).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// True (default): older checkpoints are thinned (see <see cref="Checkpoints.CheckpointRetention"/>). False:
    /// every checkpoint is kept, e.g. when the store is append-only and refuses deletion anyway.
    /// </summary>
    public bool ThinCheckpoints { get; set; } = true;
}

/// <summary>One key of the ring.</summary>
public sealed class AuditKeyOptions
{
    /// <summary>Recorded in each entry chained with the key: letters, digits, <c>.</c>, <c>_</c>, <c>-</c>, at most 40.</summary>
    public string Id { get; set; } = "";

    /// <summary>The key, base64, at least 32 bytes.</summary>
    public string Key { get; set; } = "";
}
