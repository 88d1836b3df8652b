using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Audit.Checkpoints;
using Minzheng.Platform.Audit.Keys;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Audit;

/// <summary>
/// Walks a district's audit chain, checks each entry's hash (HMAC with its key, or plain SHA-256 for entries
/// from before keying) and link, and holds the chain against the signed checkpoints kept outside the audit
/// database. Reports the first thing that does not hold, naming the entry or the checkpoint.
/// </summary>
public sealed class AuditVerifier(ModuleDatabases databases, AuditKeyRing keys, IAuditCheckpointStore checkpointStore)
{
    /// <summary>Checks every entry of <paramref name="districtId"/>'s chain, in sequence order, and its checkpoints.</summary>
    public async Task<AuditVerification> VerifyAsync(string districtId, CancellationToken cancellationToken)
    {
        var (checkpoints, badCheckpoint) = await CheckpointsAsync(districtId, cancellationToken);
        // Every checkpoint's own claim that the chain was keyed from some entry on: no entry from there may be plain.
        var keyedSince = checkpoints.Where(c => c.Checkpoint.KeyedFrom is not null).MinBy(c => c.Checkpoint.KeyedFrom);
        var bySequence = checkpoints.ToLookup(c => c.Checkpoint.Sequence);

        await using var db = databases.Create<AuditDbContext>(districtId);
        var hash = new AuditHash();
        var expected = 1L;
        var previousHash = AuditHash.Genesis;
        var checkedCount = 0L;
        long? keyedFrom = null;
        var keyIds = new List<string>();
        await foreach (var entry in db.Entries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var n = entry.Sequence;
            if (n != expected)
            {
                return AuditVerification.Broken(checkedCount, expected,
                    n > expected ? $"第 {expected} 条记录缺失（已被删除），其后的记录为第 {n} 条。" : $"第 {n} 条记录的序号不连续。");
            }
            string computed;
            if (entry.KeyId is null)
            {
                if (keyedFrom is not null)
                {
                    return AuditVerification.Broken(checkedCount, n,
                        $"第 {n} 条记录没有用密钥链接，而自第 {keyedFrom} 条起的记录都用密钥链接：第 {n} 条起的记录被人改动后不用密钥重算了哈希（伪造）。");
                }
                if (keyedSince is { } said && n >= said.Checkpoint.KeyedFrom)
                {
                    return AuditVerification.Broken(checkedCount, n,
                        $"第 {n} 条记录没有用密钥链接，但检查点 {said.Name}（{said.Checkpoint.Describe()}）记下自第 {said.Checkpoint.KeyedFrom} 条起都用密钥链接：第 {n} 条起的记录被人改动后不用密钥重算了哈希（伪造）。",
                        said.Name);
                }
                computed = hash.Plain(entry);
            }
            else
            {
                if (keys.Find(entry.KeyId) is not { } key)
                {
                    return AuditVerification.Broken(checkedCount, n,
                        $"第 {n} 条记录用密钥“{entry.KeyId}”链接，但本系统没有配置这个密钥，无法校验它和其后的记录：请把该密钥加回 Minzheng:Audit:Keys（现有密钥：{string.Join("、", keys.Ids)}）。");
                }
                keyedFrom ??= n;
                if (!keyIds.Contains(entry.KeyId))
                {
                    keyIds.Add(entry.KeyId);
                }
                computed = hash.Keyed(entry, key);
            }
            if (computed != entry.Hash)
            {
                return AuditVerification.Broken(checkedCount, n, entry.KeyId is null
                    ? $"第 {n} 条记录内容被篡改（哈希值不符）。"
                    : $"第 {n} 条记录内容被篡改（用密钥“{entry.KeyId}”校验，哈希值不符：记录被改动，或其哈希是不用密钥重算的）。");
            }
            if (entry.PreviousHash != previousHash)
            {
                return AuditVerification.Broken(checkedCount, n, $"第 {n} 条记录与前一条记录不衔接：其前有记录被插入、替换或删除。");
            }
            foreach (var held in bySequence[n])
            {
                if (held.Checkpoint.Hash != entry.Hash)
                {
                    return AuditVerification.Broken(checkedCount, n,
                        $"第 {n} 条记录与检查点 {held.Name}（{held.Checkpoint.Describe()}）不符：检查点记下的哈希为 {Short(held.Checkpoint.Hash)}，现在为 {Short(entry.Hash)}。第 {n} 条或其前的记录被改动后重算了整条链。",
                        held.Name);
                }
            }
            checkedCount++;
            expected++;
            previousHash = entry.Hash;
        }
        // Entries removed from the end leave a chain that links perfectly: only a checkpoint beyond its end shows it.
        if (checkpoints.Where(c => c.Checkpoint.Sequence > checkedCount).MaxBy(c => c.Checkpoint.Sequence) is { } beyond)
        {
            return AuditVerification.Broken(checkedCount, checkedCount + 1,
                $"链末尾的记录被删除：检查点 {beyond.Name}（{beyond.Checkpoint.Describe()}）记下链已到第 {beyond.Checkpoint.Sequence} 条，现在只到第 {checkedCount} 条，第 {checkedCount + 1}–{beyond.Checkpoint.Sequence} 条不见了。",
                beyond.Name);
        }
        if (badCheckpoint is not null)
        {
            return AuditVerification.Broken(checkedCount, badCheckpoint.Value.Sequence, badCheckpoint.Value.Reason, badCheckpoint.Value.Name)
                with
            { Summary = $"检查点 {badCheckpoint.Value.Name} 校验不通过。" };
        }
        return AuditVerification.Intact(checkedCount, checkedCount == 0 ? null : previousHash,
            Notes(checkedCount, keyedFrom, keyIds, checkpoints.Select(c => c.Checkpoint).MaxBy(c => c.Sequence), checkpoints.Count));
    }

    private async Task<(List<Held> Valid, (string Name, long Sequence, string Reason)? Bad)> CheckpointsAsync(
        string districtId, CancellationToken cancellationToken)
    {
        var valid = new List<Held>();
        (string, long, string)? bad = null;
        foreach (var stored in await checkpointStore.ListAsync(districtId, cancellationToken))
        {
            var problem = stored switch
            {
                { Checkpoint: null } => $"检查点 {stored.Name} {stored.Problem}：它被改动或损坏，不能用来核对审计链。",
                { Checkpoint: var c } when keys.Find(c.KeyId) is null =>
                    $"检查点 {stored.Name} 用密钥“{c.KeyId}”签名，但本系统没有配置这个密钥，无法核对：请把该密钥加回 Minzheng:Audit:Keys。",
                { Checkpoint: var c } when !c.IsSignedBy(keys.Find(c.KeyId)!) || c.DistrictId != districtId || c.Sequence != stored.Sequence =>
                    $"检查点 {stored.Name} 的签名不符：检查点文件被改动或伪造，不能用来核对审计链。",
                _ => null,
            };
            if (problem is null)
            {
                valid.Add(new Held(stored.Name, stored.Checkpoint!));
            }
            else
            {
                // The first such (lowest sequence) is named; a verification reports one thing.
                bad ??= (stored.Name, stored.Sequence, problem);
            }
        }
        return (valid, bad);
    }

    private static List<string> Notes(long count, long? keyedFrom, List<string> keyIds, AuditCheckpoint? newest, int checkpointCount)
    {
        var notes = new List<string>();
        if (count > 0)
        {
            notes.Add(keyedFrom switch
            {
                null => $"全部 {count} 条记录是启用密钥前的旧记录（哈希未加密钥），以后的记录将用密钥链接。",
                1 => $"全部记录用密钥链接（密钥：{string.Join("、", keyIds)}）。",
                _ => $"第 1–{keyedFrom - 1} 条是启用密钥前的旧记录（哈希未加密钥）；自第 {keyedFrom} 条起用密钥链接（密钥：{string.Join("、", keyIds)}）。",
            });
        }
        notes.Add(newest is null
            ? "尚无检查点：末尾记录被删除目前无法发现（检查点每小时、停机时和手动签署时写入）。"
            : $"已与 {checkpointCount} 个检查点核对一致，最新的检查点为{newest.Describe()}。");
        return notes;
    }

    // A checkpoint that verified, with its name in the store.
    private sealed record Held(string Name, AuditCheckpoint Checkpoint);

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
}

/// <summary>The outcome of verifying a chain.</summary>
/// <param name="Ok">Every link holds, and agrees with every checkpoint.</param>
/// <param name="EntriesChecked">Entries found intact before the first broken link (all of them when <paramref name="Ok"/>).</param>
/// <param name="FirstBrokenSequence">Sequence number of the first broken link (for entries removed from the end, the first missing one), or null.</param>
/// <param name="Reason">What is wrong there, in Chinese for staff; null when intact.</param>
/// <param name="LastHash">Hash of the last entry when intact.</param>
/// <param name="Checkpoint">The checkpoint (its name in the store) that shows the break, or that is itself broken; null if none.</param>
/// <param name="Summary">One line for staff, in Chinese: intact, or where it breaks.</param>
/// <param name="Notes">What else staff should know, in Chinese: from which entry the chain is keyed, which checkpoints it was held against.</param>
public sealed record AuditVerification(
    bool Ok, long EntriesChecked, long? FirstBrokenSequence, string? Reason, string? LastHash,
    string? Checkpoint, string Summary, IReadOnlyList<string> Notes)
{
    /// <summary>Every link holds.</summary>
    public static AuditVerification Intact(long entriesChecked, string? lastHash, IReadOnlyList<string> notes) =>
        new(true, entriesChecked, null, null, lastHash, null, $"审计链完整：已校验 {entriesChecked} 条记录，均未被篡改。", notes);

    /// <summary>The chain breaks at <paramref name="sequence"/>.</summary>
    public static AuditVerification Broken(long entriesChecked, long sequence, string reason, string? checkpoint = null) =>
        new(false, entriesChecked, sequence, reason, null, checkpoint, $"审计链已断开：第 {sequence} 条记录校验不通过。", []);
}
