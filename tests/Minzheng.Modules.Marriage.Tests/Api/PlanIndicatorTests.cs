using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Modules.Marriage.Tests.Support;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Marriage.Tests.Api;

/// <summary>
/// 表2 row 9 (婚姻登记“跨省通办”实施率) computed by the module on the plan page, against cases counted by hand;
/// and the registrar's waiting divorce work on the home page. Counts the whole office, so one host of its own.
/// </summary>
public sealed class PlanIndicatorTests : IAsyncLifetime
{
    private MarriageHost _host = null!;
    private HttpClient _staff = null!;

    public async Task InitializeAsync()
    {
        _host = await MarriageHost.StartAsync();
        _staff = _host.Host.CreateClient(TestStaff.District(TestDistricts.First, [.. MarriageHost.AllPermissions, PlatformPermissions.PlanRead]));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Row_9_is_the_share_of_the_years_cross_province_cases_handled_by_town_and_none_is_no_figure()
    {
        // Before any case: no figure, and why.
        var empty = Row9(await PlanAsync());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("value").ValueKind);
        Assert.Contains("本年度无跨省通办婚姻登记业务", empty.GetProperty("notComputed").GetString());

        // By hand, 2026: a cross-province marriage (the bride lives in 万盛街道) registered — handled; a local marriage — not a
        // cross-province case; cross-province divorces: one accepted — handled, one refused — not handled, one not yet decided — not counted.
        var bride = TestIds.Woman();
        var registry = _host.Host.CreateClient(TestStaff.District(TestDistricts.First, PlatformPermissions.RegistryWrite));
        Assert.Equal(HttpStatusCode.Created, (await registry.PostAsJsonAsync("/api/platform/registry/persons", new
        {
            idNumber = bride, name = "万盛居民", ethnicity = "汉族", hukouType = "Urban", divisionCode = TestDistricts.VillageOfWansheng,
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _staff.PostAsJsonAsync("/api/marriage/registrations", RegistrationApiTests.Couple(TestIds.Man("110105"), bride))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _staff.PostAsJsonAsync("/api/marriage/registrations", RegistrationApiTests.Couple(TestIds.Man(), TestIds.Woman()))).StatusCode);
        var accepted = await DivorceAsync();
        Assert.Equal(HttpStatusCode.OK, (await _staff.PostAsJsonAsync($"/api/marriage/divorces/{accepted}/accept/0", new { })).StatusCode);
        var refused = await DivorceAsync();
        Assert.Equal(HttpStatusCode.OK, (await _staff.PostAsJsonAsync($"/api/marriage/divorces/{refused}/refuse/0", new { reason = "协议未签字" })).StatusCode);
        await DivorceAsync();

        var row = Row9(await PlanAsync());
        Assert.Equal(2m, row.GetProperty("numerator").GetDecimal());
        Assert.Equal(3m, row.GetProperty("denominator").GetDecimal());
        Assert.Equal(66.67m, row.GetProperty("value").GetDecimal());
        Assert.Equal("NotMet", row.GetProperty("status").GetString());
        Assert.Equal("婚姻登记", row.GetProperty("source").GetProperty("moduleName").GetString());

        var towns = (await (await _staff.GetAsync("/api/platform/plans/14th/rows/9/towns")).ReadAsync()).GetProperty("items").EnumerateArray()
            .ToDictionary(t => t.Str("town"));
        Assert.Equal(100m, towns[TestDistricts.TownWansheng].GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, towns[TestDistricts.TownDonglin].GetProperty("value").ValueKind);

        // Another year has none of these cases.
        Assert.Equal(JsonValueKind.Null, Row9(await PlanAsync("2025-12-31")).GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task The_home_page_counts_divorce_applications_to_accept_for_who_may_accept_them()
    {
        var before = await WorkAsync(_staff);
        var id = await DivorceAsync();
        Assert.Equal(before.GetValueOrDefault("marriage.divorce-to-accept") + 1, (await WorkAsync(_staff))["marriage.divorce-to-accept"]);
        Assert.DoesNotContain("marriage.divorce-to-accept", (await WorkAsync(_host.Staff(MarriagePermissions.Read))).Keys);

        Assert.Equal(HttpStatusCode.OK, (await _staff.PostAsJsonAsync($"/api/marriage/divorces/{id}/accept/0", new { })).StatusCode);
        Assert.Equal(before.GetValueOrDefault("marriage.divorce-to-accept"), (await WorkAsync(_staff)).GetValueOrDefault("marriage.divorce-to-accept"));
    }

    private async Task<string> DivorceAsync()
    {
        var response = await _staff.PostAsJsonAsync("/api/marriage/divorces", new
        {
            partyAIdNumber = TestIds.Man("110105"), partyAName = "甲", partyBIdNumber = TestIds.Woman(), partyBName = "乙",
            marriageCertificateNumber = "J1", agreement = "协议", agreementSigned = true,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadAsync()).Str("id");
    }

    private async Task<JsonElement> PlanAsync(string? asOf = null)
    {
        var response = await _staff.GetAsync("/api/platform/plans/14th" + (asOf is null ? "" : $"?asOf={asOf}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync();
    }

    private static JsonElement Row9(JsonElement plan) => plan.GetProperty("rows").EnumerateArray().Single(r => r.Int("number") == 9);

    private static async Task<Dictionary<string, int>> WorkAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/platform/work")).ReadAsync()).GetProperty("items").EnumerateArray().ToDictionary(i => i.Str("key"), i => i.Int("count"));
}
