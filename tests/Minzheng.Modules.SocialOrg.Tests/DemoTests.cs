using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>The demo district's register comes from its synthetic residents, once.</summary>
public sealed class DemoTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    [Fact]
    public async Task The_demo_registers_organisations_and_social_workers_in_each_town_with_valid_codes_and_only_once()
    {
        var registry = host.Client(TestStaff.District(TestDistricts.First, PlatformPermissions.RegistryWrite));
        var n = 0;
        foreach (var village in new[] { TestDistricts.VillageOfWansheng, TestDistricts.VillageOfDonglin })
        {
            for (var i = 0; i < 4; i++)
            {
                var first17 = $"500110{new DateOnly(1986, 1, 1).AddDays(++n * 17):yyyyMMdd}{200 + n:D3}";
                Assert.Equal(HttpStatusCode.Created, (await registry.PostAsJsonAsync("/api/platform/registry/persons", new
                {
                    idNumber = first17 + IdNumber.ComputeCheckCharacter(first17), name = $"演示居民{(char)('甲' + n)}", ethnicity = "汉族", hukouType = "Urban",
                    divisionCode = village, address = "演示路1号",
                })).StatusCode);
            }
        }

        // The register's demo and the registration applications' (WorkflowDemo).
        Assert.Equal(2, await host.Host.RunDemosAsync());

        var registrar = host.Client(Staff.Registrar);
        var organisations = (await (await registrar.GetAsync("/api/socialorg/organisations?pageSize=50")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        // Four of the register's demo, one established by application (WorkflowDecisionsDemo).
        Assert.Equal(5, organisations.Count);
        Assert.All(organisations, o => Assert.True(CreditCode.TryParse(o.Text("creditCode"), out _, out _)));
        Assert.Contains(organisations, o => o.Text("divisionCode").StartsWith(TestDistricts.TownDonglin, StringComparison.Ordinal));
        Assert.Equal(4, (await (await registrar.GetAsync("/api/socialorg/social-workers?pageSize=50")).JsonAsync()).GetProperty("total").GetInt32());
        var stations = (await (await registrar.GetAsync("/api/socialorg/social-work-stations")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, stations.Count);
        Assert.All(stations, s => Assert.True(s.GetProperty("staffCount").GetInt32() >= 1));
        // Last year's inspection: the registered organisations due for it concluded or listed for not reporting.
        var inspections = (await (await registrar.GetAsync("/api/socialorg/inspections?year=2025&pageSize=50")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(inspections);
        Assert.All(inspections, i => Assert.Equal("concluded", i.Text("status")));

        var applications = (await (await host.Client(WorkflowApi.Officer).GetAsync("/api/socialorg/applications?pageSize=50")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(20, applications.Count);
        Assert.Equal(["accepted", "approved", "rejected", "reviewed", "submitted"], applications.Select(a => a.Text("status")).Distinct().Order());
        // The decided workflows: an establishment under review, a change and a branch approved, an establishment refused with its notice.
        Assert.Contains(applications, a => a.Text("kind") == "establishment" && a.Text("status") == "accepted");
        Assert.Contains(applications, a => a.Text("kind") == "change" && a.Text("status") == "approved");
        var refused = Assert.Single(applications, a => a.Text("kind") == "establishment" && a.Text("status") == "rejected");
        var notice = await (await registrar.GetAsync($"/api/socialorg/applications/{refused.Id()}/refusal-notice")).JsonAsync();
        Assert.Equal("不予成立登记决定书", notice.Text("title"));
        Assert.Contains("民社不登字", notice.Text("decisionNumber"));
        var branch = Assert.Single((await (await registrar.GetAsync("/api/socialorg/branches")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("valid", (await (await registrar.GetAsync($"/api/socialorg/certificates/{branch.Text("certificateId")}")).JsonAsync()).Text("status"));
        // The foundation's certificates: the first voided by the change, the reissued one valid.
        var certificates = (await (await registrar.GetAsync("/api/socialorg/certificates")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["valid", "voided"], certificates.Select(c => c.Text("status")).Order());

        Assert.Equal(0, await host.Host.RunDemosAsync());
        Assert.Equal(5, (await (await registrar.GetAsync("/api/socialorg/organisations?pageSize=50")).JsonAsync()).GetProperty("total").GetInt32());
    }
}
