using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Registry.Import;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry.Import;

/// <summary>
/// An import that a dying process left 进行中 is taken over once its claim lapses and resumed after its
/// last committed batch: nothing is written twice, nothing is left out; a vanished file fails it with a reason.
/// </summary>
public sealed class ImportResumeTests(RegistryHostFixture fixture) : IClassFixture<RegistryHostFixture>
{
    private readonly HttpClient _importer = fixture.Client(Importers.District);

    [Fact]
    public async Task An_import_cut_off_mid_file_is_resumed_after_its_last_committed_batch_once_its_claim_lapses()
    {
        var rows = ImportKit.Synthetic(fixture, 1200, seed: 41);
        Assert.True(rows.Count > 2 * ImportRunner.BatchSize, "the file must outlast a batch and then some");
        // One refused row in the batch that commits before the crash, one after it: members, not heads,
        // so that their households still import. Line n of the file is rows[n - 2] (the header is line 1).
        var (early, late) = (rows.FindIndex(r => r.RelationToHead != "户主"), rows.FindLastIndex(r => r.RelationToHead != "户主"));
        var lines = Encoding.UTF8.GetString(ImportKit.Csv(rows)).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        foreach (var bad in new[] { early, late })
        {
            lines[bad + 1] = SyntheticIds.WithWrongCheck(rows[bad].IdNumber) + lines[bad + 1][18..];
        }
        var id = await UploadAsync(ImportKit.CsvLines([.. lines]));

        // The process dies in its second batch, after the first one committed: the worker stops where it
        // is, as on a kill. The cut comes from the file being read, not from a race against a poll that a
        // loaded machine can lose.
        using var dying = new CancellationTokenSource();
        var tables = new CutOff(fixture.Host.Services.GetRequiredService<ITableFiles>(), ImportRunner.BatchSize + 100, dying);
        var runner = ActivatorUtilities.CreateInstance<ImportRunner>(fixture.Host.Services, tables);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunPendingAsync(dying.Token));
        var cut = await ImportAsync(id);
        Assert.Equal(("Running", ImportRunner.BatchSize, 1), (cut.GetProperty("status").GetString(), cut.Int("rowsRead"), cut.Int("failed")));

        // While the claim is fresh its holder may be alive (another host instance): nobody takes it.
        Assert.Equal(0, await fixture.RunImportsAsync());
        Assert.Equal(ImportRunner.BatchSize, (await ImportAsync(id)).Int("rowsRead"));

        fixture.Clock.Advance(ImportClaims.Lifetime + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await fixture.RunImportsAsync());

        var done = await ImportAsync(id);
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.Equal(cut.GetProperty("startedAt").GetString(), done.GetProperty("startedAt").GetString());
        // Resumed, not restarted: a restart would count the first batch's residents as unchanged and its bad row twice.
        Assert.Equal((rows.Count, rows.Count - 2, 0, 0, 2),
            (done.Int("rowsRead"), done.Int("imported"), done.Int("updated"), done.Int("unchanged"), done.Int("failed")));
        var report = await _importer.GetStringAsync(done.GetProperty("errorReport").GetString());
        Assert.Equal([$"{early + 2}", $"{late + 2}"], report.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal(rows.Count - 2, (await fixture.PersonsAsync(rows.Select(r => r.IdNumber))).Count);
        Assert.False(File.Exists(FileOf(id)), "the file is deleted once the import ends");
    }

    [Fact]
    public async Task A_left_behind_import_whose_file_is_gone_fails_with_the_reason_and_keeps_what_it_imported()
    {
        var rows = ImportKit.Synthetic(fixture, 20, seed: 42);
        var id = await UploadAsync(ImportKit.Csv(rows));
        var crashedAt = fixture.Clock.GetUtcNow() - ImportClaims.Lifetime - TimeSpan.FromMinutes(1);
        await using (var db = fixture.Registry())
        {
            await db.Imports.Where(i => i.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, ImportStatus.Running).SetProperty(i => i.StartedAt, crashedAt)
                .SetProperty(i => i.ClaimToken, Guid.NewGuid()).SetProperty(i => i.HeartbeatAt, crashedAt)
                .SetProperty(i => i.RowsRead, 7).SetProperty(i => i.Imported, 7));
        }
        File.Delete(FileOf(id));

        Assert.Equal(1, await fixture.RunImportsAsync());

        var failed = await ImportAsync(id);
        Assert.Equal("失败", failed.GetProperty("statusText").GetString());
        Assert.Equal(ImportRunner.FileMissing, failed.GetProperty("failureReason").GetString());
        Assert.Equal((7, 7), (failed.Int("rowsRead"), failed.Int("imported")));
        // Ended: not taken up again.
        Assert.Equal(0, await fixture.RunImportsAsync());
    }

    [Fact]
    public async Task A_queued_import_whose_file_another_instance_received_is_left_to_that_instance()
    {
        var rows = ImportKit.Synthetic(fixture, 10, seed: 44);
        var id = await UploadAsync(ImportKit.Csv(rows));
        var file = FileOf(id);
        var kept = file + ".elsewhere";
        // As seen from an instance whose data folder does not hold the upload.
        File.Move(file, kept);
        try
        {
            Assert.Equal(0, await fixture.RunImportsAsync());
            Assert.Equal("Queued", (await ImportAsync(id)).GetProperty("status").GetString());
        }
        finally
        {
            File.Move(kept, file);
        }

        Assert.Equal(1, await fixture.RunImportsAsync());
        Assert.Equal("Completed", (await ImportAsync(id)).GetProperty("status").GetString());
    }

    private async Task<Guid> UploadAsync(byte[] file)
    {
        var response = await _importer.UploadAsync(file);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<JsonElement> ImportAsync(Guid id) => _importer.GetFromJsonAsync<JsonElement>($"{ImportKit.Imports}/{id}");

    private string FileOf(Guid id) => fixture.Host.Services.GetRequiredService<ImportFiles>().PathOf(TestDistricts.First, id, ImportFormat.Csv);

    /// <summary>The real table reader, cancelling the run once it hands out the given row.</summary>
    private sealed class CutOff(ITableFiles tables, int row, CancellationTokenSource dying) : ITableFiles
    {
        public ITableFile Open(string path, TableFormat format) => new CutFile(tables.Open(path, format), row, dying);

        public Task<ITableFile> OpenUploadAsync(Microsoft.AspNetCore.Http.IFormFile file, CancellationToken cancellationToken) =>
            tables.OpenUploadAsync(file, cancellationToken);

        public byte[] WriteXlsx(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
            tables.WriteXlsx(sheetName, header, rows);

        private sealed class CutFile(ITableFile file, int row, CancellationTokenSource dying) : ITableFile
        {
            public IReadOnlyList<string>? ReadHeader() => file.ReadHeader();

            public IEnumerable<(int Row, IReadOnlyList<string> Cells)> ReadRows()
            {
                foreach (var line in file.ReadRows())
                {
                    if (line.Row == row)
                    {
                        dying.Cancel();
                    }
                    yield return line;
                }
            }

            public void Dispose() => file.Dispose();
        }
    }
}

/// <summary>The claim: one worker at a time, taken over only when its holder stopped showing signs of life.</summary>
public sealed class ImportClaimTests(RegistryHostFixture fixture) : IClassFixture<RegistryHostFixture>
{
    [Fact]
    public async Task A_claim_is_exclusive_until_it_lapses_and_the_old_holder_then_holds_nothing()
    {
        var upload = await fixture.Client(Importers.District).UploadAsync(ImportKit.Csv(ImportKit.Synthetic(fixture, 5, seed: 43)));
        var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await using var db = fixture.Registry();

        var first = await ImportClaims.ClaimAsync(db, id, fixture.Clock.GetUtcNow(), CancellationToken.None);
        Assert.NotNull(first);
        Assert.Null(await ImportClaims.ClaimAsync(db, id, fixture.Clock.GetUtcNow(), CancellationToken.None));
        Assert.Null(await ImportClaims.ClaimAsync(db, id, fixture.Clock.GetUtcNow() + ImportClaims.Lifetime, CancellationToken.None));

        var second = await ImportClaims.ClaimAsync(db, id, fixture.Clock.GetUtcNow() + ImportClaims.Lifetime + TimeSpan.FromSeconds(1), CancellationToken.None);
        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        Assert.False(await ImportClaims.Held(db, id, first!.Value).AnyAsync());
        Assert.True(await ImportClaims.Held(db, id, second!.Value).AnyAsync());

        // An ended import is never claimed, however old its heartbeat.
        await db.Imports.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, ImportStatus.Completed));
        Assert.Null(await ImportClaims.ClaimAsync(db, id, fixture.Clock.GetUtcNow() + TimeSpan.FromDays(1), CancellationToken.None));
    }
}
