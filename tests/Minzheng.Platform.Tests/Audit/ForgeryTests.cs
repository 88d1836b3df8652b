using System.Text.Json.Nodes;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Audit.Checkpoints;
using Minzheng.Platform.Audit.Keys;

namespace Minzheng.Platform.Tests.Audit;

/// <summary>
/// Issue 21: a tamperer who drops the triggers and recomputes hashes without the key, or removes the last
/// entries, is found and named; keys rotate; checkpoints kept outside the audit database are checked too.
/// </summary>
public sealed class ForgeryTests : IAsyncLifetime
{
    private AuditTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = await AuditTestBed.StartAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task An_entry_edited_and_the_following_rehashed_with_plain_SHA256_is_named()
    {
        await AppendAsync(6);
        // The tamperer knows the algorithm but not the key: entry 3 is edited and 3–6 relinked with SHA-256.
        Rewrite(await _bed.EntriesAsync(), from: 3, e => e.After = """{"grade":1}""", keyId: e => e.KeyId);

        var result = await VerifyAsync();

        Assert.False(result.Ok);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(2, result.EntriesChecked);
        Assert.Contains("第 3 条记录内容被篡改", result.Reason);
        Assert.Contains("密钥“k1”", result.Reason);
    }

    [Fact]
    public async Task An_entry_edited_and_passed_off_with_the_following_as_entries_from_before_keying_is_named()
    {
        await AppendAsync(6);
        // As above, the key ids blanked too: the rewritten entries claim to be plain ones from before keying.
        Rewrite(await _bed.EntriesAsync(), from: 3, e => e.After = """{"grade":1}""", keyId: _ => null);

        var result = await VerifyAsync();

        Assert.False(result.Ok);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("第 3 条记录没有用密钥链接", result.Reason);
        Assert.Contains("不用密钥重算", result.Reason);
    }

    [Fact]
    public async Task A_whole_chain_rehashed_without_the_key_is_named_by_the_checkpoint()
    {
        await AppendAsync(4);
        var checkpoint = await _bed.CheckpointAsync();
        await AppendAsync(1);
        // Every entry rewritten as plain SHA-256, as if the deployment had never been keyed.
        Rewrite(await _bed.EntriesAsync(), from: 1, e => e.After = """{"grade":1}""", keyId: _ => null);

        var result = await VerifyAsync();

        Assert.False(result.Ok);
        Assert.Equal(1, result.FirstBrokenSequence);
        Assert.NotNull(result.Checkpoint);
        Assert.Contains(checkpoint.Sequence.ToString(), result.Checkpoint);
        Assert.Contains($"检查点 {result.Checkpoint}", result.Reason);
        Assert.Contains("自第 1 条起都用密钥链接", result.Reason);
    }

    [Fact]
    public async Task Entries_removed_from_the_end_are_named_with_the_checkpoint_that_shows_it()
    {
        await AppendAsync(5);
        await _bed.CheckpointAsync();
        using (var file = await _bed.OpenAuditDatabaseAsync())
        {
            file.DropTriggers();
            file.Execute("""DELETE FROM "AuditEntries" WHERE "Sequence" > 3""");
        }

        var result = await VerifyAsync();

        Assert.False(result.Ok);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Equal(3, result.EntriesChecked);
        Assert.StartsWith($"{AuditTestBed.District}/000000000005-", result.Checkpoint);
        Assert.Contains("链末尾的记录被删除", result.Reason);
        Assert.Contains($"检查点 {result.Checkpoint}", result.Reason);
        Assert.Contains("第 4–5 条不见了", result.Reason);
    }

    [Fact]
    public async Task Without_a_checkpoint_removal_from_the_end_is_not_seen_and_verification_says_so()
    {
        await AppendAsync(3);

        var result = await VerifyAsync();

        Assert.True(result.Ok, result.Reason);
        Assert.Contains(result.Notes, n => n.Contains("尚无检查点"));
    }

    [Fact]
    public async Task A_checkpoint_of_an_intact_chain_agrees_and_is_reported()
    {
        await AppendAsync(3);
        await _bed.CheckpointAsync();
        await AppendAsync(2);

        var result = await VerifyAsync();

        Assert.True(result.Ok, result.Reason);
        Assert.Equal("审计链完整：已校验 5 条记录，均未被篡改。", result.Summary);
        Assert.Contains(result.Notes, n => n.Contains("全部记录用密钥链接（密钥：k1）"));
        Assert.Contains(result.Notes, n => n.Contains("已与 1 个检查点核对一致") && n.Contains("第 3 条"));
    }

    [Fact]
    public async Task After_a_rotation_old_and_new_entries_verify_and_the_new_key_links_to_the_old()
    {
        await AppendAsync(3);
        var second = AuditKey.Generate("k2");
        _bed.UseKeys(AuditKeyRing.Of(second, AuditTestBed.FirstKey));
        await AppendAsync(2);

        var entries = await _bed.EntriesAsync();
        var result = await VerifyAsync();

        Assert.Equal(["k1", "k1", "k1", "k2", "k2"], entries.Select(e => e.KeyId));
        Assert.Equal(entries[2].Hash, entries[3].PreviousHash);
        Assert.True(result.Ok, result.Reason);
        Assert.Equal(5, result.EntriesChecked);
        Assert.Contains(result.Notes, n => n.Contains("密钥：k1、k2"));
    }

    [Fact]
    public async Task A_key_missing_from_the_ring_is_a_clear_message_not_a_crash()
    {
        await AppendAsync(2);
        _bed.UseKeys(AuditKeyRing.Of(AuditKey.Generate("k2")));
        await AppendAsync(1);

        var result = await VerifyAsync();

        Assert.False(result.Ok);
        Assert.Equal(1, result.FirstBrokenSequence);
        Assert.Contains("第 1 条记录用密钥“k1”链接，但本系统没有配置这个密钥", result.Reason);
        Assert.Contains("Minzheng:Audit:Keys", result.Reason);
    }

    [Fact]
    public async Task A_wrong_key_under_the_old_id_names_the_first_entry_it_cannot_verify()
    {
        await AppendAsync(2);
        _bed.UseKeys(AuditKeyRing.Of(AuditKey.Generate("k1")));

        var result = await VerifyAsync();

        Assert.False(result.Ok);
        Assert.Equal(1, result.FirstBrokenSequence);
        Assert.Contains("用密钥“k1”校验，哈希值不符", result.Reason);
    }

    [Fact]
    public async Task Entries_from_before_keying_still_verify_and_the_first_keyed_one_links_to_the_last_of_them()
    {
        // A deployment from before keying: three plain SHA-256 entries, as the old writer made them.
        using (var file = await _bed.OpenAuditDatabaseAsync())
        {
            var previous = AuditHash.Genesis;
            for (var i = 1; i <= 3; i++)
            {
                var plain = new AuditEntry
                {
                    Sequence = i, At = _bed.Clock.GetUtcNow().AddMinutes(i), DistrictId = AuditTestBed.District, Source = "platform",
                    ActorId = "clerk-1", ActorName = "张三", Action = "old", Entity = "Thing", Key = i.ToString(), After = "{}", PreviousHash = previous,
                };
                plain.Hash = AuditHash.Compute(plain);
                previous = plain.Hash;
                file.Insert(plain);
            }
        }
        await AppendAsync(2);
        await _bed.CheckpointAsync();

        var entries = await _bed.EntriesAsync();
        var result = await VerifyAsync();

        Assert.Equal([null, null, null, "k1", "k1"], entries.Select(e => e.KeyId));
        Assert.Equal(entries[2].Hash, entries[3].PreviousHash);
        Assert.True(result.Ok, result.Reason);
        Assert.Contains(result.Notes, n => n.Contains("第 1–3 条是启用密钥前的旧记录") && n.Contains("自第 4 条起用密钥链接"));
        // And an old entry edited and the rest relinked without the key is still found, by the checkpoint.
        Rewrite(entries, from: 2, e => e.After = """{"grade":1}""", keyId: _ => null);
        var forged = await VerifyAsync();
        Assert.False(forged.Ok);
        Assert.Equal(4, forged.FirstBrokenSequence);
        Assert.Contains("自第 4 条起都用密钥链接", forged.Reason);
    }

    [Fact]
    public async Task A_checkpoint_file_edited_by_hand_is_named()
    {
        await AppendAsync(3);
        await _bed.CheckpointAsync();
        var path = Directory.GetFiles(Path.Combine(_bed.Checkpoints.Location, AuditTestBed.District)).Single();
        var json = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        json["hash"] = new string('a', 64);
        await File.WriteAllTextAsync(path, json.ToJsonString());

        var result = await VerifyAsync();

        Assert.False(result.Ok);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal($"{AuditTestBed.District}/{Path.GetFileName(path)}", result.Checkpoint);
        Assert.Contains("的签名不符：检查点文件被改动或伪造", result.Reason);
        Assert.Equal($"检查点 {result.Checkpoint} 校验不通过。", result.Summary);
    }

    [Fact]
    public async Task A_checkpoint_file_that_cannot_be_read_is_named()
    {
        await AppendAsync(2);
        await _bed.CheckpointAsync();
        var path = Directory.GetFiles(Path.Combine(_bed.Checkpoints.Location, AuditTestBed.District)).Single();
        await File.WriteAllTextAsync(path, "{ not json");

        var result = await VerifyAsync();

        Assert.False(result.Ok);
        Assert.Contains($"检查点 {AuditTestBed.District}/{Path.GetFileName(path)} 内容无法解读", result.Reason);
    }

    [Fact]
    public async Task A_checkpoint_signed_with_a_key_not_in_the_ring_is_a_clear_message()
    {
        await AppendAsync(2);
        var head = (await _bed.EntriesAsync())[^1];
        await _bed.Checkpoints.SaveAsync(AuditCheckpoint.Sign(AuditTestBed.District, head.Sequence, head.Hash, _bed.Clock.GetUtcNow(), 1,
            AuditKey.Generate("k9")), CancellationToken.None);

        var result = await VerifyAsync();

        Assert.False(result.Ok);
        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Contains("用密钥“k9”签名，但本系统没有配置这个密钥", result.Reason);
    }

    [Fact]
    public async Task A_checkpoint_is_not_taken_again_while_the_head_has_not_moved()
    {
        Assert.Null(await _bed.CheckpointTaker.TakeAsync(AuditTestBed.District, evenIfUnchanged: false, CancellationToken.None));
        await AppendAsync(2);

        var first = await _bed.CheckpointTaker.TakeAsync(AuditTestBed.District, evenIfUnchanged: false, CancellationToken.None);
        var again = await _bed.CheckpointTaker.TakeAsync(AuditTestBed.District, evenIfUnchanged: false, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(2, first.Sequence);
        Assert.Equal(1, first.KeyedFrom);
        Assert.Null(again);
        Assert.Single(Directory.GetFiles(Path.Combine(_bed.Checkpoints.Location, AuditTestBed.District)));
    }

    private Task<AuditVerification> VerifyAsync() => _bed.Verifier.VerifyAsync(AuditTestBed.District, CancellationToken.None);

    private async Task AppendAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            _bed.Clock.Advance(TimeSpan.FromMinutes(1));
            await _bed.AppendAsync("tested", i.ToString());
        }
    }

    /// <summary>
    /// What a tamperer without the key does: triggers dropped, entry <paramref name="from"/> edited, it and
    /// every later entry given <paramref name="keyId"/> and relinked with plain SHA-256.
    /// </summary>
    private void Rewrite(List<AuditEntry> entries, long from, Action<AuditEntry> edit, Func<AuditEntry, string?> keyId)
    {
        var previous = from == 1 ? AuditHash.Genesis : entries[(int)from - 2].Hash;
        var forged = new List<AuditEntry>();
        foreach (var entry in entries.Where(e => e.Sequence >= from))
        {
            var copy = AuditFiles.Copy(entry);
            if (copy.Sequence == from)
            {
                edit(copy);
            }
            copy.KeyId = keyId(copy);
            copy.PreviousHash = previous;
            copy.Hash = AuditHash.Compute(copy);
            previous = copy.Hash;
            forged.Add(copy);
        }
        using var file = _bed.OpenAuditDatabaseAsync().GetAwaiter().GetResult();
        file.DropTriggers();
        file.Execute($"""DELETE FROM "AuditEntries" WHERE "Sequence" >= {from}""");
        forged.ForEach(file.Insert);
    }
}
