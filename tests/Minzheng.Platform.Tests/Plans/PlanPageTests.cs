using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Plans;

/// <summary>
/// The plan page's API: every row of a plan with its value for the caller, computed by the module that declares
/// it where the district enables that module, entered by district staff otherwise, never a zero for a missing figure.
/// </summary>
public sealed class PlanPageTests(PlanHostFixture fixture) : IClassFixture<PlanHostFixture>
{
    private const string Plans = "/api/platform/plans";

    [Fact]
    public async Task The_default_plan_has_the_17_rows_of_表2_and_a_row_of_a_module_not_installed_is_not_computed_never_zero()
    {
        var list = await (await fixture.Planner().GetAsync(Plans)).JsonAsync();
        Assert.Equal(["14th", "15th"], list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal("15th", list.GetProperty("current").GetString());

        var plan = await GetPlanAsync(fixture.Planner(), "14th");
        var rows = plan.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 17), rows.Select(r => r.GetProperty("number").GetInt32()));
        var coverage = rows[2];
        Assert.Equal("困难残疾人生活补贴覆盖率", coverage.GetProperty("name").GetString());
        Assert.Equal("≥95", coverage.GetProperty("baselineText").GetString());
        Assert.Equal("100", coverage.GetProperty("targetText").GetString());
        Assert.Equal("约束性", coverage.GetProperty("binding").GetString());
        Assert.Equal(JsonValueKind.Null, coverage.GetProperty("value").ValueKind);
        Assert.Contains("未安装计算该指标的模块（disability）", coverage.GetProperty("notComputed").GetString());
        Assert.Equal("NoValue", coverage.GetProperty("status").GetString());
        Assert.Equal("AtMost", rows[13].GetProperty("comparison").GetString());
        Assert.Equal(40m, rows[13].GetProperty("target").GetDecimal());
        Assert.Equal("Reference", rows[0].GetProperty("comparison").GetString());
    }

    [Fact]
    public async Task A_row_a_module_computes_has_its_value_rule_and_towns_and_a_district_not_enabling_the_module_sees_it_as_not_computed()
    {
        var planner = fixture.Planner();
        await WriteNoteAsync(planner, TestDistricts.VillageOfWansheng);
        await WriteNoteAsync(planner, TestDistricts.VillageOfDonglin);
        await WriteNoteAsync(planner, TestDistricts.VillageOfDonglin);
        var expectedTotal = await NotesInScopeAsync(planner, null);
        var expectedDonglin = await NotesInScopeAsync(planner, TestDistricts.TownDonglin);

        var row = Row(await GetPlanAsync(planner, "15th"), 1);
        Assert.Equal((decimal)expectedTotal, row.GetProperty("value").GetDecimal());
        Assert.Equal("Computed", row.GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal("备忘", row.GetProperty("source").GetProperty("moduleName").GetString());
        Assert.Equal("备忘条数", row.GetProperty("source").GetProperty("rule").GetString());
        Assert.False(row.GetProperty("canEnter").GetBoolean());
        Assert.True(row.GetProperty("hasTowns").GetBoolean());

        var towns = (await (await planner.GetAsync($"{Plans}/15th/rows/1/towns")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var donglin = towns.Single(t => t.GetProperty("town").GetString() == TestDistricts.TownDonglin);
        Assert.Equal("东林街道", donglin.GetProperty("townName").GetString());
        Assert.Equal((decimal)expectedDonglin, donglin.GetProperty("value").GetDecimal());
        Assert.Contains(towns, t => t.GetProperty("town").GetString() == TestDistricts.TownWansheng);

        // The town clerk's figure is their town's, and they see only their town in the drill-down.
        var clerk = fixture.DonglinClerk();
        Assert.Equal((decimal)expectedDonglin, Row(await GetPlanAsync(clerk, "15th"), 1).GetProperty("value").GetDecimal());
        var clerkTowns = (await (await clerk.GetAsync($"{Plans}/15th/rows/1/towns")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.Equal([TestDistricts.TownDonglin], clerkTowns.Select(t => t.GetProperty("town").GetString()));

        // The second district does not enable notes: no figure, the reason, and no zero.
        var other = Row(await GetPlanAsync(fixture.Planner(TestDistricts.Second), "15th"), 1);
        Assert.Equal(JsonValueKind.Null, other.GetProperty("value").ValueKind);
        Assert.Contains("本区未启用“备忘”模块", other.GetProperty("notComputed").GetString());
        Assert.True(other.GetProperty("canEnter").GetBoolean());

        // A computed row is not entered by hand.
        var refused = await planner.PostAsJsonAsync($"{Plans}/15th/rows/1/entries", new { value = 5, valueAsOf = "2026-11-30", sourceText = "手工统计" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }

    [Fact]
    public async Task A_value_entered_by_district_staff_is_shown_with_who_and_where_from_kept_in_history_and_audited()
    {
        var planner = fixture.Planner();
        var first = await planner.PostAsJsonAsync($"{Plans}/14th/rows/7/entries", new { value = 150, valueAsOf = "2025-12-31", sourceText = "区人社局2025年统计" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await planner.PostAsJsonAsync($"{Plans}/14th/rows/7/entries", new { value = 182.5, valueAsOf = "2026-06-30", sourceText = "区社工协会年中统计" });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);

        var row = Row(await GetPlanAsync(planner, "14th"), 7);
        Assert.Equal(182.5m, row.GetProperty("value").GetDecimal());
        Assert.Equal("NotMet", row.GetProperty("status").GetString());
        var source = row.GetProperty("source");
        Assert.Equal("Entered", source.GetProperty("kind").GetString());
        Assert.Equal("王规划", source.GetProperty("enteredBy").GetString());
        Assert.Equal("区社工协会年中统计", source.GetProperty("sourceText").GetString());
        Assert.Equal("2026-06-30", source.GetProperty("valueAsOf").GetString());

        // As of an earlier date, the earlier entry; before any, none.
        Assert.Equal(150m, Row(await GetPlanAsync(planner, "14th", "2026-01-01"), 7).GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, Row(await GetPlanAsync(planner, "14th", "2025-01-01"), 7).GetProperty("value").ValueKind);

        var history = (await (await planner.GetAsync($"{Plans}/14th/rows/7/entries")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("value").GetDecimal()).ToList();
        Assert.Equal([182.5m, 150m], history);

        var trend = (await (await planner.GetAsync($"{Plans}/14th/rows/7/trend")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025], trend.Select(p => p.GetProperty("year").GetInt32()));
        Assert.Equal(68m, trend[0].GetProperty("value").GetDecimal());
        Assert.Equal("Baseline", trend[0].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, trend[1].GetProperty("value").ValueKind);
        Assert.Equal(150m, trend[5].GetProperty("value").GetDecimal());
        Assert.Equal("Entered", trend[5].GetProperty("kind").GetString());

        await using var audit = fixture.Host.Services.GetRequiredService<ModuleDatabases>().Create<AuditDbContext>(TestDistricts.First);
        var entries = await audit.Entries.AsNoTracking().Where(e => e.Action == "plan-value-entered" && e.Key == "14th/7").ToListAsync();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal("planner-1", e.ActorId));
        Assert.Contains(entries, e => e.After!.Contains("区社工协会年中统计"));

        // A town's account does not read the district's entered figure as its own, and cannot enter one.
        var clerk = fixture.DonglinClerk();
        var clerkRow = Row(await GetPlanAsync(clerk, "14th"), 7);
        Assert.Equal(JsonValueKind.Null, clerkRow.GetProperty("value").ValueKind);
        Assert.False(clerkRow.GetProperty("canEnter").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden,
            (await clerk.PostAsJsonAsync($"{Plans}/14th/rows/6/entries", new { value = 31, valueAsOf = "2026-06-30", sourceText = "镇街统计" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"{Plans}/14th/rows/7/entries")).StatusCode);
    }

    [Theory]
    [InlineData("""{ "valueAsOf": "2026-06-30", "sourceText": "统计" }""", "value")]
    [InlineData("""{ "value": 1, "valueAsOf": "2026/06/30", "sourceText": "统计" }""", "valueAsOf")]
    [InlineData("""{ "value": 1, "valueAsOf": "2026-12-03", "sourceText": "统计" }""", "valueAsOf")]
    [InlineData("""{ "value": 1, "valueAsOf": "2019-12-31", "sourceText": "统计" }""", "valueAsOf")]
    [InlineData("""{ "value": 1, "valueAsOf": "2026-06-30", "sourceText": "  " }""", "sourceText")]
    [InlineData("""{ "value": -1, "valueAsOf": "2026-06-30", "sourceText": "统计" }""", "value")]
    public async Task A_bad_entry_is_a_field_error_and_writes_nothing(string body, string field)
    {
        var planner = fixture.Planner();
        var before = await EntryCountAsync(12);

        var response = await planner.PostAsync($"{Plans}/14th/rows/12/entries", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error on {field}: {problem}");
        Assert.Equal(before, await EntryCountAsync(12));
    }

    [Fact]
    public async Task Unknown_plans_rows_and_dates_are_problems_and_reading_needs_the_permission()
    {
        var planner = fixture.Planner();
        Assert.Equal(HttpStatusCode.NotFound, (await planner.GetAsync($"{Plans}/13th")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await planner.GetAsync($"{Plans}/14th/rows/18/trend")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await planner.PostAsJsonAsync($"{Plans}/14th/rows/99/entries", new { value = 1, valueAsOf = "2026-06-30", sourceText = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await planner.GetAsync($"{Plans}/14th?asOf=yesterday")).StatusCode);
        var reader = fixture.Host.CreateClient(TestStaff.District(TestDistricts.First, PlatformPermissions.PlanRead));
        Assert.Equal(HttpStatusCode.Forbidden,
            (await reader.PostAsJsonAsync($"{Plans}/14th/rows/6/entries", new { value = 1, valueAsOf = "2026-06-30", sourceText = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Host.CreateClient(TestStaff.District(TestDistricts.First, "notes.read")).GetAsync(Plans)).StatusCode);
    }

    [Fact]
    public async Task The_export_is_a_workbook_of_every_row_with_its_value_as_a_number()
    {
        var planner = fixture.Planner();
        await planner.PostAsJsonAsync($"{Plans}/14th/rows/11/entries", new { value = 100, valueAsOf = "2026-11-30", sourceText = "救助管理站台账" });

        var response = await planner.GetAsync($"{Plans}/14th/export.xlsx?asOf=2026-12-01");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TableMediaTypes.Xlsx, response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
            using var table = fixture.Host.Services.GetRequiredService<ITableFiles>().Open(path, TableFormat.Xlsx);
            var header = table.ReadHeader()!;
            Assert.Equal("序号", header[0]);
            Assert.Equal("截至2026-12-01", header[6]);
            var rows = table.ReadRows().Select(r => r.Cells).ToList();
            Assert.Equal(17, rows.Count);
            Assert.Equal("100", rows[10][6]);
            Assert.Contains("王规划录入", rows[10][8]);
            Assert.Equal("", rows[2][6]);
            Assert.Contains("未安装", rows[2][9]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_home_page_work_list_counts_each_enabled_modules_waiting_work_in_the_callers_scope()
    {
        var planner = fixture.Planner();
        await WriteNoteAsync(planner, TestDistricts.VillageOfDonglin);
        var all = await NotesInScopeAsync(planner, null);
        var donglin = await NotesInScopeAsync(planner, TestDistricts.TownDonglin);

        var mine = (await (await planner.GetAsync("/api/platform/work")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var item = Assert.Single(mine);
        Assert.Equal("notes.to-read", item.GetProperty("key").GetString());
        Assert.Equal(all, item.GetProperty("count").GetInt32());
        Assert.Equal("备忘", item.GetProperty("moduleName").GetString());
        Assert.Equal("/m/notes/list", item.GetProperty("link").GetString());

        var clerks = (await (await fixture.DonglinClerk().GetAsync("/api/platform/work")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.Equal([donglin], clerks.Select(i => i.GetProperty("count").GetInt32()));

        // Without the permission the module counts nothing; a district without the module has none of its work.
        var reader = fixture.Host.CreateClient(TestStaff.District(TestDistricts.First, "notes.read"));
        Assert.Empty((await (await reader.GetAsync("/api/platform/work")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Empty((await (await fixture.Planner(TestDistricts.Second).GetAsync("/api/platform/work")).JsonAsync()).GetProperty("items").EnumerateArray());
    }

    private static async Task WriteNoteAsync(HttpClient client, string village) =>
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/notes/", new { text = $"走访 {Guid.NewGuid():N}", divisionCode = village })).StatusCode);

    // Counted by hand from the notes the module lists, not by the indicator under test.
    private static async Task<int> NotesInScopeAsync(HttpClient client, string? town) =>
        (await client.GetFromJsonAsync<JsonElement[]>("/api/notes/"))!.Count(n => town is null || n.GetProperty("divisionCode").GetString()!.StartsWith(town));

    private static async Task<JsonElement> GetPlanAsync(HttpClient client, string planId, string? asOf = null)
    {
        var response = await client.GetAsync($"{Plans}/{planId}" + (asOf is null ? "" : $"?asOf={asOf}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static JsonElement Row(JsonElement plan, int number) =>
        plan.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("number").GetInt32() == number);

    private async Task<int> EntryCountAsync(int row)
    {
        await using var db = fixture.Host.Services.GetRequiredService<Func<PlatformDbContext>>()();
        return await db.PlanEntries.CountAsync(e => e.RowNumber == row);
    }
}

file static class ResponseJson
{
    public static Task<JsonElement> JsonAsync(this HttpResponseMessage response) => response.Content.ReadFromJsonAsync<JsonElement>();
}
