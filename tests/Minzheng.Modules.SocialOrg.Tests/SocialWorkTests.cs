using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Modules.SocialOrg.SocialWork;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>
/// 表2 row 7 (社会工作专业人才数) computed by the module on the plan page, against social workers counted by hand.
/// Counts the whole district, so one host of its own.
/// </summary>
public sealed class SocialWorkTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    [Fact]
    public async Task Row_7_counts_the_social_workers_working_on_the_date_by_town_and_for_the_town_clerk_their_town()
    {
        // By hand: 万盛 two (since 2025-09-01 and 2026-03-01), 东林 one (since 2025-01-01, left on 2026-05-01).
        var registrar = host.Client(Staff.Registrar);
        await AddAsync(registrar, TestDistricts.VillageOfWansheng, "2025-09-01");
        await AddAsync(registrar, TestDistricts.VillageOfWansheng, "2026-03-01");
        var leaver = await AddAsync(registrar, TestDistricts.VillageOfDonglin, "2025-01-01");
        Assert.Equal(HttpStatusCode.OK,
            (await registrar.PostAsJsonAsync($"/api/socialorg/social-workers/{leaver.Id()}/left/{leaver.Version()}", new { leftOn = "2026-05-01" })).StatusCode);

        Assert.Equal(2m, Row7(await PlanAsync(registrar)).GetProperty("value").GetDecimal());
        Assert.Equal(3m, Row7(await PlanAsync(registrar, "2026-04-30")).GetProperty("value").GetDecimal());
        Assert.Equal(2m, Row7(await PlanAsync(registrar, "2025-12-31")).GetProperty("value").GetDecimal());
        Assert.Equal(0m, Row7(await PlanAsync(registrar, "2024-12-31")).GetProperty("value").GetDecimal());
        var towns = (await (await registrar.GetAsync("/api/platform/plans/14th/rows/7/towns")).JsonAsync()).GetProperty("items").EnumerateArray()
            .ToDictionary(t => t.Text("town"), t => t.GetProperty("value").GetDecimal());
        Assert.Equal(2m, towns[TestDistricts.TownWansheng]);
        Assert.Equal(0m, towns[TestDistricts.TownDonglin]);
        var row = Row7(await PlanAsync(registrar));
        Assert.Equal("Computed", row.GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal("NotMet", row.GetProperty("status").GetString());

        Assert.Equal(2m, Row7(await PlanAsync(host.Client(Staff.WanshengClerk))).GetProperty("value").GetDecimal());
    }

    [Fact]
    public void A_worker_counts_from_the_day_they_start_until_the_day_before_they_leave()
    {
        var worker = new SocialWorker { Since = new DateOnly(2026, 1, 1), LeftOn = new DateOnly(2026, 5, 1) };
        Assert.False(SocialWorkRules.CountsOn(worker, new DateOnly(2025, 12, 31)));
        Assert.True(SocialWorkRules.CountsOn(worker, new DateOnly(2026, 1, 1)));
        Assert.True(SocialWorkRules.CountsOn(worker, new DateOnly(2026, 4, 30)));
        Assert.False(SocialWorkRules.CountsOn(worker, new DateOnly(2026, 5, 1)));
    }

    private static async Task<JsonElement> AddAsync(HttpClient client, string village, string since) =>
        await (await SocialWorkApi.PostAsync(client, SyntheticIds.NextIdNumber(), village, since)).JsonAsync(HttpStatusCode.Created);

    private static async Task<JsonElement> PlanAsync(HttpClient client, string? asOf = null) =>
        await (await client.GetAsync("/api/platform/plans/14th" + (asOf is null ? "" : $"?asOf={asOf}"))).JsonAsync();

    private static JsonElement Row7(JsonElement plan) => plan.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("number").GetInt32() == 7);
}

internal static class SocialWorkApi
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string idNumber, string village, string since) =>
        client.PostAsJsonAsync("/api/socialorg/social-workers", new
        {
            name = "王社工", idNumber, level = "intermediate", certificateNumber = $"S{Guid.NewGuid():N}"[..12], employer = "万盛街道社会工作站", divisionCode = village, since,
        });
}
