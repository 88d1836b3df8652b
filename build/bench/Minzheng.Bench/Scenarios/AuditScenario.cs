using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Bench.Infrastructure;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Audit.Checkpoints;
using Minzheng.Platform.Audit.Keys;

namespace Minzheng.Bench.Scenarios;

/// <summary>
/// 5. Audit verification: a chain of N entries written through AuditWriter (in batches, as a busy
/// district would accumulate them), then AuditVerifier over all of it (the chain is keyed: HMAC-SHA256
/// with the host's audit key, and held against the signed checkpoints). Baseline: the same rows read
/// with raw ADO.NET and put through the same checks (sequence, HMAC-SHA256 via AuditHash, links); the raw
/// read alone is reported too, to show what the hashing and what EF Core cost.
/// </summary>
public static class AuditScenario
{
    private const int Batch = 10_000;

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        Console.WriteLine($"== 5. Audit verification over {options.AuditEntries:N0} entries");
        await using var host = await InProcessHost.BuildAsync(options.HostDir, "audit");
        var writer = host.Services.GetRequiredService<AuditWriter>();
        var district = host.DistrictId;

        var seed = Stopwatch.StartNew();
        var actor = new AuditActor(Guid.NewGuid().ToString(), "基准测试");
        for (var written = 0; written < options.AuditEntries; written += Batch)
        {
            var drafts = Enumerable.Range(written, Math.Min(Batch, options.AuditEntries - written)).Select(i => Draft(actor, i)).ToList();
            await writer.AppendAsync(district, drafts, CancellationToken.None);
        }
        seed.Stop();
        Console.WriteLine($"   appended {options.AuditEntries:N0} entries in {seed.Elapsed.TotalSeconds:F1} s");

        // A checkpoint of the head, as the hourly job would have taken: verification holds the chain against it.
        await host.Services.GetRequiredService<AuditCheckpoints>().TakeAsync(district, evenIfUnchanged: true, CancellationToken.None);
        var keys = host.Services.GetRequiredService<AuditKeyRing>();
        var connectionString = host.ConnectionStringOf(typeof(AuditDbContext));
        // The raw read first: it also brings the file into the page cache for both measured runs.
        var (rawCount, rawTime) = await TimeAsync(() => RawAsync(connectionString, null));
        var (baseCount, baseTime) = await TimeAsync(() => RawAsync(connectionString, keys));
        var verifier = host.Services.GetRequiredService<AuditVerifier>();
        AuditVerification? verification = null;
        var (_, verifyTime) = await TimeAsync(async () => (verification = await verifier.VerifyAsync(district, CancellationToken.None)).EntriesChecked);
        if (verification is not { Ok: true })
        {
            throw new InvalidOperationException($"the seeded chain does not verify: {verification?.Reason}");
        }

        var measured = verification.EntriesChecked / verifyTime.TotalSeconds;
        var baseline = baseCount / baseTime.TotalSeconds;
        report.Add(new ResultRow($"5. Audit verification ({verification.EntriesChecked:N0} entries)", Report.Rate(measured, "entries/s"),
            Report.Rate(baseline, "entries/s") + " (raw read + same HMAC-SHA256 and link checks)", Report.Times(measured / baseline), "— (none set)", null));
        report.Add(new ResultRow("5. Audit append through AuditWriter (batches of 10,000; seeding)", Report.Rate(options.AuditEntries / seed.Elapsed.TotalSeconds, "entries/s"),
            "—", "—", "— (none set)", null));
        report.Section("5. Audit verification — where the time goes",
            $"| phase | time | entries/s |\n| --- | --- | --- |\n" +
            $"| raw ADO.NET read of every column, no hashing | {rawTime.TotalSeconds:F2} s | {rawCount / rawTime.TotalSeconds:N0} |\n" +
            $"| raw read + AuditHash (HMAC-SHA256) + link checks (baseline) | {baseTime.TotalSeconds:F2} s | {baseline:N0} |\n" +
            $"| AuditVerifier (EF Core, no tracking; HMAC-SHA256, links, checkpoints) | {verifyTime.TotalSeconds:F2} s | {measured:N0} |\n\n" +
            $"Hashing and checks ≈ {(baseTime - rawTime).TotalSeconds:F2} s of the baseline; the EF Core verifier took {(verifyTime - baseTime).TotalSeconds:+0.00;-0.00} s "
            + "more than the baseline (negative: less — on a loaded machine the runs' order and noise matter at this size).\n");
    }

    private static AuditDraft Draft(AuditActor actor, int i)
    {
        var key = new Guid(i, 0, 0, new byte[8]).ToString();
        // A mix like a real trail: sensitive reads (no state) and changes (state before/after as JSON).
        return (i % 3) switch
        {
            0 => new AuditDraft("platform", actor, "read-sensitive", "Person", key, key, null, "{\"what\":\"idNumber\"}"),
            1 => new AuditDraft("platform", actor, "created", "Person", key, key, null,
                $"{{\"Name\":\"王伟{i}\",\"IdNumber\":\"500110********{i % 10000:D4}\",\"DivisionCode\":\"500110001001\",\"Phone\":\"139{i:D8}\",\"Version\":1}}"),
            _ => new AuditDraft("platform", actor, "updated", "Person", key, key,
                $"{{\"Phone\":\"139{i:D8}\",\"Version\":1}}", $"{{\"Phone\":\"138{i:D8}\",\"Version\":2}}"),
        };
    }

    private static async Task<(long Count, TimeSpan Time)> TimeAsync(Func<Task<long>> run)
    {
        var clock = Stopwatch.StartNew();
        var count = await run();
        return (count, clock.Elapsed);
    }

    /// <summary>Reads the chain in sequence order; with <paramref name="keys"/>, checks it as the verifier does.</summary>
    private static async Task<long> RawAsync(string connectionString, AuditKeyRing? keys)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT Sequence, At, DistrictId, Source, ActorId, ActorName, Action, Entity, Key, PersonKey, Before, After, PreviousHash, Hash, KeyId
            FROM {AuditDbContext.Table} ORDER BY Sequence
            """;
        // Synchronous reads: the fastest way through Microsoft.Data.Sqlite, which has no real async I/O.
        await using var reader = await command.ExecuteReaderAsync();
        var previous = AuditHash.Genesis;
        var hash = new AuditHash();
        var count = 0L;
        while (reader.Read())
        {
            var entry = new AuditEntry
            {
                Sequence = reader.GetInt64(0),
                At = new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero),
                DistrictId = reader.GetString(2),
                Source = reader.GetString(3),
                ActorId = reader.GetString(4),
                ActorName = reader.GetString(5),
                Action = reader.GetString(6),
                Entity = reader.GetString(7),
                Key = reader.GetString(8),
                PersonKey = reader.IsDBNull(9) ? null : reader.GetString(9),
                Before = reader.IsDBNull(10) ? null : reader.GetString(10),
                After = reader.IsDBNull(11) ? null : reader.GetString(11),
                PreviousHash = reader.GetString(12),
                Hash = reader.GetString(13),
                KeyId = reader.IsDBNull(14) ? null : reader.GetString(14),
            };
            if (keys is not null && (entry.Sequence != count + 1 || entry.PreviousHash != previous
                                     || (entry.KeyId is null ? hash.Plain(entry) : hash.Keyed(entry, keys.Find(entry.KeyId)!)) != entry.Hash))
            {
                throw new InvalidOperationException($"baseline: entry {entry.Sequence} does not verify");
            }
            previous = entry.Hash;
            count++;
        }
        return count;
    }
}
