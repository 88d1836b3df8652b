using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Tests.Registry.Import;

/// <summary>Files in the exchange format import completely, once: a second import of the same file changes nothing.</summary>
public sealed class ImportHappyPathTests(RegistryHostFixture fixture) : IClassFixture<RegistryHostFixture>
{
    private readonly HttpClient _importer = fixture.Client(Importers.District);

    [Fact]
    public async Task A_csv_file_imports_every_row_with_households_certificates_and_welfare_statuses()
    {
        var rows = ImportKit.Synthetic(fixture, 80, seed: 1);
        var response = await _importer.UploadAsync(ImportKit.Csv(rows));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var queued = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Queued", queued.GetProperty("status").GetString());
        Assert.Equal("排队", queued.GetProperty("statusText").GetString());
        Assert.Equal(0, queued.Int("rowsRead"));
        Assert.Equal($"/api/platform/registry/imports/{queued.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);

        Assert.Equal(1, await fixture.RunImportsAsync());
        var done = await _importer.GetFromJsonAsync<JsonElement>(response.Headers.Location!.OriginalString);
        Assert.Equal("完成", done.GetProperty("statusText").GetString());
        Assert.Equal(rows.Count, done.Int("rowsRead"));
        Assert.Equal(rows.Count, done.Int("imported"));
        Assert.Equal(0, done.Int("failed") + done.Int("updated") + done.Int("unchanged"));
        Assert.Equal("导入员", done.GetProperty("startedBy").GetString());

        var persons = await fixture.PersonsAsync(rows.Select(r => r.IdNumber));
        Assert.Equal(rows.Count, persons.Count);
        var first = rows[0];
        var stored = persons.Single(p => p.IdNumber == first.IdNumber);
        Assert.Equal((first.Name, first.DivisionCode, first.Address), (stored.Name, stored.DivisionCode, stored.Address));

        await using var db = fixture.Registry();
        var ids = persons.Select(p => p.Id).ToList();
        Assert.Equal(rows.Count(r => r.DisabilityCertificateNumber is not null), await db.DisabilityCertificates.CountAsync(c => ids.Contains(c.PersonId)));
        Assert.Equal(rows.Count(r => r.WelfareKind is not null), await db.WelfareStatuses.CountAsync(w => ids.Contains(w.PersonId)));
        var keys = rows.Select(r => r.HouseholdKey).Distinct().ToList();
        var households = await db.Households.Include(h => h.Members).Where(h => keys.Contains(h.Number)).ToListAsync();
        Assert.Equal(keys.Count, households.Count);
        Assert.Equal(rows.Count, households.Sum(h => h.Members.Count));
        Assert.All(households, h => Assert.Single(h.Members, m => m.Relation == Minzheng.Platform.Registry.Households.HouseholdRelation.Head));
        // Spouses are married in the generator's rows, and the import recorded it.
        Assert.All(rows.Where(r => r.MaritalStatus == "已婚"), r => Assert.Equal(MaritalStatus.Married, persons.Single(p => p.IdNumber == r.IdNumber).MaritalStatus));
    }

    [Fact]
    public async Task An_xlsx_workbook_imports_like_a_csv_file()
    {
        var rows = ImportKit.Synthetic(fixture, 120, seed: 2);

        var done = await fixture.ImportAsync(_importer, ImportKit.Xlsx(rows), "居民.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.Equal("xlsx", done.GetProperty("format").GetString());
        Assert.Equal((rows.Count, rows.Count, 0), (done.Int("rowsRead"), done.Int("imported"), done.Int("failed")));
        var persons = await fixture.PersonsAsync(rows.Select(r => r.IdNumber));
        Assert.Equal(rows.Select(r => (r.IdNumber, r.Name)).OrderBy(x => x.IdNumber), persons.Select(p => (p.IdNumber, p.Name)).OrderBy(x => x.IdNumber));
        await using var db = fixture.Registry();
        // Grades are numeric cells, dates and ID numbers shared strings: all read back as the file had them.
        var numbers = rows.Where(r => r.DisabilityCertificateNumber is not null).Select(r => r.DisabilityCertificateNumber).ToList();
        var certificates = await db.DisabilityCertificates.Where(c => numbers.Contains(c.Number)).ToListAsync();
        Assert.Equal(rows.Where(r => r.DisabilityGrade is not null).Select(r => (r.DisabilityCertificateNumber, r.DisabilityGrade!.Value, r.DisabilityValidUntil!.Value)).Order(),
            certificates.Select(c => ((string?)c.Number, c.Grade, c.ValidUntil)).Order());
        var personIds = persons.Select(p => p.Id).ToList();
        Assert.Equal(rows.Count(r => r.WelfareKind is not null), await db.WelfareStatuses.CountAsync(w => personIds.Contains(w.PersonId)));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        var rows = ImportKit.Synthetic(fixture, 50, seed: 3);
        var file = ImportKit.Csv(rows);
        var first = await fixture.ImportAsync(_importer, file);
        Assert.Equal(rows.Count, first.Int("imported"));
        var versions = (await fixture.PersonsAsync(rows.Select(r => r.IdNumber))).ToDictionary(p => p.IdNumber, p => p.Version);
        var audited = await fixture.RegistryAuditCountAsync();
        int Outbox() => fixture.Registry().OutboxMessages.Count();
        var events = Outbox();

        var second = await fixture.ImportAsync(_importer, file);

        Assert.Equal((rows.Count, 0, 0, rows.Count, 0),
            (second.Int("rowsRead"), second.Int("imported"), second.Int("updated"), second.Int("unchanged"), second.Int("failed")));
        Assert.Equal(audited, await fixture.RegistryAuditCountAsync());
        Assert.Equal(events, Outbox());
        Assert.Equal(versions, (await fixture.PersonsAsync(rows.Select(r => r.IdNumber))).ToDictionary(p => p.IdNumber, p => p.Version));
    }

    [Fact]
    public async Task A_resident_on_record_with_other_details_is_updated_as_an_audited_change()
    {
        var rows = ImportKit.Synthetic(fixture, 5, seed: 4);
        await fixture.ImportAsync(_importer, ImportKit.Csv(rows));
        var audited = await fixture.RegistryAuditCountAsync();
        var moved = rows[0] with { Name = "改名后", Address = "新住址9号", MaritalStatus = "离婚" };

        var done = await fixture.ImportAsync(_importer, ImportKit.Csv([moved, .. rows.Skip(1)]));

        Assert.Equal((1, rows.Count - 1, 0), (done.Int("updated"), done.Int("unchanged"), done.Int("imported")));
        var person = (await fixture.PersonsAsync([moved.IdNumber])).Single();
        Assert.Equal(("改名后", "新住址9号", MaritalStatus.Divorced, 2), (person.Name, person.Address, person.MaritalStatus, person.Version));
        Assert.Equal(audited + 1, await fixture.RegistryAuditCountAsync());
    }
}
