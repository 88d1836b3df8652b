using System.Net;
using System.Net.Http.Json;
using Minzheng.Modules.Lottery.Outlets;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>
/// Outlets: the siting check against schools and 专营 outlets measured from coordinates, the district's decision, closure,
/// and 表2 row 5 against outlets counted by hand. Counts the whole district, so one host of its own.
/// </summary>
public sealed class OutletTests(LotteryHost host) : IClassFixture<LotteryHost>
{
    [Fact]
    public async Task An_outlet_too_close_to_a_school_is_shown_the_breach_and_cannot_be_approved_and_one_far_enough_opens()
    {
        var officer = host.Client(Staff.Officer);
        var (lat, lon) = LotteryApi.Near(5_000);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/lottery/schools",
            new { name = "万盛测试小学", divisionCode = TestDistricts.VillageOfWansheng, latitude = lat, longitude = lon })).StatusCode);

        var near = await (await officer.ApplyAsync(5_150)).JsonAsync(HttpStatusCode.Created);
        var siting = near.GetProperty("siting");
        Assert.Contains("距学校“万盛测试小学”150米，不足200米", siting.GetProperty("breaches")[0].GetString());
        var school = siting.GetProperty("nearest").EnumerateArray().Single(p => p.Text("kind") == "school");
        Assert.Equal(150, school.GetProperty("meters").GetInt32());
        Assert.Equal("学校“万盛测试小学”150米（过近）", siting.Text("nearestText"));
        var refused = await (await officer.PostAsync($"/api/lottery/outlets/{near.Id()}/approve/{near.Version()}", null)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("选址不符合规定", refused.Text("detail"));

        var far = await (await officer.ApplyAsync(5_250)).JsonAsync(HttpStatusCode.Created);
        Assert.True(far.GetProperty("siting").GetProperty("passes").GetBoolean());
        var opened = await (await officer.PostAsync($"/api/lottery/outlets/{far.Id()}/approve/{far.Version()}", null)).JsonAsync();
        Assert.Equal("open", opened.Text("status"));
        Assert.Equal("2026-06-01", opened.Text("openedOn"));
        Assert.Equal(ProblemTypes.StaleVersion, (await (await officer.PostAsync($"/api/lottery/outlets/{far.Id()}/approve/{far.Version()}", null)).JsonAsync(HttpStatusCode.Conflict)).Text("type"));

        // A second 专营 outlet 100 m from the open one breaks the outlet rule; a 兼营 one there does not.
        var crowded = await (await officer.ApplyAsync(5_250, eastMeters: 100)).JsonAsync(HttpStatusCode.Created);
        Assert.Contains("距专营店", crowded.GetProperty("siting").GetProperty("breaches")[0].GetString());
        var shared = await (await officer.ApplyAsync(5_250, kind: "shared", eastMeters: 100)).JsonAsync(HttpStatusCode.Created);
        Assert.True(shared.GetProperty("siting").GetProperty("passes").GetBoolean());
    }

    [Fact]
    public async Task A_removed_school_stays_on_record_but_no_longer_refuses_a_site_and_only_the_district_keeps_the_schools()
    {
        var officer = host.Client(Staff.Officer);
        var clerk = host.Client(TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng, LotteryPermissions.Read, LotteryPermissions.Schools));
        var (lat, lon) = LotteryApi.Near(8_000);
        object School(double? latitude, double? longitude) =>
            new { name = "万盛测试中学", address = "万盛街道学府路1号", divisionCode = TestDistricts.VillageOfWansheng, latitude, longitude };

        Assert.True((await (await officer.PostAsJsonAsync("/api/lottery/schools", School(91, lon))).JsonAsync(HttpStatusCode.BadRequest)).HasError("latitude"));
        var noLongitude = await (await officer.PostAsJsonAsync("/api/lottery/schools", School(lat, null))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noLongitude.HasError("longitude") && !noLongitude.HasError("latitude"));
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync("/api/lottery/schools", School(lat, lon))).StatusCode);
        var school = await (await officer.PostAsJsonAsync("/api/lottery/schools", School(lat, lon))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(TestDistricts.TownWansheng, school.Text("townCode"));
        Assert.Equal("current", school.Text("status"));

        var near = await (await officer.ApplyAsync(8_100)).JsonAsync(HttpStatusCode.Created);
        Assert.False(near.GetProperty("siting").GetProperty("passes").GetBoolean());
        var remove = $"/api/lottery/schools/{school.Id()}/remove";
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync($"{remove}/{school.Version()}", new { reason = "学校撤并" })).StatusCode);
        Assert.True((await (await officer.PostAsJsonAsync($"{remove}/{school.Version()}", new { reason = " " })).JsonAsync(HttpStatusCode.BadRequest)).HasError("reason"));
        var removed = await (await officer.PostAsJsonAsync($"{remove}/{school.Version()}", new { reason = "学校撤并至镇中心校" })).JsonAsync();
        Assert.Equal("removed", removed.Text("status"));
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().AddHours(8).DateTime).ToString("yyyy-MM-dd");
        Assert.Equal(today, removed.Text("removedOn"));
        Assert.Equal(ProblemTypes.StaleVersion, (await (await officer.PostAsJsonAsync($"{remove}/{school.Version()}", new { reason = "再次" })).JsonAsync(HttpStatusCode.Conflict)).Text("type"));
        Assert.Contains($"已于{today}移除", (await (await officer.PostAsJsonAsync($"{remove}/{removed.Version()}", new { reason = "再次" })).JsonAsync(HttpStatusCode.Conflict)).Text("detail"));

        // Kept on record (the removed list) and out of the current one; the application next to it now passes and opens.
        Assert.Contains((await (await clerk.GetAsync("/api/lottery/schools?removed=true&pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray(),
            s => s.Id() == school.Id() && s.Text("removalReason") == "学校撤并至镇中心校");
        Assert.DoesNotContain((await (await officer.GetAsync("/api/lottery/schools?pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray(), s => s.Id() == school.Id());
        var now = await (await officer.GetAsync($"/api/lottery/outlets/{near.Id()}")).JsonAsync();
        Assert.True(now.GetProperty("siting").GetProperty("passes").GetBoolean());
        Assert.Equal("open", (await (await officer.PostAsync($"/api/lottery/outlets/{near.Id()}/approve/{now.Version()}", null)).JsonAsync()).Text("status"));
    }

    [Fact]
    public async Task Row_5_counts_outlets_open_on_the_date_by_town_and_a_town_clerk_applies_but_does_not_decide()
    {
        // By hand: 东林 one opened on 2026-06-01; 万盛 one opened and closed on 2026-06-11.
        var officer = host.Client(Staff.Officer);
        var clerk = host.Client(Staff.WanshengClerk);
        var donglin = await (await officer.ApplyAsync(-20_000, village: TestDistricts.VillageOfDonglin)).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostAsync($"/api/lottery/outlets/{donglin.Id()}/approve/{donglin.Version()}", null)).JsonAsync();
        var wansheng = await (await clerk.ApplyAsync(-30_000)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync($"/api/lottery/outlets/{wansheng.Id()}/approve/{wansheng.Version()}", null)).StatusCode);
        Assert.True((await (await clerk.ApplyAsync(-31_000, village: TestDistricts.VillageOfDonglin)).JsonAsync(HttpStatusCode.BadRequest)).HasError("divisionCode"));
        var opened = await (await officer.PostAsync($"/api/lottery/outlets/{wansheng.Id()}/approve/{wansheng.Version()}", null)).JsonAsync();
        var before = await RowAsync(officer);

        host.Clock.Advance(TimeSpan.FromDays(10));
        Assert.True((await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{wansheng.Id()}/close/{opened.Version()}", new { reason = "" })).JsonAsync(HttpStatusCode.BadRequest)).HasError("reason"));
        await (await officer.PostAsJsonAsync($"/api/lottery/outlets/{wansheng.Id()}/close/{opened.Version()}", new { reason = "业主申请停业" })).JsonAsync();
        var after = await RowAsync(officer);
        Assert.Equal(before - 1, after);
        Assert.Equal(before, await RowAsync(officer, "2026-06-10"));
        var towns = (await (await officer.GetAsync("/api/platform/plans/14th/rows/5/towns")).JsonAsync()).GetProperty("items").EnumerateArray()
            .ToDictionary(t => t.Text("town"), t => t.GetProperty("value").GetDecimal());
        Assert.True(towns[TestDistricts.TownDonglin] >= 1);
        Assert.Equal(after, towns.Values.Sum());
    }

    [Fact]
    public void Distances_are_great_circle_metres_and_the_rules_measure_only_what_they_name()
    {
        var a = new GeoPoint(28.96, 106.92);
        Assert.InRange(a.MetersTo(new GeoPoint(28.97, 106.92)), 1_110, 1_113);
        Assert.Equal(0, a.MetersTo(a), 6);
        var options = new SitingOptions { SchoolDistanceMeters = 300 };
        var near = new GeoPoint(28.9625, 106.92); // about 278 m north
        Assert.False(SitingRules.Check(a, OutletKind.Shared, [("小学", near)], [], options).Passes);
        Assert.True(SitingRules.Check(a, OutletKind.Shared, [], [("专营店", near)], options).Passes);
        Assert.True(SitingRules.Check(a, OutletKind.Dedicated, [], [("专营店", near)], options).Passes);
        Assert.False(new GeoPoint(91, 0).IsValid);
    }

    private static async Task<int> RowAsync(HttpClient client, string? asOf = null) =>
        (await (await client.GetAsync("/api/platform/plans/14th" + (asOf is null ? "" : $"?asOf={asOf}"))).JsonAsync()).GetProperty("rows").EnumerateArray()
        .Single(r => r.GetProperty("number").GetInt32() == 5).GetProperty("value").GetInt32();
}
