using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Audit;

/// <summary>Walks a district's audit chain and finds the first link that does not hold.</summary>
public sealed class AuditVerifier(ModuleDatabases databases)
{
    /// <summary>Checks every entry of <paramref name="districtId"/>'s chain, in sequence order.</summary>
    public async Task<AuditVerification> VerifyAsync(string districtId, CancellationToken cancellationToken)
    {
        await using var db = databases.Create<AuditDbContext>(districtId);
        var expected = 1L;
        var previousHash = AuditHash.Genesis;
        var checkedCount = 0L;
        await foreach (var entry in db.Entries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expected)
            {
                return AuditVerification.Broken(checkedCount, expected,
                    entry.Sequence > expected
                        ? $"第 {expected} 条记录缺失（已被删除），其后的记录为第 {entry.Sequence} 条。"
                        : $"第 {entry.Sequence} 条记录的序号不连续。");
            }
            if (AuditHash.Compute(entry) != entry.Hash)
            {
                return AuditVerification.Broken(checkedCount, entry.Sequence, $"第 {entry.Sequence} 条记录内容被篡改（哈希值不符）。");
            }
            if (entry.PreviousHash != previousHash)
            {
                return AuditVerification.Broken(checkedCount, entry.Sequence,
                    $"第 {entry.Sequence} 条记录与前一条记录不衔接：其前有记录被插入、替换或删除。");
            }
            checkedCount++;
            expected++;
            previousHash = entry.Hash;
        }
        return AuditVerification.Intact(checkedCount, checkedCount == 0 ? null : previousHash);
    }
}

/// <summary>The outcome of verifying a chain.</summary>
/// <param name="Ok">Every link holds.</param>
/// <param name="EntriesChecked">Entries found intact before the first broken link (all of them when <paramref name="Ok"/>).</param>
/// <param name="FirstBrokenSequence">Sequence number of the first broken link, or null.</param>
/// <param name="Reason">What is wrong there, in Chinese for staff; null when intact.</param>
/// <param name="LastHash">
/// Hash of the last entry when intact: noted down outside the system, it also reveals later removal
/// of entries from the end of the chain, which the chain alone cannot show.
/// </param>
public sealed record AuditVerification(bool Ok, long EntriesChecked, long? FirstBrokenSequence, string? Reason, string? LastHash)
{
    /// <summary>Every link holds.</summary>
    public static AuditVerification Intact(long entriesChecked, string? lastHash) => new(true, entriesChecked, null, null, lastHash);

    /// <summary>The chain breaks at <paramref name="sequence"/>.</summary>
    public static AuditVerification Broken(long entriesChecked, long sequence, string reason) => new(false, entriesChecked, sequence, reason, null);
}
