using System.Net;
using System.Net.Http.Json;
using Minzheng.Modules.Charity.Organisations;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Charity.Tests;

/// <summary>The module's own copy of socialorg's register, filled by socialorg's events through the real host.</summary>
public sealed class OrganisationCopyTests(CharityHost host) : IClassFixture<CharityHost>
{
    [Fact]
    public async Task A_registration_in_socialorg_reaches_the_copy_once_whatever_the_deliveries()
    {
        var registered = await host.RegisterOrganisationAsync("social-service-agency", registeredOn: new DateOnly(2025, 2, 3));
        var id = registered.Id();
        await host.RedeliverSocialOrgEventsAsync();

        var officer = host.Client(Staff.Officer);
        var copy = await (await officer.GetAsync($"/api/charity/organisations/{id}")).JsonAsync();
        Assert.Equal(registered.Text("name"), copy.Text("name"));
        Assert.Equal("社会服务机构", copy.Text("typeName"));
        Assert.Equal("2025-02-03", copy.Text("registeredOn"));
        Assert.Equal("registered", copy.Text("standing"));
        Assert.Equal("未列入信用名录", copy.Text("creditListing"));
        var found = await (await officer.GetAsync($"/api/charity/organisations?name={registered.Text("creditCode")}")).JsonAsync();
        Assert.Equal(1, found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Listings_removals_and_penalties_are_copied_once_each()
    {
        var id = (await host.RegisterOrganisationAsync()).Id();
        var entry = await host.ListAsync(id);
        await host.PenaliseAsync(id, "2026-05-01");
        await host.RedeliverSocialOrgEventsAsync();

        var officer = host.Client(Staff.Officer);
        var copy = await (await officer.GetAsync($"/api/charity/organisations/{id}")).JsonAsync();
        Assert.Equal("已列入活动异常名录", copy.Text("creditListing"));
        Assert.Single(copy.GetProperty("listEntries").EnumerateArray());
        Assert.Equal("2026-05-01", Assert.Single(copy.GetProperty("penalties").EnumerateArray()).Text("decidedOn"));

        await (await host.Client(Staff.Registrar).PostAsJsonAsync($"/api/socialorg/list-entries/{entry.Id()}/remove/{entry.Version()}", new { reason = "已补报年度工作报告" }))
            .JsonAsync();
        await host.Host.DispatchEventsAsync();
        await host.RedeliverSocialOrgEventsAsync();
        copy = await (await officer.GetAsync($"/api/charity/organisations/{id}")).JsonAsync();
        Assert.Equal("未列入信用名录", copy.Text("creditListing"));
        Assert.Equal("2026-06-01", Assert.Single(copy.GetProperty("listEntries").EnumerateArray()).Text("removedOn"));
    }

    [Fact]
    public async Task A_deregistration_ends_the_organisation_in_the_copy()
    {
        var registered = await host.RegisterOrganisationAsync();
        await (await host.Client(Staff.Registrar).PostAsJsonAsync($"/api/socialorg/organisations/{registered.Id()}/deregister/{registered.Version()}",
            new { reason = "自行解散" })).JsonAsync();
        await host.Host.DispatchEventsAsync();
        var copy = await (await host.Client(Staff.Officer).GetAsync($"/api/charity/organisations/{registered.Id()}")).JsonAsync();
        Assert.Equal("deregistered", copy.Text("standing"));
        Assert.Equal("自行解散", copy.Text("deregistrationReason"));
        var list = await (await host.Client(Staff.Officer).GetAsync("/api/charity/organisations?standing=deregistered&pageSize=200")).JsonAsync();
        Assert.Contains(list.GetProperty("items").EnumerateArray(), o => o.Id() == registered.Id());
    }

    [Fact]
    public async Task A_clerk_sees_the_organisations_of_their_own_town_only()
    {
        var wansheng = (await host.RegisterOrganisationAsync()).Id();
        var donglin = host.Client(Staff.DonglinClerk);
        Assert.Equal(HttpStatusCode.NotFound, (await donglin.GetAsync($"/api/charity/organisations/{wansheng}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client(Staff.WanshengClerk).GetAsync($"/api/charity/organisations/{wansheng}")).StatusCode);
        var unknown = await host.Client(Staff.Reader).GetAsync("/api/charity/organisations?standing=lost");
        Assert.True((await unknown.JsonAsync(HttpStatusCode.BadRequest)).HasError("standing"));
    }

    [Fact]
    public void A_change_older_than_the_one_applied_changes_nothing_and_a_repeated_one_neither()
    {
        var organisation = new KnownOrganisation { Id = Guid.NewGuid(), Name = "旧名", DivisionCode = TestDistricts.VillageOfWansheng };
        var change = new SocialOrgChanged(organisation.Id, "X", "name", "新名", "新址", TestDistricts.VillageOfWansheng, "李理事长", new DateOnly(2026, 5, 1));
        Assert.True(OrganisationRules.ApplyChange(organisation, change));
        Assert.False(OrganisationRules.ApplyChange(organisation, change));
        Assert.False(OrganisationRules.ApplyChange(organisation, change with { Name = "更旧的名", ChangedOn = new DateOnly(2026, 4, 1) }));
        Assert.Equal("新名", organisation.Name);
    }

    [Fact]
    public async Task The_module_does_not_exist_in_a_district_that_has_not_enabled_it() =>
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(Staff.Elsewhere).GetAsync("/api/charity/organisations")).StatusCode);

    [Fact]
    public async Task Every_route_has_a_name_and_a_summary_in_the_API_reference() =>
        Assert.Empty(await RouteContracts.UndocumentedAsync(host.Client(Staff.Reader), "charity"));
}
