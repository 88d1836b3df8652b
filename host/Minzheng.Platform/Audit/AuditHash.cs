using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Minzheng.Platform.Audit.Keys;

namespace Minzheng.Platform.Audit;

/// <summary>
/// The hash that links each audit entry to the one before it: HMAC-SHA256 with the key the entry names
/// (<see cref="AuditEntry.KeyId"/>), or, for entries written before the chain was keyed, plain SHA-256.
/// </summary>
/// <remarks>
/// Not thread-safe: one instance per writer or verification, so that its buffers and HMAC states are reused
/// over a million entries. The static <see cref="Compute(AuditEntry)"/> and <see cref="Compute(AuditEntry, AuditKey)"/> make one each time.
/// </remarks>
public sealed class AuditHash
{
    private readonly StringBuilder _canonical = new();
    private readonly Dictionary<string, IncrementalHash> _hmacs = new(StringComparer.Ordinal);
    // Stateful, so that a character split across two of the builder's chunks encodes as in one string.
    private readonly Encoder _utf8 = new UTF8Encoding(false).GetEncoder();
    private byte[] _bytes = new byte[1024];

    /// <summary>What the first entry of a chain names as its predecessor.</summary>
    public static string Genesis { get; } = new('0', 64);

    /// <summary>Plain SHA-256 (lower-case hex) of every field of <paramref name="entry"/> but its own hash: how the chain was linked before it was keyed.</summary>
    public static string Compute(AuditEntry entry) => new AuditHash().Plain(entry);

    /// <summary>HMAC-SHA256 (lower-case hex) with <paramref name="key"/> of every field of <paramref name="entry"/> but its own hash, its key id included.</summary>
    public static string Compute(AuditEntry entry, AuditKey key) => new AuditHash().Keyed(entry, key);

    /// <summary>Plain SHA-256 of <paramref name="entry"/>, as <see cref="Compute(AuditEntry)"/>.</summary>
    public string Plain(AuditEntry entry)
    {
        var length = Canonical(entry, withKeyId: false);
        return Convert.ToHexStringLower(SHA256.HashData(_bytes.AsSpan(0, length)));
    }

    /// <summary>HMAC-SHA256 of <paramref name="entry"/> with <paramref name="key"/>, as <see cref="Compute(AuditEntry, AuditKey)"/>.</summary>
    public string Keyed(AuditEntry entry, AuditKey key)
    {
        var length = Canonical(entry, withKeyId: true);
        if (!_hmacs.TryGetValue(key.Id, out var hmac))
        {
            _hmacs[key.Id] = hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key.Secret);
        }
        hmac.AppendData(_bytes, 0, length);
        Span<byte> mac = stackalloc byte[32];
        hmac.GetHashAndReset(mac);
        return Convert.ToHexStringLower(mac);
    }

    // The fields, length-prefixed, with null distinct from empty: no two different entries serialize alike,
    // whatever characters their fields contain. The key id comes last, so that plain entries keep their old form.
    private int Canonical(AuditEntry entry, bool withKeyId)
    {
        var canonical = _canonical.Clear();
        Append(canonical, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(canonical, entry.At.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(canonical, entry.DistrictId);
        Append(canonical, entry.Source);
        Append(canonical, entry.ActorId);
        Append(canonical, entry.ActorName);
        Append(canonical, entry.Action);
        Append(canonical, entry.Entity);
        Append(canonical, entry.Key);
        Append(canonical, entry.PersonKey);
        Append(canonical, entry.Before);
        Append(canonical, entry.After);
        Append(canonical, entry.PreviousHash);
        if (withKeyId)
        {
            Append(canonical, entry.KeyId);
        }
        var needed = Encoding.UTF8.GetMaxByteCount(canonical.Length);
        if (_bytes.Length < needed)
        {
            _bytes = new byte[Math.Max(needed, _bytes.Length * 2)];
        }
        var length = 0;
        _utf8.Reset();
        foreach (var chunk in canonical.GetChunks())
        {
            length += _utf8.GetBytes(chunk.Span, _bytes.AsSpan(length), flush: false);
        }
        length += _utf8.GetBytes(ReadOnlySpan<char>.Empty, _bytes.AsSpan(length), flush: true);
        return length;
    }

    private static void Append(StringBuilder canonical, string? value)
    {
        if (value is null)
        {
            canonical.Append("~;");
            return;
        }
        canonical.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
    }
}
