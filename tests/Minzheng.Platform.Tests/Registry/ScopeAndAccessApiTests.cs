using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry;

/// <summary>Who may see and change which residents.</summary>
public sealed class ScopeAndAccessApiTests(RegistryHostFixture fixture) : IClassFixture<RegistryHostFixture>
{
    private readonly HttpClient _writer = fixture.Client(Staff.Writer);

    [Fact]
    public async Task A_town_clerk_neither_lists_nor_reads_nor_changes_a_resident_of_another_town()
    {
        var name = TestIds.UniqueName("跨镇");
        var donglin = await _writer.RegisterAsync(TestIds.Next(), TestDistricts.VillageOfDonglin, name);
        var wansheng = await _writer.RegisterAsync(TestIds.Next(), TestDistricts.VillageOfWansheng, name);
        var clerk = fixture.Client(Staff.WanshengClerk);

        var list = await clerk.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}?name={name}");
        Assert.Equal([wansheng.Id()], list.GetProperty("items").EnumerateArray().Select(p => p.Id()));
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        // Asking for the other town explicitly does not widen the scope.
        var explicitly = await clerk.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}?division={TestDistricts.TownDonglin}&name={name}");
        Assert.Equal(0, explicitly.GetProperty("total").GetInt32());

        var url = $"{RegistryApi.Persons}/{donglin.Id()}";
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync(url + "/disability-certificates")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync(url + "/welfare-statuses")).StatusCode);
        var change = await clerk.PutAsJsonAsync(url, new { name = "改", ethnicity = "汉族", hukouType = "城镇", divisionCode = TestDistricts.VillageOfWansheng, version = 1 });
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.PostAsJsonAsync(url + "/deceased", new { date = RegistryHostFixture.Today, version = 1 })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"{RegistryApi.Persons}/{wansheng.Id()}")).StatusCode);
        Assert.Equal(name, (await _writer.GetFromJsonAsync<JsonElement>(url)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Another_district_sees_nothing_of_this_districts_residents()
    {
        var idNumber = TestIds.Next();
        var person = await _writer.RegisterAsync(idNumber);
        var other = fixture.Client(Staff.OtherDistrict);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{RegistryApi.Persons}/{person.Id()}")).StatusCode);
        var search = await other.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}?idNumber={idNumber}");
        Assert.Equal(0, search.GetProperty("total").GetInt32());
        // Its registry is its own: the same number may be registered there without a conflict.
        var there = await other.RegisterAsync(idNumber);
        Assert.NotEqual(person.Id(), there.Id());
    }

    [Fact]
    public async Task Missing_permissions_are_refused()
    {
        var person = await _writer.RegisterAsync(TestIds.Next());
        var url = $"{RegistryApi.Persons}/{person.Id()}";

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Host.CreateClient().GetAsync(RegistryApi.Persons)).StatusCode);
        var nobody = fixture.Client(Staff.Nobody);
        Assert.Equal(HttpStatusCode.Forbidden, (await nobody.GetAsync(RegistryApi.Persons)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nobody.GetAsync(url)).StatusCode);

        var reader = fixture.Client(Staff.ReadOnly);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync(RegistryApi.Persons, RegistryApi.NewPerson(TestIds.Next()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync(url + "/deceased", new { date = RegistryHostFixture.Today, version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync(url + "/welfare-statuses", new { kind = "低保", startsOn = RegistryHostFixture.Today })).StatusCode);
        Assert.Equal("Alive", (await reader.GetFromJsonAsync<JsonElement>(url)).GetProperty("status").GetString());
    }

    [Fact]
    public void Every_registry_endpoint_names_its_permission()
    {
        var registry = fixture.Host.Endpoints.DataSources.SelectMany(s => s.Endpoints)
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/platform/registry", StringComparison.Ordinal) == true)
            .ToList();
        Assert.True(registry.Count >= 17, $"only {registry.Count} registry endpoints found");
        Assert.All(registry, e => Assert.NotNull(e.Metadata.GetMetadata<Sdk.Endpoints.RequiredPermissionMetadata>()));
    }

    [Fact]
    public async Task Search_pages_and_sorts_within_scope()
    {
        var name = TestIds.UniqueName("排序");
        var births = new[] { new DateOnly(1961, 1, 1), new DateOnly(1959, 1, 1), new DateOnly(1960, 1, 1) };
        foreach (var birth in births)
        {
            await _writer.RegisterAsync(SyntheticIds.IdNumberOf(birth, 300 + Random.Shared.Next(0, 600)), name: name);
        }
        var first = await _writer.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}?name={name}&sort=birthDate&desc=true&pageSize=2&page=1");
        var second = await _writer.GetFromJsonAsync<JsonElement>($"{RegistryApi.Persons}?name={name}&sort=birthDate&desc=true&pageSize=2&page=2");
        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(["1961-01-01", "1960-01-01", "1959-01-01"],
            first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(p => p.GetProperty("birthDate").GetString()));

        var bad = await _writer.GetAsync($"{RegistryApi.Persons}?sort=age&pageSize=1000");
        await bad.AssertFieldErrorAsync("sort");
    }

    [Fact]
    public async Task The_registry_is_described_in_the_api_document()
    {
        var document = await fixture.Host.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/platform/registry/persons", out var persons));
        Assert.Equal("居民信息", persons.GetProperty("get").GetProperty("tags")[0].GetString());
        Assert.True(paths.TryGetProperty("/api/platform/registry/persons/{id}/welfare-statuses/{statusId}/end", out _));
    }
}
