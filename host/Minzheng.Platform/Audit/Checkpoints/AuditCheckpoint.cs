using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Minzheng.Platform.Audit.Keys;
using Minzheng.Sdk.Time;

namespace Minzheng.Platform.Audit.Checkpoints;

/// <summary>
/// A district's chain head as it was at <see cref="At"/>, signed, kept outside the audit database: a later
/// chain that ends before <see cref="Sequence"/>, or holds another hash there, has lost or rewritten entries.
/// </summary>
/// <param name="DistrictId">Whose chain.</param>
/// <param name="Sequence">The last entry's number then.</param>
/// <param name="Hash">The last entry's hash then.</param>
/// <param name="At">When it was taken (UTC).</param>
/// <param name="KeyedFrom">The first entry chained with a key (entries before it are plain SHA-256 from before keying); null when none was.</param>
/// <param name="KeyId">The audit key whose checkpoint key signed it.</param>
/// <param name="Signature">HMAC-SHA256 (hex) of the fields above with the key derived from <paramref name="KeyId"/> for checkpoints.</param>
public sealed record AuditCheckpoint(
    string DistrictId, long Sequence, string Hash, DateTimeOffset At, long? KeyedFrom, string KeyId, string Signature)
{
    /// <summary>Takes and signs a checkpoint with <paramref name="key"/>.</summary>
    public static AuditCheckpoint Sign(string districtId, long sequence, string hash, DateTimeOffset at, long? keyedFrom, AuditKey key)
    {
        var unsigned = new AuditCheckpoint(districtId, sequence, hash, at.ToUniversalTime(), keyedFrom, key.Id, "");
        return unsigned with { Signature = unsigned.SignatureWith(key) };
    }

    /// <summary>True when <see cref="Signature"/> is what <paramref name="key"/> gives for these fields.</summary>
    public bool IsSignedBy(AuditKey key) =>
        key.Id == KeyId && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(SignatureWith(key)), Encoding.ASCII.GetBytes(Signature ?? ""));

    /// <summary>How messages name it: its sequence and Beijing time.</summary>
    public string Describe() => $"第 {Sequence} 条、{BeijingTime.Format(At)} 签署";

    private string SignatureWith(AuditKey key)
    {
        // Every field, length-prefixed as the chain's entries are; a version tag first, should the form ever change.
        var canonical = string.Join(";", new[]
        {
            "minzheng-audit-checkpoint/1", DistrictId, Sequence.ToString(CultureInfo.InvariantCulture), Hash,
            At.UtcTicks.ToString(CultureInfo.InvariantCulture), KeyedFrom?.ToString(CultureInfo.InvariantCulture) ?? "~", KeyId,
        }.Select(v => $"{v.Length.ToString(CultureInfo.InvariantCulture)}:{v}"));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key.CheckpointSecret, Encoding.UTF8.GetBytes(canonical)));
    }
}
