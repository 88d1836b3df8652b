using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Registry.Synthetic;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry.Import;

/// <summary>Bad rows are refused one by one, whole, reported by row and column; the rest import.</summary>
public sealed class ImportRowErrorTests(RegistryHostFixture fixture) : IClassFixture<RegistryHostFixture>
{
    private readonly HttpClient _importer = fixture.Client(Importers.District);

    private static ResidentRow Row(string idNumber, string village = TestDistricts.VillageOfWansheng) => new()
    {
        IdNumber = idNumber, Name = "导入测试", HukouType = "城镇", DivisionCode = village, Address = "测试路2号", Phone = "13900000000",
    };

    [Fact]
    public async Task Each_bad_row_is_reported_with_its_row_column_and_reason_and_the_good_rows_import()
    {
        var good = TestIds.Next();
        var wrongCheck = SyntheticIds.WithWrongCheck(TestIds.Next());
        var legacy18 = SyntheticIds.IdNumberOf(new DateOnly(1975, 3, 9), 456);
        var legacy15 = legacy18[..6] + legacy18[8..17];
        var badEthnicity = TestIds.Next();
        var badDate = TestIds.Next();
        var rows = new[]
        {
            Row(good),
            Row(wrongCheck),
            Row("x") with { IdNumber = legacy15 },
            Row(TestIds.Next(), village: "500110999001"),
            Row(badEthnicity) with { Ethnicity = "火星族" },
            Row(badDate),
        };
        var lines = Encoding.UTF8.GetString(ImportKit.Csv(rows)).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        // A certificate whose issue date is no date: written by hand, as the exchange record only holds real dates.
        lines[6] = $"{badDate},导入测试,汉族,13900000000,城镇,{TestDistricts.VillageOfWansheng},测试路2号,,,{badDate}42,肢体,2,2025-13-01,2035-01-01,,,";

        var done = await fixture.ImportAsync(_importer, ImportKit.CsvLines([.. lines]));

        Assert.Equal((6, 2, 4), (done.Int("rowsRead"), done.Int("imported"), done.Int("failed")));
        var stored = await fixture.PersonsAsync([good, legacy18, badEthnicity, badDate]);
        Assert.Equal([good, legacy18], stored.Select(p => p.IdNumber).Order());

        var report = await _importer.GetAsync(done.GetProperty("errorReport").GetString());
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/csv", report.Content.Headers.ContentType?.MediaType);
        var bytes = await report.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var errors = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("行号,列,原因", errors[0]);
        Assert.Contains(errors, e => e.StartsWith("3,身份证号,", StringComparison.Ordinal) && e.Contains("校验"));
        Assert.Contains(errors, e => e.StartsWith("5,村居代码,", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("6,民族,", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("7,发证日期,", StringComparison.Ordinal) && e.Contains("2025-13-01"));
        Assert.DoesNotContain(errors, e => e.StartsWith("2,", StringComparison.Ordinal) || e.StartsWith("4,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_row_refused_after_its_person_was_staged_leaves_nothing_of_itself()
    {
        // On record: a resident in 低保 since January. The row renames them and adds 特困 from February,
        // which overlaps: the whole row is refused, the rename included.
        var writer = fixture.Client(Staff.Writer);
        var idNumber = TestIds.Next();
        var person = await writer.RegisterAsync(idNumber, name: "原名");
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync($"{RegistryApi.Persons}/{person.Id()}/welfare-statuses",
            new { kind = "低保", startsOn = new DateOnly(2026, 1, 1) })).StatusCode);
        var row = Row(idNumber) with { Name = "新名", HouseholdKey = "ATOM-1", RelationToHead = "户主", WelfareKind = "特困", WelfareStartsOn = new DateOnly(2026, 2, 1) };
        var newcomer = TestIds.Next();
        var orphan = Row(newcomer) with { HouseholdKey = "ATOM-NONE", RelationToHead = "子女" };

        var done = await fixture.ImportAsync(_importer, ImportKit.Csv([row, orphan]));

        Assert.Equal((2, 0), (done.Int("failed"), done.Int("imported") + done.Int("updated")));
        var stored = (await fixture.PersonsAsync([idNumber])).Single();
        // Version 2 is the welfare status recorded through the API; the refused row made no version of its own.
        Assert.Equal(("原名", 2), (stored.Name, stored.Version));
        Assert.Empty(await fixture.PersonsAsync([newcomer]));
        await using var db = fixture.Registry();
        Assert.False(await db.Households.AnyAsync(h => h.Number == "ATOM-1"));
        Assert.Equal(1, await db.WelfareStatuses.CountAsync(w => w.PersonId == stored.Id));
    }

    [Fact]
    public async Task A_town_clerk_imports_only_residents_of_their_town()
    {
        var clerk = fixture.Client(Importers.Wansheng);
        var inTown = TestIds.Next();
        var elsewhere = TestIds.Next();

        var done = await fixture.ImportAsync(clerk, ImportKit.Csv([Row(inTown), Row(elsewhere, TestDistricts.VillageOfDonglin)]));

        Assert.Equal((1, 1), (done.Int("imported"), done.Int("failed")));
        Assert.Equal([inTown], (await fixture.PersonsAsync([inTown, elsewhere])).Select(p => p.IdNumber));
        var report = await clerk.GetStringAsync(done.GetProperty("errorReport").GetString());
        Assert.Contains("3,村居代码,该村（社区）不在您的管辖范围内", report);

        // Another district does not know the import; the clerk's list holds it.
        var id = done.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client(Importers.OtherDistrict).GetAsync($"{ImportKit.Imports}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client(Importers.OtherDistrict).GetAsync($"{ImportKit.Imports}/{id}/errors.csv")).StatusCode);
        var list = await clerk.GetFromJsonAsync<JsonElement>(ImportKit.Imports);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
        Assert.Empty((await fixture.Client(Importers.OtherDistrict).GetFromJsonAsync<JsonElement>(ImportKit.Imports)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_row_naming_a_resident_of_another_town_is_refused_without_saying_the_resident_exists()
    {
        var elsewhere = TestIds.Next();
        await fixture.Client(Staff.Writer).RegisterAsync(elsewhere, TestDistricts.VillageOfDonglin);
        var clerk = fixture.Client(Importers.Wansheng);

        var done = await fixture.ImportAsync(clerk, ImportKit.Csv([Row(elsewhere)]));

        Assert.Equal((0, 1), (done.Int("imported"), done.Int("failed")));
        var report = await clerk.GetStringAsync(done.GetProperty("errorReport").GetString());
        var line = Assert.Single(report.Split("\r\n"), l => l.StartsWith("2,", StringComparison.Ordinal));
        Assert.Equal("2,身份证号,该身份证号码不能由您登记或导入，请联系区民政局核实。", line);
        Assert.DoesNotContain("已", line);
        Assert.DoesNotContain("东林", report);
    }

    [Fact]
    public async Task Importing_requires_the_import_permission()
    {
        var writer = fixture.Client(Staff.Writer);

        Assert.Equal(HttpStatusCode.Forbidden, (await writer.UploadAsync(ImportKit.Csv([Row(TestIds.Next())]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync(ImportKit.Imports)).StatusCode);
        Assert.Equal(0, await fixture.RunImportsAsync());
    }
}
