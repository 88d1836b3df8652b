using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Volunteer.Tests;

/// <summary>
/// Hour reports (confirmed hours only, by town, village, volunteer, team, activity and month, in a period, one kind or
/// both, in the caller's scope; the XLSX export with its total row) and the dashboard's rows 16–17 against the plan.
/// The reports count the whole district, so one host of its own; each test reports a year nobody else records in.
/// </summary>
public sealed class ReportTests(VolunteerHost host) : IClassFixture<VolunteerHost>
{
    private static readonly TestStaff Registrar = TestStaff.District(TestDistricts.First, PlatformPermissions.RegistryRead, PlatformPermissions.RegistryWrite);

    [Fact]
    public async Task A_report_sums_confirmed_hours_of_the_period_by_town_village_volunteer_and_month_and_of_one_kind_when_asked()
    {
        var officer = host.Client(Staff.Officer);
        var a = await officer.NewVolunteerAsync(name: "统计甲");
        var b = await officer.NewVolunteerAsync(TestDistricts.VillageOfDonglin, "统计乙");
        await ConfirmedAsync(officer, a, 5, new DateOnly(2024, 3, 10));
        await ConfirmedAsync(officer, a, 3, new DateOnly(2024, 4, 2));
        await ConfirmedAsync(officer, a, 2, new DateOnly(2024, 4, 3), "training");
        await ConfirmedAsync(officer, b, 6, new DateOnly(2024, 3, 15));
        await ConfirmedAsync(officer, b, 9, new DateOnly(2023, 12, 31));
        // Waiting for confirmation, or declined: never counted.
        await officer.EnterHoursAsync(host, a, 7, DaysAgo(new DateOnly(2024, 4, 5)));
        var declined = await officer.EnterHoursAsync(host, b, 4, DaysAgo(new DateOnly(2024, 4, 6)));
        await (await officer.PostAsJsonAsync($"/api/volunteer/hours/{declined.Id()}/decline/{declined.Version()}", new { reason = "未参加" })).JsonAsync();

        var byTown = await ReportAsync(officer, "by=town&from=2024-01-01&to=2024-12-31&kind=service");
        Assert.Equal((8m, 2, 1), Row(byTown, TestDistricts.TownWansheng));
        Assert.Equal((6m, 1, 1), Row(byTown, TestDistricts.TownDonglin));
        Assert.Equal("万盛街道", byTown.Single(r => r.Text("key") == TestDistricts.TownWansheng).Text("label"));
        // Both kinds when none is asked for.
        Assert.Equal((10m, 3, 1), Row(await ReportAsync(officer, "by=town&from=2024-01-01&to=2024-12-31"), TestDistricts.TownWansheng));
        Assert.Equal((8m, 2, 1), Row(await ReportAsync(officer, "by=village&from=2024-01-01&to=2024-12-31&kind=service"), TestDistricts.VillageOfWansheng));

        var byMonth = await ReportAsync(officer, "by=month&from=2024-01-01&to=2024-12-31&kind=service");
        Assert.Equal(["2024-03", "2024-04"], byMonth.Select(r => r.Text("key")));
        Assert.Equal((11m, 2, 2), Row(byMonth, "2024-03"));
        Assert.Equal("2024年3月", byMonth[0].Text("label"));

        // By volunteer, most hours first; the period's bounds are inclusive (b's 2023-12-31 counts from that day on).
        var byVolunteer = await ReportAsync(officer, "by=volunteer&from=2023-12-31&to=2024-12-31&kind=service");
        Assert.Equal([b.Text("number"), a.Text("number")], byVolunteer.Select(r => r.Text("key")));
        Assert.Equal((15m, 2, 1), Row(byVolunteer, b.Text("number")));
        Assert.Equal("统计乙", byVolunteer[0].Text("label"));

        // A town clerk's report holds their town only.
        var clerk = await ReportAsync(host.Client(Staff.WanshengClerk), "by=town&from=2024-01-01&to=2024-12-31&kind=service");
        Assert.Equal([TestDistricts.TownWansheng], clerk.Select(r => r.Text("key")));
    }

    [Fact]
    public async Task By_team_a_record_counts_for_the_teams_its_volunteer_belonged_to_on_its_date_and_by_activity_hand_entries_form_their_own_row()
    {
        var officer = host.Client(Staff.Officer);
        var volunteer = await officer.NewVolunteerAsync(name: "统计丙");
        var team = await (await officer.PostAsJsonAsync("/api/volunteer/teams", new
        {
            name = "统计测试队", kind = "community", divisionCode = TestDistricts.VillageOfWansheng, organiser = "万新社区居民委员会", leader = "李队长 13800000000",
            foundedOn = new DateOnly(2022, 1, 1),
        })).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostAsJsonAsync($"/api/volunteer/teams/{team.Id()}/members", new { volunteerNumber = volunteer.Text("number"), joinedOn = new DateOnly(2022, 5, 1) }))
            .JsonAsync();
        await ConfirmedAsync(officer, volunteer, 4, new DateOnly(2022, 4, 30));
        await ConfirmedAsync(officer, volunteer, 6, new DateOnly(2022, 5, 1));

        var byTeam = await ReportAsync(officer, "by=team&from=2022-01-01&to=2022-12-31");
        var row = Assert.Single(byTeam);
        Assert.Equal(team.Id(), row.Text("key"));
        Assert.Equal("统计测试队", row.Text("label"));
        Assert.Equal((6m, 1, 1), Row(byTeam, team.Id()));

        var byActivity = await ReportAsync(officer, "by=activity&from=2022-01-01&to=2022-12-31");
        Assert.Equal((10m, 2, 1), Row(byActivity, ""));
    }

    [Fact]
    public async Task The_export_is_the_whole_report_as_a_workbook_with_a_total_row_and_a_bad_question_is_a_field_error()
    {
        var officer = host.Client(Staff.Officer);
        var a = await officer.NewVolunteerAsync(name: "导出甲");
        var b = await officer.NewVolunteerAsync(TestDistricts.VillageOfDonglin, "导出乙");
        await ConfirmedAsync(officer, a, 2.5m, new DateOnly(2021, 7, 1));
        await ConfirmedAsync(officer, b, 1.5m, new DateOnly(2021, 8, 1));

        var response = await officer.GetAsync("/api/volunteer/reports/hours.xlsx?by=volunteer&from=2021-01-01&to=2021-12-31");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2021-01-01至2021-12-31", response.Content.Headers.ContentDisposition?.FileNameStar);
        var sheet = TestWorkbooks.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["编码", "名称", "志愿者人数", "记录条数", "时长（小时）"], sheet[0]);
        Assert.Equal([a.Text("number"), "导出甲", "1", "1"], sheet[1].Take(4));
        Assert.Equal(2.5m, decimal.Parse(sheet[1][4], CultureInfo.InvariantCulture));
        Assert.Equal([b.Text("number"), "导出乙", "1", "1"], sheet[2].Take(4));
        // The total row: each volunteer and record once.
        Assert.Equal(["合计", "", "2", "2"], sheet[3].Take(4));
        Assert.Equal(4m, decimal.Parse(sheet[3][4], CultureInfo.InvariantCulture));
        Assert.Equal(4, sheet.Count);

        // A list of named people left the system: on record as a sensitive read.
        var audit = await (await host.Client(Staff.Auditor).GetAsync("/api/platform/audit?source=volunteer&entity=ServiceRecord&key=hours-report")).JsonAsync();
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.ToString().Contains("hours-by-volunteer-xlsx"));

        foreach (var (query, field) in new[] { ("by=street", "by"), ("from=2021-13-01", "from"), ("from=2021-06-01&to=2021-05-31", "to"), ("kind=meeting", "kind") })
        {
            var page = await (await officer.GetAsync($"/api/volunteer/reports/hours?{query}")).JsonAsync(HttpStatusCode.BadRequest);
            Assert.True(page.HasError(field), query);
            var file = await (await officer.GetAsync($"/api/volunteer/reports/hours.xlsx?{query}")).JsonAsync(HttpStatusCode.BadRequest);
            Assert.True(file.HasError(field), query);
        }
    }

    [Fact]
    public async Task The_dashboard_shows_rows_16_and_17_against_the_plans_targets_with_the_registry_as_the_denominator()
    {
        var reader = host.Client(Staff.Reader);
        var before = await (await reader.GetAsync("/api/volunteer/dashboard")).JsonAsync();
        // The target as the deployment's plan prints it, with its row and year: the plan page's, not a copy.
        Assert.StartsWith("22%（", before.Text("shareTarget"));
        Assert.EndsWith("第16项，2025年）", before.Text("shareTarget"));
        Assert.StartsWith("3支", before.Text("teamsTarget"));

        var registrar = host.Client(Registrar);
        for (var i = 0; i < 4; i++)
        {
            var created = await registrar.PostAsJsonAsync("/api/platform/registry/persons", new
            {
                idNumber = SyntheticIds.NextIdNumber(), name = $"居民{(char)('甲' + i)}", ethnicity = "汉族", hukouType = "城镇", divisionCode = TestDistricts.VillageOfWansheng, address = "测试路1号",
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        await host.Client(Staff.Officer).NewVolunteerAsync(name: "概览甲");
        var after = await (await reader.GetAsync("/api/volunteer/dashboard")).JsonAsync();
        var volunteers = after.GetProperty("volunteers").GetInt32();
        var residents = after.GetProperty("residents").GetInt32();
        Assert.Equal(before.GetProperty("volunteers").GetInt32() + 1, volunteers);
        Assert.Equal(before.GetProperty("residents").GetInt32() + 4, residents);
        var share = Math.Round(volunteers * 100m / residents, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(share, after.GetProperty("share").GetDecimal());
        Assert.Equal(share >= 22 ? "达标" : "未达标", after.Text("shareVerdict"));
        Assert.Contains("居民信息库", after.Text("shareRule"));
        Assert.Contains(after.GetProperty("volunteersByTown").EnumerateArray(), p => p.Text("label") == "万盛街道" && p.GetProperty("value").GetDecimal() > 0);
        Assert.Equal(6, after.GetProperty("hoursByMonth").GetArrayLength());
    }

    private int DaysAgo(DateOnly date) => DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime).DayNumber - date.DayNumber;

    private async Task ConfirmedAsync(HttpClient client, JsonElement volunteer, decimal hours, DateOnly date, string kind = "service")
    {
        var record = await client.EnterHoursAsync(host, volunteer, hours, DaysAgo(date), kind);
        await (await client.PostAsync($"/api/volunteer/hours/{record.Id()}/confirm/{record.Version()}", null)).JsonAsync();
    }

    private static async Task<List<JsonElement>> ReportAsync(HttpClient client, string query) =>
        [.. (await (await client.GetAsync($"/api/volunteer/reports/hours?{query}&pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray()];

    private static (decimal Hours, int Entries, int Volunteers) Row(List<JsonElement> rows, string key)
    {
        var row = rows.Single(r => r.Text("key") == key);
        return (row.GetProperty("hours").GetDecimal(), row.GetProperty("entries").GetInt32(), row.GetProperty("volunteers").GetInt32());
    }
}
