using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Disability.Tests.Api;

/// <summary>Counts the whole district, so one host of its own.</summary>
public sealed class DiscoveryAndCoverageTests(DisabilityHost host) : IClassFixture<DisabilityHost>
{
    [Fact]
    public async Task Eligible_residents_without_an_application_are_found_by_place_started_in_one_action_and_counted_in_coverage()
    {
        var (_, both) = await host.PersonAsync(name: "两项都可");
        var (donglinId, livingOnly) = await host.PersonAsync(TestDistricts.VillageOfDonglin, grade: 3, name: "仅生活补贴");
        await host.PersonAsync(grade: 4, dibao: false, name: "都不符合");
        var receiving = await host.ApprovedAsync(both);

        var officer = host.Client(Staff.Officer);
        var found = (await (await officer.GetAsync("/api/disability/discovery")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(r => (r.GetProperty("name").GetString(), r.GetProperty("kind").GetString())).ToList();
        Assert.Equal([("两项都可", "care"), ("仅生活补贴", "living")], found.OrderBy(f => f.Item1 == "仅生活补贴").ToList());
        var wanshengOnly = (await (await host.Client(Staff.TownClerk).GetAsync("/api/disability/discovery")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Equal(["两项都可"], wanshengOnly);
        var byTown = await (await officer.GetAsync($"/api/disability/discovery?divisionCode={TestDistricts.TownDonglin}&kind=living")).JsonAsync();
        Assert.Equal("仅生活补贴", Assert.Single(byTown.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());

        var coverage = await (await officer.GetAsync("/api/disability/coverage")).JsonAsync();
        Assert.Equal(100m, coverage.GetProperty("target").GetDecimal());
        Assert.Equal(2, coverage.GetProperty("living").GetProperty("eligible").GetInt32());
        Assert.Equal(1, coverage.GetProperty("living").GetProperty("receiving").GetInt32());
        Assert.Equal(50m, coverage.GetProperty("livingRate").GetDecimal());
        Assert.Equal(0m, coverage.GetProperty("careRate").GetDecimal());
        var wansheng = coverage.GetProperty("byTown").EnumerateArray().Single(t => t.GetProperty("town").GetString() == TestDistricts.TownWansheng);
        Assert.True(wansheng.GetProperty("living").GetProperty("meetsTarget").GetBoolean());
        // Towns are named for staff, with the code beside the name.
        Assert.Equal("万盛街道", wansheng.GetProperty("townName").GetString());
        var chart = coverage.GetProperty("livingByTown").EnumerateArray()
            .Select(p => (p.GetProperty("label").GetString(), p.GetProperty("code").GetString(), p.GetProperty("value").GetDecimal())).ToList();
        Assert.Equal([("万盛街道", TestDistricts.TownWansheng, 100m), ("东林街道", TestDistricts.TownDonglin, 0m)], chart);

        // One action on the row starts the application on the resident's behalf.
        var started = await (await host.Client(Staff.DonglinClerk).PostAsJsonAsync($"/api/disability/discovery/{donglinId}/living/apply",
            new { bankName = "中国农业银行", bankAccount = "6228480012345678901" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("village-committee", started.GetProperty("appliedBy").GetString());
        Assert.Equal("submitted", started.Status());
        Assert.DoesNotContain((await (await officer.GetAsync("/api/disability/discovery")).JsonAsync()).GetProperty("items").EnumerateArray(),
            r => r.GetProperty("name").GetString() == "仅生活补贴");
        Assert.Equal(livingOnly[..6] + "********" + livingOnly[14..], started.GetProperty("idNumber").GetString());
        _ = receiving;
    }

    [Fact]
    public async Task The_staff_ui_serves_the_module_pages_filtered_by_permission()
    {
        // Every signed-in staff member holds platform.self, which the UI manifest asks for.
        static TestStaff Signed(TestStaff staff) => staff with { Permissions = [.. staff.Permissions, Minzheng.Sdk.Access.PlatformPermissions.Self] };
        var manifest = await (await host.Client(Signed(Staff.Officer)).GetAsync("/api/platform/ui")).JsonAsync();
        var module = manifest.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "disability");
        var pages = module.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Contains("application", pages);
        Assert.Contains("roster-print", pages);
        var village = await (await host.Client(Signed(Staff.VillageClerk)).GetAsync("/api/platform/ui")).JsonAsync();
        var villagePages = village.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "disability")
            .GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.DoesNotContain("annual-reviews", villagePages);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(TestStaff.District(TestDistricts.Second, "disability.read")).GetAsync("/api/disability/applications")).StatusCode);
    }
}
