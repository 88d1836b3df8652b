using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Volunteer.Tests;

/// <summary>
/// Teams (members join and leave with dates, never deleted) and 表2 rows 16–17 through the platform's plan page, against
/// volunteers, residents and teams counted by hand. Counts the whole district, so one host of its own.
/// </summary>
public sealed class TeamAndPlanTests(VolunteerHost host) : IClassFixture<VolunteerHost>
{
    [Fact]
    public async Task Members_join_and_leave_with_dates_and_a_current_member_cannot_join_twice()
    {
        var clerk = host.Client(Staff.WanshengClerk);
        var team = await NewTeamAsync(clerk, "万新社区志愿服务队", "community");
        var volunteer = await clerk.NewVolunteerAsync();
        var joined = await (await clerk.PostAsJsonAsync($"/api/volunteer/teams/{team.Id()}/members", new { volunteerNumber = volunteer.Text("number") })).JsonAsync();
        Assert.Equal(volunteer.Text("number"), joined.GetProperty("members")[0].Text("number"));
        Assert.Contains("已是该队伍成员", (await (await clerk.PostAsJsonAsync($"/api/volunteer/teams/{team.Id()}/members", new { volunteerNumber = volunteer.Text("number") }))
            .JsonAsync(HttpStatusCode.Conflict)).Text("detail"));
        Assert.True((await (await clerk.PostAsJsonAsync($"/api/volunteer/teams/{team.Id()}/members", new { volunteerNumber = "500110-2026-999999" }))
            .JsonAsync(HttpStatusCode.BadRequest)).HasError("volunteerNumber"));

        var memberId = joined.GetProperty("members")[0].Id();
        host.Clock.Advance(TimeSpan.FromDays(1));
        var left = await (await clerk.PostAsync($"/api/volunteer/teams/{team.Id()}/members/{memberId}/leave", null)).JsonAsync();
        Assert.Equal("2026-06-02", left.GetProperty("members")[0].Text("leftOn"));
        var rejoined = await (await clerk.PostAsJsonAsync($"/api/volunteer/teams/{team.Id()}/members", new { volunteerNumber = volunteer.Text("number") })).JsonAsync();
        Assert.Equal(2, rejoined.GetProperty("members").GetArrayLength());
        var members = await (await clerk.GetAsync($"/api/volunteer/teams/{team.Id()}/members")).JsonAsync();
        Assert.Equal(2, members.GetArrayLength());
    }

    [Fact]
    public async Task Rows_16_and_17_count_active_volunteers_over_living_residents_and_existing_community_teams()
    {
        var officer = host.Client(Staff.Officer);
        var day = host.Clock.GetUtcNow().AddDays(3);
        host.Clock.SetUtcNow(day);
        var before16 = await RowAsync(officer, 16);
        var before17 = await RowAsync(officer, 17);

        // By hand: two volunteers serving in 万盛 (one then leaves), one in 东林; a community team and an "other" team in 万盛, a community team dissolved.
        var a = await officer.NewVolunteerAsync(TestDistricts.VillageOfWansheng);
        await officer.NewVolunteerAsync(TestDistricts.VillageOfWansheng);
        await officer.NewVolunteerAsync(TestDistricts.VillageOfDonglin);
        await NewTeamAsync(officer, "计数社区队", "community");
        await NewTeamAsync(officer, "计数其他队", "other");
        var dissolved = await NewTeamAsync(officer, "计数撤销队", "community");
        var after16 = await RowAsync(officer, 16);
        var after17 = await RowAsync(officer, 17);
        Assert.Equal(before16.GetProperty("numerator").GetDecimal() + 3, after16.GetProperty("numerator").GetDecimal());
        Assert.Equal(before17.GetProperty("value").GetDecimal() + 2, after17.GetProperty("value").GetDecimal());
        Assert.Equal("Computed", after16.GetProperty("source").Text("kind"));

        host.Clock.Advance(TimeSpan.FromDays(1));
        await (await officer.PostAsJsonAsync($"/api/volunteer/volunteers/{a.Id()}/leave/{a.Version()}", new { reason = "迁出" })).JsonAsync();
        await (await officer.PostAsync($"/api/volunteer/teams/{dissolved.Id()}/dissolve/{dissolved.Version()}", null)).JsonAsync();
        Assert.Equal(after16.GetProperty("numerator").GetDecimal() - 1, (await RowAsync(officer, 16)).GetProperty("numerator").GetDecimal());
        Assert.Equal(after17.GetProperty("value").GetDecimal() - 1, (await RowAsync(officer, 17)).GetProperty("value").GetDecimal());
        // As of the day before, both still count.
        Assert.Equal(after17.GetProperty("value").GetDecimal(), (await RowAsync(officer, 17, BeijingDate(day))).GetProperty("value").GetDecimal());

        // The test host's registry holds no residents: no share, with the reason, never 0% or 100%.
        var share = await RowAsync(officer, 16);
        Assert.Equal(0m, share.GetProperty("denominator").GetDecimal());
        Assert.Equal(JsonValueKind.Null, share.GetProperty("value").ValueKind);
        Assert.Contains("没有在世居民", share.Text("notComputed"));
        var towns = (await (await officer.GetAsync("/api/platform/plans/14th/rows/17/towns")).JsonAsync()).GetProperty("items").EnumerateArray()
            .ToDictionary(t => t.Text("town"), t => t.GetProperty("value").GetDecimal());
        Assert.Equal((await RowAsync(officer, 17)).GetProperty("value").GetDecimal(), towns.Values.Sum());
    }

    private static string BeijingDate(DateTimeOffset instant) => instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd");

    private static async Task<JsonElement> NewTeamAsync(HttpClient client, string name, string kind) =>
        await (await client.PostAsJsonAsync("/api/volunteer/teams", new
        {
            name, kind, divisionCode = TestDistricts.VillageOfWansheng, organiser = "万新社区居民委员会", leader = "孙队长 13800000000",
        })).JsonAsync(HttpStatusCode.Created);

    private static async Task<JsonElement> RowAsync(HttpClient client, int number, string? asOf = null)
    {
        var plan = await (await client.GetAsync("/api/platform/plans/14th" + (asOf is null ? "" : $"?asOf={asOf}"))).JsonAsync();
        return plan.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("number").GetInt32() == number);
    }
}
