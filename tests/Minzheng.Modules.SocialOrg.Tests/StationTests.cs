using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>Social work stations per town, their social workers, and the dashboard that counts them against row 7.</summary>
public sealed class StationTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    [Fact]
    public async Task A_station_of_a_town_is_staffed_with_the_town_s_social_workers_and_closed_on_the_version_shown()
    {
        var registrar = host.Client(Staff.Registrar);
        var clerk = host.Client(Staff.WanshengClerk);
        Assert.True((await (await clerk.PostAsJsonAsync("/api/socialorg/social-work-stations",
            new { name = "外镇社会工作站", divisionCode = TestDistricts.TownDonglin, address = "外镇1号" })).JsonAsync(HttpStatusCode.BadRequest)).HasError("divisionCode"));
        Assert.True((await (await clerk.PostAsJsonAsync("/api/socialorg/social-work-stations", new { divisionCode = TestDistricts.TownWansheng, address = "x" }))
            .JsonAsync(HttpStatusCode.BadRequest)).HasError("name"));
        var station = await (await clerk.PostAsJsonAsync("/api/socialorg/social-work-stations",
            new { name = "万盛街道社会工作站", divisionCode = TestDistricts.TownWansheng, address = "万盛街道民政路1号" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(TestDistricts.TownWansheng, station.Text("divisionCode"));

        var worker = await (await registrar.PostAsJsonAsync("/api/socialorg/social-workers", new
        {
            name = "李社工", idNumber = SyntheticIds.NextIdNumber(), level = "intermediate", certificateNumber = "ZJ2026001", employer = "万盛街道社会工作站",
            divisionCode = TestDistricts.VillageOfWansheng,
        })).JsonAsync(HttpStatusCode.Created);
        var path = $"/api/socialorg/social-work-stations/{station.Id()}";
        Assert.True((await (await clerk.PostAsJsonAsync($"{path}/staff/{station.Version()}", new { socialWorkerId = Guid.NewGuid() })).JsonAsync(HttpStatusCode.BadRequest))
            .HasError("socialWorkerId"));
        var staffed = await (await clerk.PostAsJsonAsync($"{path}/staff/{station.Version()}", new { socialWorkerId = worker.Id() })).JsonAsync();
        Assert.Equal(1, staffed.GetProperty("staffCount").GetInt32());
        Assert.Equal(ProblemTypes.StaleVersion, (await (await clerk.PostAsync($"{path}/close/{station.Version()}", null)).JsonAsync(HttpStatusCode.Conflict)).Text("type"));

        var dashboard = await (await registrar.GetAsync("/api/socialorg/dashboard")).JsonAsync();
        Assert.True(dashboard.GetProperty("stations").GetInt32() >= 1);
        Assert.True(dashboard.GetProperty("socialWorkers").GetInt32() >= 1);
        Assert.False(string.IsNullOrEmpty(dashboard.Text("socialWorkersTarget")));
        Assert.Contains(dashboard.GetProperty("stationsByTown").EnumerateArray(), p => p.GetProperty("value").GetDecimal() >= 1);

        var closed = await (await clerk.PostAsync($"{path}/close/{staffed.Version()}", null)).JsonAsync();
        Assert.Equal("closed", closed.Text("status"));
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PostAsJsonAsync($"{path}/staff/{closed.Version()}", new { socialWorkerId = worker.Id() })).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_counts_the_register_the_inspection_and_the_lists_in_scope()
    {
        var registrar = host.Client(Staff.Registrar);
        var organisation = await (await registrar.RegisterAsync(registeredOn: new DateOnly(2024, 1, 1))).JsonAsync(HttpStatusCode.Created);
        await (await registrar.PostAsJsonAsync($"/api/socialorg/organisations/{organisation.Id()}/list-entries",
            new { list = "abnormal", cause = "通过登记的住所无法联系", decisionNumber = "万民社〔2026〕40号" })).JsonAsync(HttpStatusCode.Created);
        var dashboard = await (await registrar.GetAsync("/api/socialorg/dashboard")).JsonAsync();
        Assert.True(dashboard.GetProperty("registered").GetInt32() >= 1);
        Assert.True(dashboard.GetProperty("abnormal").GetInt32() >= 1);
        Assert.Equal(2025, dashboard.GetProperty("inspectionYear").GetInt32());
        Assert.True(dashboard.GetProperty("inspectionDue").GetInt32() >= 1);
        Assert.Equal(5, dashboard.GetProperty("grades").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(Staff.Elsewhere).GetAsync("/api/socialorg/dashboard")).StatusCode);
    }
}
