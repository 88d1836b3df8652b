using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>
/// 年检 through the real host on 2026-06-01, the day after the national deadline for 2025's reports (2026-05-31): the due
/// list from the register, reports, the district's conclusion, the overdue list, the home page, the export.
/// </summary>
public sealed class InspectionTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    private const string Due = "/api/socialorg/inspections/due";

    [Fact]
    public async Task The_due_list_holds_the_registered_organisations_of_the_year_with_the_recent_ones_exempt_and_the_unreported_overdue()
    {
        var registrar = host.Client(Staff.Registrar);
        var tag = Tag();
        var due = await RegisterAsync(registrar, $"{tag}甲", new DateOnly(2025, 6, 30));
        var exempt = await RegisterAsync(registrar, $"{tag}乙", new DateOnly(2025, 7, 1));
        await RegisterAsync(registrar, $"{tag}丙", new DateOnly(2026, 1, 10));  // not yet registered in 2025
        var gone = await RegisterAsync(registrar, $"{tag}丁", new DateOnly(2024, 3, 1));
        await (await registrar.PostAsJsonAsync($"/api/socialorg/organisations/{gone.Id()}/deregister/{gone.Version()}", new { reason = "自行解散" })).JsonAsync();

        var rows = await ItemsAsync(registrar, $"{Due}?year=2025&q={tag}");
        Assert.Equal([$"{tag}乙", $"{tag}甲"], rows.Select(r => r.Text("name")).Order());
        var overdue = Assert.Single(rows, r => r.Text("organisationId") == due.Id());
        Assert.Equal("overdue", overdue.Text("state"));
        Assert.Equal("2026-05-31", overdue.Text("deadline"));
        var free = Assert.Single(rows, r => r.Text("organisationId") == exempt.Id());
        Assert.Equal("exempt", free.Text("state"));
        Assert.Contains("不满6个月", free.Text("exemptReason"));

        Assert.Equal([due.Id()], (await ItemsAsync(registrar, $"/api/socialorg/inspections/overdue?year=2025&q={tag}")).Select(r => r.Text("organisationId")));
        Assert.Equal([exempt.Id()], (await ItemsAsync(registrar, $"{Due}?year=2025&state=exempt&q={tag}")).Select(r => r.Text("organisationId")));
        Assert.Empty(await ItemsAsync(registrar, $"{Due}?year=2025&state=due&q={tag}"));  // the deadline has passed: not "due" but overdue
        // Without a year: last year's, the one being reported on.
        Assert.Equal(2, (await ItemsAsync(registrar, $"{Due}?q={tag}")).Count);
        // 2026 has not ended: everyone registered so far is on it, and nobody is overdue yet.
        Assert.All(await ItemsAsync(registrar, $"{Due}?year=2026&q={tag}"), r => Assert.NotEqual("overdue", r.Text("state")));
        Assert.True((await (await registrar.GetAsync($"{Due}?year=2025&state=late")).JsonAsync(HttpStatusCode.BadRequest)).HasError("state"));
    }

    [Fact]
    public async Task A_report_is_checked_field_by_field_recorded_once_and_refused_for_an_exempt_or_deregistered_organisation()
    {
        var registrar = host.Client(Staff.Registrar);
        var tag = Tag();
        var organisation = await RegisterAsync(registrar, $"{tag}甲", new DateOnly(2024, 5, 1));
        var code = organisation.Text("creditCode");

        var invalid = await (await registrar.PostAsJsonAsync("/api/socialorg/inspections", new { creditCode = code, year = 2026, income = -1, spending = 10 }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(invalid.HasError("year"));  // 2026 has not ended
        Assert.True(invalid.HasError("income"));
        Assert.True(invalid.HasError("staffCount"));
        Assert.True(invalid.HasError("partyOrganisation"));
        Assert.False(invalid.HasError("spending"));
        Assert.True((await (await SubmitAsync(registrar, code, submittedOn: new DateOnly(2026, 6, 2))).JsonAsync(HttpStatusCode.BadRequest)).HasError("submittedOn"));

        var report = await (await SubmitAsync(registrar, code)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("submitted", report.Text("status"));
        Assert.True(report.GetProperty("late").GetBoolean());  // 06-01, after 05-31
        Assert.Equal(120000.5m, report.GetProperty("income").GetDecimal());
        Assert.True(report.GetProperty("partyOrganisation").GetBoolean());
        Assert.Equal(["报送2025年度年检报告"], report.GetProperty("history").EnumerateArray().Select(s => s.Text("title")));
        Assert.Contains("已报送", (await (await SubmitAsync(registrar, code)).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        Assert.Equal("submitted", Assert.Single(await ItemsAsync(registrar, $"{Due}?year=2025&q={tag}")).Text("state"));

        // On time: a report that arrived before the deadline, entered later.
        var early = await RegisterAsync(registrar, $"{tag}乙", new DateOnly(2024, 5, 1));
        var onTime = await (await SubmitAsync(registrar, early.Text("creditCode"), submittedOn: new DateOnly(2026, 3, 20))).JsonAsync(HttpStatusCode.Created);
        Assert.False(onTime.GetProperty("late").GetBoolean());

        var exempt = await RegisterAsync(registrar, $"{tag}丙", new DateOnly(2025, 9, 1));
        Assert.Contains("免于2025年度年检", (await (await SubmitAsync(registrar, exempt.Text("creditCode"))).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        var gone = await RegisterAsync(registrar, $"{tag}丁", new DateOnly(2023, 1, 1));
        await (await registrar.PostAsJsonAsync($"/api/socialorg/organisations/{gone.Id()}/deregister/{gone.Version()}", new { reason = "自行解散" })).JsonAsync();
        Assert.Contains("已注销", (await (await SubmitAsync(registrar, gone.Text("creditCode"))).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(registrar, SocialOrgApi.NextCreditCode())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(host.Client(Staff.Elsewhere), code)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SubmitAsync(host.Client(Staff.PlainRegistrar), code)).StatusCode);
    }

    [Fact]
    public async Task The_district_concludes_with_reasons_where_needed_on_the_version_shown_once_and_the_charity_module_is_told()
    {
        var registrar = host.Client(Staff.Registrar);
        var organisation = await RegisterAsync(registrar, $"{Tag()}甲", new DateOnly(2024, 5, 1));
        var report = await (await SubmitAsync(registrar, organisation.Text("creditCode"))).JsonAsync(HttpStatusCode.Created);
        var path = $"/api/socialorg/inspections/{report.Id()}/conclude";

        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.WanshengClerk).PostAsJsonAsync($"{path}/{report.Version()}", new { conclusion = "qualified" })).StatusCode);
        Assert.True((await (await registrar.PostAsJsonAsync($"{path}/{report.Version()}", new { conclusion = "basically-qualified", reason = " " }))
            .JsonAsync(HttpStatusCode.BadRequest)).HasError("reason"));
        Assert.True((await (await registrar.PostAsJsonAsync($"{path}/{report.Version()}", new { conclusion = "excellent" })).JsonAsync(HttpStatusCode.BadRequest)).HasError("conclusion"));
        Assert.Equal(ProblemTypes.StaleVersion,
            (await (await registrar.PostAsJsonAsync($"{path}/{report.Version() + 1}", new { conclusion = "qualified" })).JsonAsync(HttpStatusCode.Conflict)).Text("type"));

        var concluded = await (await registrar.PostAsJsonAsync($"{path}/{report.Version()}", new { conclusion = "basically-qualified", reason = "财务制度不健全" })).JsonAsync();
        Assert.Equal("concluded", concluded.Text("status"));
        Assert.Equal("basically-qualified", concluded.Text("conclusion"));
        Assert.Equal("财务制度不健全", concluded.Text("conclusionReason"));
        Assert.Equal("2026-06-01", concluded.Text("concludedOn"));
        Assert.Equal(["报送2025年度年检报告", "2025年度年检结论：基本合格"], concluded.GetProperty("history").EnumerateArray().Select(s => s.Text("title")));
        Assert.Contains("已作出结论", (await (await registrar.PostAsJsonAsync($"{path}/{concluded.Version()}", new { conclusion = "qualified" })).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));

        var published = Assert.Single(await host.OutboxAsync("socialorg.inspection-concluded"), e => e.GetProperty("inspectionId").GetString() == report.Id());
        Assert.Equal(organisation.Id(), published.Text("organisationId"));
        Assert.Equal(organisation.Text("creditCode"), published.Text("creditCode"));
        Assert.Equal(2025, published.GetProperty("year").GetInt32());
        Assert.Equal("basically-qualified", published.Text("conclusion"));
        Assert.Equal(120000.5m, published.GetProperty("income").GetDecimal());
        Assert.Equal(98000m, published.GetProperty("spending").GetDecimal());

        var history = (await (await registrar.GetAsync($"/api/socialorg/organisations/{organisation.Id()}")).JsonAsync()).GetProperty("history").EnumerateArray()
            .Select(h => h.Text("title"));
        Assert.Contains("2025年度年检结论：基本合格", history);
        var listed = await ItemsAsync(registrar, "/api/socialorg/inspections?year=2025&conclusion=basically-qualified");
        Assert.Contains(listed, r => r.Id() == report.Id());
    }

    [Fact]
    public async Task A_town_clerk_receives_reports_of_their_town_only_and_sees_only_its_list()
    {
        var registrar = host.Client(Staff.Registrar);
        var tag = Tag();
        var wansheng = await RegisterAsync(registrar, $"{tag}甲", new DateOnly(2024, 5, 1));
        var donglin = await RegisterAsync(registrar, $"{tag}乙", new DateOnly(2024, 5, 1), TestDistricts.VillageOfDonglin);
        var clerk = host.Client(Staff.WanshengClerk);

        Assert.Equal([wansheng.Id()], (await ItemsAsync(clerk, $"{Due}?year=2025&q={tag}")).Select(r => r.Text("organisationId")));
        Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(clerk, donglin.Text("creditCode"))).StatusCode);
        var report = await (await SubmitAsync(clerk, wansheng.Text("creditCode"))).JsonAsync(HttpStatusCode.Created);
        var other = await (await SubmitAsync(registrar, donglin.Text("creditCode"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/socialorg/inspections/{report.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/socialorg/inspections/{other.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(Staff.Elsewhere).GetAsync(Due)).StatusCode);
    }

    [Fact]
    public async Task The_home_page_shows_reports_waiting_for_a_conclusion_and_the_overdue_organisations()
    {
        var registrar = host.Client(Staff.Registrar);
        var organisation = await RegisterAsync(registrar, $"{Tag()}甲", new DateOnly(2024, 5, 1));
        await RegisterAsync(registrar, $"{Tag()}乙", new DateOnly(2024, 5, 1));  // reports nothing: overdue
        await (await SubmitAsync(registrar, organisation.Text("creditCode"))).JsonAsync(HttpStatusCode.Created);

        var items = (await (await registrar.GetAsync("/api/platform/work")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var waiting = Assert.Single(items, i => i.Text("key") == "socialorg.inspections-to-conclude");
        Assert.True(waiting.GetProperty("count").GetInt32() >= 1);
        var overdue = Assert.Single(items, i => i.Text("key") == "socialorg.inspections-overdue");
        Assert.True(overdue.GetProperty("overdue").GetInt32() >= 1);
        Assert.Equal("/m/socialorg/inspections-overdue", overdue.Text("link"));

        // A town clerk concludes nothing: no conclusion work for them, only their town's overdue organisations.
        var clerkItems = (await (await host.Client(Staff.WanshengClerk).GetAsync("/api/platform/work")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.DoesNotContain(clerkItems, i => i.Text("key") == "socialorg.inspections-to-conclude");
    }

    [Fact]
    public async Task The_year_s_list_is_exported_with_each_report_s_figures_and_conclusion()
    {
        var registrar = host.Client(Staff.Registrar);
        var tag = Tag();
        var reported = await RegisterAsync(registrar, $"{tag}甲", new DateOnly(2024, 5, 1));
        await RegisterAsync(registrar, $"{tag}乙", new DateOnly(2025, 8, 1));
        var report = await (await SubmitAsync(registrar, reported.Text("creditCode"))).JsonAsync(HttpStatusCode.Created);
        await (await registrar.PostAsJsonAsync($"/api/socialorg/inspections/{report.Id()}/conclude/{report.Version()}", new { conclusion = "qualified" })).JsonAsync();

        var response = await registrar.GetAsync($"/api/socialorg/inspections/due.xlsx?year=2025&q={tag}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2025年度年检", response.Content.Headers.ContentDisposition?.FileNameStar);
        var sheet = TestWorkbooks.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("名称", sheet[0][0]);
        Assert.Equal("年检结论", sheet[0][^1]);
        Assert.Equal(3, sheet.Count);
        var row = Assert.Single(sheet, r => r[0] == $"{tag}甲");
        Assert.Equal([$"{tag}甲", "社会团体", reported.Text("creditCode"), "万新社区", "2024-05-01", "已作出结论", "", "2026-06-01", "是"], row.Take(9));
        Assert.Equal([120000.5m, 98000m, 12m], row.Skip(9).Take(3).Select(c => decimal.Parse(c, CultureInfo.InvariantCulture)));
        Assert.Equal(["是", "合格"], row.Skip(12));
        Assert.Equal("免检", Assert.Single(sheet, r => r[0] == $"{tag}乙")[5]);
        Assert.True((await (await registrar.GetAsync("/api/socialorg/inspections/due.xlsx?year=1999")).JsonAsync(HttpStatusCode.BadRequest)).HasError("year"));
    }

    [Fact]
    public async Task Every_route_of_the_module_has_a_name_and_a_summary() =>
        Assert.Empty(await RouteContracts.UndocumentedAsync(host.Client(Staff.Registrar), "socialorg"));

    private static string Tag() => $"年检{Guid.NewGuid():N}"[..10];

    private static async Task<JsonElement> RegisterAsync(HttpClient registrar, string name, DateOnly registeredOn, string village = TestDistricts.VillageOfWansheng) =>
        await (await registrar.RegisterAsync(name: name, registeredOn: registeredOn, village: village)).JsonAsync(HttpStatusCode.Created);

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string code, int year = 2025, DateOnly? submittedOn = null) =>
        client.PostAsJsonAsync("/api/socialorg/inspections",
            new { creditCode = code, year, income = 120000.5m, spending = 98000m, staffCount = 12, partyOrganisation = true, submittedOn });

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string path) =>
        [.. (await (await client.GetAsync(path + (path.Contains('?') ? "&" : "?") + "pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray()];
}
