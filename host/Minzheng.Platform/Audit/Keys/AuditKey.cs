using System.Security.Cryptography;
using System.Text;

namespace Minzheng.Platform.Audit.Keys;

/// <summary>One key of the audit key ring: chains entries (HMAC-SHA256) and, derived from it, signs checkpoints.</summary>
public sealed class AuditKey
{
    /// <summary>The shortest key accepted: as long as the HMAC's output.</summary>
    public const int MinimumBytes = 32;

    private static readonly byte[] CheckpointInfo = Encoding.ASCII.GetBytes("minzheng-audit-checkpoint-v1");

    /// <summary>A key with its id and secret bytes (copied).</summary>
    public AuditKey(string id, ReadOnlySpan<byte> secret)
    {
        Id = id;
        Secret = secret.ToArray();
        // A separate key for checkpoints: a checkpoint's signature can never pass for an entry's hash, nor the reverse.
        CheckpointSecret = HKDF.DeriveKey(HashAlgorithmName.SHA256, Secret, 32, info: CheckpointInfo);
    }

    /// <summary>Recorded in every entry chained with this key.</summary>
    public string Id { get; }

    /// <summary>The chain's HMAC key.</summary>
    internal byte[] Secret { get; }

    /// <summary>The checkpoints' HMAC key (HKDF-SHA256 of <see cref="Secret"/>).</summary>
    internal byte[] CheckpointSecret { get; }

    /// <summary>A fresh random key.</summary>
    public static AuditKey Generate(string id) => new(id, RandomNumberGenerator.GetBytes(MinimumBytes));
}
