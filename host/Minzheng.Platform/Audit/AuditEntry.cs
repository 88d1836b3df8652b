namespace Minzheng.Platform.Audit;

/// <summary>
/// One link of a district's audit chain. Written once by <see cref="AuditWriter"/>, never changed:
/// <see cref="Hash"/> commits to every other field and to the entry before it.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the district's chain, from 1, without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The district whose chain this is.</summary>
    public string DistrictId { get; set; } = "";

    /// <summary>Module id, or <c>platform</c>.</summary>
    public string Source { get; set; } = "";

    /// <summary>Staff account id, or <c>system</c>.</summary>
    public string ActorId { get; set; } = "";

    /// <summary>Staff display name at the time.</summary>
    public string ActorName { get; set; } = "";

    /// <summary>Verb: <c>created</c>, <c>updated</c>, <c>deleted</c>, <c>read-sensitive</c>, <c>sign-in</c>…</summary>
    public string Action { get; set; } = "";

    /// <summary>Entity type, e.g. <c>Person</c>.</summary>
    public string Entity { get; set; } = "";

    /// <summary>The record's key (composite keys joined by commas).</summary>
    public string Key { get; set; } = "";

    /// <summary>The person the entry concerns, when known: lets staff ask for everything about one resident.</summary>
    public string? PersonKey { get; set; }

    /// <summary>State before, as JSON, sensitive fields masked.</summary>
    public string? Before { get; set; }

    /// <summary>State after, as JSON, sensitive fields masked.</summary>
    public string? After { get; set; }

    /// <summary>The <see cref="Hash"/> of the entry before (<see cref="AuditHash.Genesis"/> for the first).</summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>
    /// The id of the key of the audit key ring this entry is chained with (never the key itself); null for an
    /// entry written before the chain was keyed, whose <see cref="Hash"/> is plain SHA-256.
    /// </summary>
    public string? KeyId { get; set; }

    /// <summary>HMAC-SHA256 (hex) with the key <see cref="KeyId"/> names of this entry's fields and <see cref="PreviousHash"/> (plain SHA-256 when <see cref="KeyId"/> is null).</summary>
    public string Hash { get; set; } = "";
}
