using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>
/// The yearly disclosure: drafted from the ledger, published once and frozen, corrected by a new edition; the public page
/// shows published editions only, with nothing personal; the reminder before 6-30. One host of its own: it sums whole years.
/// </summary>
public sealed class DisclosureTests(LotteryHost host) : IClassFixture<LotteryHost>
{
    private readonly HttpClient _officer = host.Client(FundStaff.Officer);

    [Fact]
    public async Task Last_years_disclosure_is_drafted_from_the_ledger_published_frozen_and_corrected_by_a_new_edition()
    {
        // The reminder: 2026-06-01 is within 30 days of 6-30 and 2025 is not published.
        Assert.Contains(await WorkAsync(), i => i.GetProperty("key").GetString() == "lottery.disclosure-due");
        Assert.Contains("2025年度公益金使用情况公告待发布", (await (await _officer.GetAsync("/api/lottery/dashboard")).JsonAsync()).Text("disclosureWarning"));

        await _officer.ReceiveAsync(1000m, "allocated", on: "2025-03-01");
        await _officer.ReceiveAsync(200m, "unclaimed-prizes", on: "2025-09-01", drawDate: "2025-06-01");
        var project = await _officer.ProjectAsync(year: 2025);
        project = await (await _officer.MoveAsync(project, "allocate", 800m, on: "2025-04-01")).JsonAsync();
        project = await (await _officer.MoveAsync(project, "disburse", 300m, on: "2025-05-01")).JsonAsync();
        await _officer.ReceiveAsync(50m, on: "2026-01-10");

        Assert.True((await (await _officer.PostAsJsonAsync("/api/lottery/disclosures", new { year = 2026 })).JsonAsync(HttpStatusCode.BadRequest)).HasError("year"));
        var draft = await (await _officer.PostAsJsonAsync("/api/lottery/disclosures", new { year = 2025 })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("draft", draft.Text("status"));
        Assert.Equal((1200m, 800m, 300m, 400m), (draft.Money("raised"), draft.Money("allocated"), draft.Money("used"), draft.Money("fundBalanceAtYearEnd")));
        Assert.Equal(200m, draft.GetProperty("bySource").EnumerateArray().Single(s => s.Text("source") == "unclaimed-prizes").Money("amount"));
        Assert.Equal(300m, draft.GetProperty("projects").EnumerateArray().Single().Money("used"));
        Assert.Equal(HttpStatusCode.Conflict, (await _officer.PostAsJsonAsync("/api/lottery/disclosures", new { year = 2025 })).StatusCode);

        // Not public while a draft.
        Assert.Empty((await PublicAsync()).GetProperty("disclosures").EnumerateArray());

        var published = await (await _officer.PostAsync($"/api/lottery/disclosures/{draft.Id()}/publish/{draft.Version()}", null)).JsonAsync();
        Assert.Equal("published", published.Text("status"));
        Assert.Equal("2026-06-01", published.Text("publishedOn"));
        Assert.Equal(HttpStatusCode.Conflict, (await _officer.PostAsync($"/api/lottery/disclosures/{draft.Id()}/publish/{draft.Version()}", null)).StatusCode);
        var twice = await (await _officer.PostAsync($"/api/lottery/disclosures/{draft.Id()}/publish/{published.Version()}", null)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("不能重复发布", twice.Text("detail"));
        Assert.Equal(HttpStatusCode.Conflict, (await _officer.PostAsync($"/api/lottery/disclosures/{draft.Id()}/refresh/{published.Version()}", null)).StatusCode);
        Assert.DoesNotContain(await WorkAsync(), i => i.GetProperty("key").GetString() == "lottery.disclosure-due");

        // A late movement dated 2025 leaves the published figures as they were.
        await (await _officer.MoveAsync(project, "disburse", 100m, on: "2025-12-31")).JsonAsync();
        Assert.Equal(300m, (await (await _officer.GetAsync($"/api/lottery/disclosures/{draft.Id()}")).JsonAsync()).Money("used"));

        // A correction: a new edition, with its reason, that supersedes the first once published.
        Assert.True((await (await _officer.PostAsJsonAsync("/api/lottery/disclosures", new { year = 2025 })).JsonAsync(HttpStatusCode.BadRequest)).HasError("note"));
        var correction = await (await _officer.PostAsJsonAsync("/api/lottery/disclosures", new { year = 2025, note = "补记12月项目支出100元" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((2, 400m), (correction.GetProperty("edition").GetInt32(), correction.Money("used")));
        await (await _officer.PostAsync($"/api/lottery/disclosures/{correction.Id()}/publish/{correction.Version()}", null)).JsonAsync();
        Assert.Equal("superseded", (await (await _officer.GetAsync($"/api/lottery/disclosures/{draft.Id()}")).JsonAsync()).Text("status"));

        var shown = (await PublicAsync()).GetProperty("disclosures").EnumerateArray().ToList();
        Assert.Equal(["published", "superseded"], shown.Select(d => d.Text("status")));
        var sheet = TestWorkbooks.Read(await (await _officer.GetAsync($"/api/lottery/disclosures/{correction.Id()}.xlsx")).Content.ReadAsByteArrayAsync());
        Assert.Contains(sheet, row => row[0] == "项目" && row[5] == "400");
    }

    [Fact]
    public async Task The_public_page_is_read_only_names_no_one_and_says_why_it_is_public()
    {
        var anonymous = host.Host.CreateClient();
        var json = await (await anonymous.GetAsync($"/api/lottery/public/{TestDistricts.First}/fund-disclosures")).JsonAsync();
        Assert.Contains("彩票管理条例实施细则", json.Text("basis"));
        var page = await anonymous.GetAsync($"/api/lottery/public/{TestDistricts.First}/fund-disclosures/page");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("向社会公告", html);
        // No staff member's name, no ID number, no draft.
        Assert.DoesNotContain(FundStaff.Officer.Name, html);
        Assert.DoesNotContain(FundStaff.Officer.Name, json.GetRawText());
        Assert.DoesNotContain("publishedBy", json.GetRawText());
        Assert.DoesNotContain("\"draft\"", json.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/lottery/public/{TestDistricts.Second}/fund-disclosures")).StatusCode);
        Assert.Contains((await anonymous.PostAsJsonAsync($"/api/lottery/public/{TestDistricts.First}/fund-disclosures", new { })).StatusCode,
            new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized });
    }

    [Fact]
    public async Task Drafting_and_publishing_are_the_districts()
    {
        var clerk = host.Client(FundStaff.TownClerk);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync("/api/lottery/disclosures", new { year = 2024 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(FundStaff.Reader).PostAsJsonAsync("/api/lottery/disclosures", new { year = 2024 })).StatusCode);
        var draft = await (await _officer.PostAsJsonAsync("/api/lottery/disclosures", new { year = 2024 })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync($"/api/lottery/disclosures/{draft.Id()}/publish/{draft.Version()}", null)).StatusCode);
        Assert.Equal(ProblemTypes.StaleVersion,
            (await (await _officer.PostAsync($"/api/lottery/disclosures/{draft.Id()}/publish/{draft.Version() + 1}", null)).JsonAsync(HttpStatusCode.Conflict)).Text("type"));
    }

    private async Task<List<JsonElement>> WorkAsync() =>
        [.. (await (await _officer.GetAsync("/api/platform/work")).JsonAsync()).GetProperty("items").EnumerateArray()];

    private async Task<JsonElement> PublicAsync() =>
        await (await host.Host.CreateClient().GetAsync($"/api/lottery/public/{TestDistricts.First}/fund-disclosures")).JsonAsync();
}
