using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>The demo district's outlets come from its synthetic residents, with contracts, terminals, sales and an inspection, once.</summary>
public sealed class DemoTests(LotteryHost host) : IClassFixture<LotteryHost>
{
    [Fact]
    public async Task The_demo_opens_outlets_in_each_town_refuses_one_sells_twelve_months_inspects_and_penalises_and_only_once()
    {
        var registry = host.Client(TestStaff.District(TestDistricts.First, PlatformPermissions.RegistryWrite));
        var n = 0;
        foreach (var village in new[] { TestDistricts.VillageOfWansheng, TestDistricts.VillageOfDonglin })
        {
            for (var i = 0; i < 2; i++)
            {
                var first17 = $"500110{new DateOnly(1980, 1, 1).AddDays(++n * 19):yyyyMMdd}{300 + n:D3}";
                Assert.Equal(HttpStatusCode.Created, (await registry.PostAsJsonAsync("/api/platform/registry/persons", new
                {
                    idNumber = first17 + IdNumber.ComputeCheckCharacter(first17), name = $"演示业主{(char)('甲' + n)}", ethnicity = "汉族", hukouType = "Urban",
                    divisionCode = village, address = "演示路1号",
                })).StatusCode);
            }
        }

        // Two of the module's demos seed here: the outlets' and the fund's (FundDemoTests looks at the latter).
        Assert.Equal(2, await host.Host.RunDemosAsync());

        var officer = host.Client(Staff.Officer);
        async Task<int> TotalAsync(string path) => (await (await officer.GetAsync(path)).JsonAsync()).GetProperty("total").GetInt32();
        Assert.Equal(4, await TotalAsync("/api/lottery/outlets"));
        Assert.Equal(1, await TotalAsync("/api/lottery/outlets?status=refused"));
        Assert.Equal(3, await TotalAsync("/api/lottery/contracts"));
        Assert.True(await TotalAsync("/api/lottery/terminals?status=installed") >= 3);
        Assert.Equal(2, await TotalAsync("/api/lottery/inspections"));
        Assert.Equal(1, await TotalAsync("/api/lottery/inspections?overdue=true"));
        Assert.Equal(1, await TotalAsync("/api/lottery/penalties"));
        // A school per town, none too close to an outlet: each open outlet has its schools among the nearest places, all far enough.
        Assert.Equal(2, await TotalAsync("/api/lottery/schools"));
        foreach (var row in (await (await officer.GetAsync("/api/lottery/outlets?status=open")).JsonAsync()).GetProperty("items").EnumerateArray())
        {
            var nearest = (await (await officer.GetAsync($"/api/lottery/outlets/{row.Id()}")).JsonAsync()).GetProperty("siting").GetProperty("nearest").EnumerateArray().ToList();
            var schools = nearest.Where(p => p.Text("kind") == "school").ToList();
            Assert.Equal(2, schools.Count);
            Assert.All(schools, s => Assert.False(s.GetProperty("tooClose").GetBoolean(), s.ToString()));
        }
        var work = (await (await officer.GetAsync("/api/platform/work")).JsonAsync()).GetProperty("items").EnumerateArray().ToDictionary(i => i.Text("key"));
        Assert.Equal(1, work["lottery.corrections-overdue"].GetProperty("count").GetInt32());
        var months = (await (await officer.GetAsync("/api/lottery/sales/report?by=month&from=2025-01&to=2026-06&pageSize=50")).JsonAsync()).GetProperty("items").GetArrayLength();
        Assert.Equal(12, months);

        Assert.Equal(0, await host.Host.RunDemosAsync());
        Assert.Equal(4, await TotalAsync("/api/lottery/outlets"));
    }
}
