using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Volunteer.Tests;

/// <summary>The demo district's volunteering comes from its synthetic residents, once.</summary>
public sealed class DemoTests(VolunteerHost host) : IClassFixture<VolunteerHost>
{
    [Fact]
    public async Task The_demo_registers_volunteers_teams_activities_and_hours_from_the_residents_and_only_once()
    {
        var registry = host.Client(TestStaff.District(TestDistricts.First, PlatformPermissions.RegistryWrite));
        var n = 0;
        foreach (var village in new[] { TestDistricts.VillageOfWansheng, TestDistricts.VillageOfDonglin })
        {
            for (var i = 0; i < 6; i++)
            {
                var first17 = $"500110{new DateOnly(1980, 1, 1).AddDays(++n * 19):yyyyMMdd}{300 + n:D3}";
                Assert.Equal(HttpStatusCode.Created, (await registry.PostAsJsonAsync("/api/platform/registry/persons", new
                {
                    idNumber = first17 + IdNumber.ComputeCheckCharacter(first17), name = $"演示居民{n}", ethnicity = "汉族", hukouType = "Urban",
                    divisionCode = village, address = "演示路1号",
                })).StatusCode);
            }
        }

        Assert.Equal(1, await host.Host.RunDemosAsync());

        var officer = host.Client(Staff.Officer);
        var volunteers = (await (await officer.GetAsync("/api/volunteer/volunteers?pageSize=50")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(6, volunteers.Count);
        Assert.Equal(6, volunteers.Select(v => v.Text("number")).Distinct().Count());
        Assert.Contains(volunteers, v => v.Text("divisionCode").StartsWith(TestDistricts.TownDonglin, StringComparison.Ordinal));
        Assert.Equal(4, (await (await officer.GetAsync("/api/volunteer/activities")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.True((await (await officer.GetAsync("/api/volunteer/hours?status=confirmed")).JsonAsync()).GetProperty("total").GetInt32() > 0);
        Assert.True((await (await officer.GetAsync("/api/volunteer/hours?flagged=true")).JsonAsync()).GetProperty("total").GetInt32() > 0);
        Assert.True((await (await officer.GetAsync("/api/volunteer/teams")).JsonAsync()).GetProperty("total").GetInt32() >= 1);
        // Each town's committee is a registered organiser, linked to the activity it ran.
        var organisers = (await (await officer.GetAsync("/api/volunteer/organisers")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, organisers.Count);
        Assert.All(organisers, o => Assert.Equal(1, o.GetProperty("activities").GetInt32()));

        Assert.Equal(0, await host.Host.RunDemosAsync());
        Assert.Equal(6, (await (await officer.GetAsync("/api/volunteer/volunteers")).JsonAsync()).GetProperty("total").GetInt32());
    }
}
