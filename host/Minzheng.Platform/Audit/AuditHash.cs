using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Minzheng.Platform.Audit;

/// <summary>The hash that links each audit entry to the one before it.</summary>
public static class AuditHash
{
    /// <summary>What the first entry of a chain names as its predecessor.</summary>
    public static string Genesis { get; } = new('0', 64);

    /// <summary>SHA-256 (lower-case hex) of every field of <paramref name="entry"/> but its own hash.</summary>
    public static string Compute(AuditEntry entry)
    {
        var canonical = new StringBuilder();
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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    // Length-prefixed, with null distinct from empty: no two different entries serialize alike,
    // whatever characters their fields contain.
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
