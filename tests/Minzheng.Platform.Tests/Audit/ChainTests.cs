using System.Data.Common;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Audit.Keys;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Audit;

/// <summary>The hash chain: how entries link, and what verification finds when someone edits the file.</summary>
public sealed class ChainTests : IAsyncLifetime
{
    private AuditTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = await AuditTestBed.StartAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Each_entry_commits_to_the_one_before()
    {
        await AppendAsync(3);

        var entries = await _bed.EntriesAsync();
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));
        Assert.Equal(AuditHash.Genesis, entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Equal(entries[1].Hash, entries[2].PreviousHash);
        Assert.All(entries, e => Assert.Equal(AuditHash.Compute(e, AuditTestBed.FirstKey), e.Hash));
        Assert.All(entries, e => Assert.Equal("k1", e.KeyId));
        Assert.Equal(3, entries.Select(e => e.Hash).Distinct().Count());
    }

    [Fact]
    public async Task The_hash_covers_every_field()
    {
        await AppendAsync(1);
        var entry = Assert.Single(await _bed.EntriesAsync());
        var original = AuditHash.Compute(entry, AuditTestBed.FirstKey);

        Action<AuditEntry>[] edits =
        [
            e => e.Sequence++, e => e.At = e.At.AddTicks(1), e => e.DistrictId += "x", e => e.Source += "x",
            e => e.ActorId += "x", e => e.ActorName += "x", e => e.Action += "x", e => e.Entity += "x", e => e.Key += "x",
            e => e.PersonKey = "p", e => e.Before = "{}", e => e.After = null, e => e.PreviousHash = new string('1', 64),
            e => e.KeyId = "k2",
        ];
        foreach (var edit in edits)
        {
            var copy = AuditFiles.Copy(entry);
            edit(copy);
            Assert.NotEqual(original, AuditHash.Compute(copy, AuditTestBed.FirstKey));
        }
        // Nor does the same entry hash alike under another key, or without one.
        Assert.NotEqual(original, AuditHash.Compute(entry, AuditKey.Generate("k1")));
        Assert.NotEqual(original, AuditHash.Compute(entry));
    }

    [Fact]
    public async Task Concurrent_appends_never_fork_the_chain()
    {
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => _bed.AppendAsync("tested", i.ToString()))));

        var entries = await _bed.EntriesAsync();
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), entries.Select(e => e.Sequence));
        var result = await _bed.Verifier.VerifyAsync(AuditTestBed.District, CancellationToken.None);
        Assert.True(result.Ok, result.Reason);
        Assert.Equal(40, result.EntriesChecked);
    }

    [Fact]
    public async Task An_append_that_cannot_be_written_fails_alone_among_concurrent_ones()
    {
        // Appends that arrive while one is written are written together: hold the audit table so that all
        // 40 queue behind the first, one of them refused by the database (no action); it must fail alone.
        const int bad = 20;
        List<Task> appends;
        await using (var connection = await _bed.OpenAuditDatabaseAsync())
        await using (await TestLocks.HoldWritesAsync(connection, "AuditEntries"))
        {
            appends = Enumerable.Range(0, 40).Select(i => Task.Run(() => i == bad
                ? _bed.Writer.AppendAsync(AuditTestBed.District, new AuditDraft("platform", new AuditActor("clerk-1", "张三"), null!, "Thing", "bad"), CancellationToken.None)
                : _bed.AppendAsync("tested", i.ToString()))).ToList();
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        await Assert.ThrowsAsync<Microsoft.EntityFrameworkCore.DbUpdateException>(() => appends[bad]);
        await Task.WhenAll(appends.Where((_, i) => i != bad));
        var entries = await _bed.EntriesAsync();
        Assert.Equal(Enumerable.Range(1, 39).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.DoesNotContain(entries, e => e.Key == "bad");
        var result = await _bed.Verifier.VerifyAsync(AuditTestBed.District, CancellationToken.None);
        Assert.True(result.Ok, result.Reason);
    }

    [Fact]
    public async Task An_intact_chain_verifies()
    {
        Assert.True((await _bed.Verifier.VerifyAsync(AuditTestBed.District, CancellationToken.None)).Ok);
        await AppendAsync(5);

        var result = await _bed.Verifier.VerifyAsync(AuditTestBed.District, CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal(5, result.EntriesChecked);
        Assert.Null(result.FirstBrokenSequence);
        Assert.Equal((await _bed.EntriesAsync())[^1].Hash, result.LastHash);
    }

    [Fact]
    public async Task The_database_refuses_to_update_or_delete_an_entry()
    {
        await AppendAsync(2);
        using var file = await _bed.OpenAuditDatabaseAsync();

        var update = Assert.ThrowsAny<DbException>(() => file.Execute("""UPDATE "AuditEntries" SET "After" = '{"x":1}' WHERE "Sequence" = 1"""));
        var delete = Assert.ThrowsAny<DbException>(() => file.Execute("""DELETE FROM "AuditEntries" WHERE "Sequence" = 2"""));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(2, (await _bed.EntriesAsync()).Count);
    }

    [Fact]
    public async Task An_altered_entry_is_reported()
    {
        await AppendAsync(5);
        using (var file = await _bed.OpenAuditDatabaseAsync())
        {
            file.DropTriggers();
            file.Execute("""UPDATE "AuditEntries" SET "After" = '{"grade":1}' WHERE "Sequence" = 3""");
        }

        var result = await _bed.Verifier.VerifyAsync(AuditTestBed.District, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(2, result.EntriesChecked);
        Assert.Contains("第 3 条记录内容被篡改", result.Reason);
    }

    [Fact]
    public async Task A_removed_entry_is_reported()
    {
        await AppendAsync(5);
        using (var file = await _bed.OpenAuditDatabaseAsync())
        {
            file.DropTriggers();
            file.Execute("""DELETE FROM "AuditEntries" WHERE "Sequence" = 3""");
        }

        var result = await _bed.Verifier.VerifyAsync(AuditTestBed.District, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("第 3 条记录缺失", result.Reason);
    }

    [Fact]
    public async Task A_removed_and_renumbered_entry_is_reported()
    {
        await AppendAsync(4);
        using (var file = await _bed.OpenAuditDatabaseAsync())
        {
            file.DropTriggers();
            file.Execute("""DELETE FROM "AuditEntries" WHERE "Sequence" = 2""");
            file.Execute("""UPDATE "AuditEntries" SET "Sequence" = "Sequence" - 1 WHERE "Sequence" > 2""");
        }

        var result = await _bed.Verifier.VerifyAsync(AuditTestBed.District, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task A_forged_entry_with_a_correct_own_hash_is_reported_where_the_chain_no_longer_links()
    {
        await AppendAsync(5);
        var entries = await _bed.EntriesAsync();
        // The forger holds the key: the replacement for entry 3 hashes correctly and names entry 2; only the link to 4 shows it.
        var forged = AuditFiles.Copy(entries[2]);
        forged.After = """{"grade":1}""";
        forged.Hash = AuditHash.Compute(forged, AuditTestBed.FirstKey);
        using (var file = await _bed.OpenAuditDatabaseAsync())
        {
            file.DropTriggers();
            file.Execute("""DELETE FROM "AuditEntries" WHERE "Sequence" = 3""");
            file.Insert(forged);
        }

        var result = await _bed.Verifier.VerifyAsync(AuditTestBed.District, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Contains("第 4 条记录与前一条记录不衔接", result.Reason);
    }

    [Fact]
    public async Task An_entry_inserted_at_the_end_without_the_right_hash_is_reported()
    {
        await AppendAsync(3);
        var entries = await _bed.EntriesAsync();
        var forged = AuditFiles.Copy(entries[2]);
        forged.Sequence = 4;
        forged.PreviousHash = entries[2].Hash;
        forged.Hash = new string('a', 64);
        using (var file = await _bed.OpenAuditDatabaseAsync())
        {
            file.Insert(forged);
        }

        var result = await _bed.Verifier.VerifyAsync(AuditTestBed.District, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Equal(3, result.EntriesChecked);
    }

    [Fact]
    public async Task An_unknown_district_has_no_trail_to_write_to()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _bed.Writer.AppendAsync("nowhere",
            new AuditDraft("platform", AuditActor.System, "tested", "Thing", "1"), CancellationToken.None));
    }

    private async Task AppendAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            _bed.Clock.Advance(TimeSpan.FromMinutes(1));
            await _bed.AppendAsync("tested", i.ToString(), person: "r-" + i);
        }
    }
}
