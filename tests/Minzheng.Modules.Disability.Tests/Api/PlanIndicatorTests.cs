using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Disability.Tests.Api;

/// <summary>
/// 表2 rows 3–4 computed by the module on the plan page, against residents counted by hand: coverage is
/// receiving ÷ eligible on the date asked, per town, and no figure (not 100%) where nobody is eligible.
/// Counts the whole district, so one host of its own.
/// </summary>
public sealed class PlanIndicatorTests(DisabilityHost host) : IClassFixture<DisabilityHost>
{
    private static readonly TestStaff Planner = Staff.Officer with { Permissions = [.. Staff.Officer.Permissions, PlatformPermissions.PlanRead] };

    [Fact]
    public async Task Rows_3_and_4_are_receiving_over_eligible_on_the_date_by_town_and_the_town_clerk_gets_their_towns()
    {
        // By hand: living — 甲 (万盛, approved) and 乙 (东林, not applied) eligible, 1 of 2 receiving; care — only 甲 eligible
        // (grade 1 with long-term care), not receiving; 丙 (grade 4, no 低保) eligible for neither.
        var (_, jia) = await host.PersonAsync(name: "甲");
        await host.PersonAsync(TestDistricts.VillageOfDonglin, grade: 3, name: "乙");
        await host.PersonAsync(grade: 4, dibao: false, name: "丙");
        var approvedOn = DateOnly.Parse((await host.ApprovedAsync(jia)).GetProperty("approvedOn").GetString()!);

        var plan = await PlanAsync(host.Client(Planner));
        var living = Row(plan, 3);
        Assert.Equal(50m, living.GetProperty("value").GetDecimal());
        Assert.Equal(1m, living.GetProperty("numerator").GetDecimal());
        Assert.Equal(2m, living.GetProperty("denominator").GetDecimal());
        Assert.Equal("NotMet", living.GetProperty("status").GetString());
        Assert.Equal("Computed", living.GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal("残疾人两项补贴", living.GetProperty("source").GetProperty("moduleName").GetString());
        var care = Row(plan, 4);
        Assert.Equal(0m, care.GetProperty("value").GetDecimal());
        Assert.Equal(1m, care.GetProperty("denominator").GetDecimal());

        var towns = await TownsAsync(host.Client(Planner), 4);
        Assert.Equal(0m, towns[TestDistricts.TownWansheng].GetProperty("value").GetDecimal());
        // Nobody in 东林 is eligible for the care subsidy: no figure and why, not 100%.
        var donglinCare = towns[TestDistricts.TownDonglin];
        Assert.Equal(JsonValueKind.Null, donglinCare.GetProperty("value").ValueKind);
        Assert.Contains("没有符合重度残疾人护理补贴条件", donglinCare.GetProperty("notComputed").GetString());
        Assert.Equal("NoValue", donglinCare.GetProperty("status").GetString());

        // The day before the approval, nobody was receiving.
        var before = await PlanAsync(host.Client(Planner), approvedOn.AddDays(-1).ToString("yyyy-MM-dd"));
        Assert.Equal(0m, Row(before, 3).GetProperty("value").GetDecimal());

        // 东林's clerk: 乙 alone, not receiving.
        var clerk = host.Client(Staff.DonglinClerk with { Permissions = [.. Staff.DonglinClerk.Permissions, PlatformPermissions.PlanRead] });
        var clerkLiving = Row(await PlanAsync(clerk), 3);
        Assert.Equal(0m, clerkLiving.GetProperty("value").GetDecimal());
        Assert.Equal(1m, clerkLiving.GetProperty("denominator").GetDecimal());
        Assert.Equal([TestDistricts.TownDonglin], (await TownsAsync(clerk, 3)).Keys);

        // The coverage page counts alike, and a town with nobody eligible is in it with no rate.
        var coverage = await (await host.Client(Staff.Officer).GetAsync("/api/disability/coverage")).JsonAsync();
        var donglin = coverage.GetProperty("byTown").EnumerateArray().Single(t => t.GetProperty("town").GetString() == TestDistricts.TownDonglin);
        Assert.Equal(JsonValueKind.Null, donglin.GetProperty("care").GetProperty("rate").ValueKind);
        Assert.Equal(JsonValueKind.Null, donglin.GetProperty("care").GetProperty("meetsTarget").ValueKind);
    }

    private static async Task<JsonElement> PlanAsync(HttpClient client, string? asOf = null) =>
        await (await client.GetAsync("/api/platform/plans/14th" + (asOf is null ? "" : $"?asOf={asOf}"))).JsonAsync();

    private static JsonElement Row(JsonElement plan, int number) =>
        plan.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("number").GetInt32() == number);

    private static async Task<Dictionary<string, JsonElement>> TownsAsync(HttpClient client, int row) =>
        (await (await client.GetAsync($"/api/platform/plans/14th/rows/{row}/towns")).JsonAsync()).GetProperty("items").EnumerateArray()
        .ToDictionary(t => t.GetProperty("town").GetString()!, t => t);
}
