using System.Net;
using System.Net.Http.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests;

public sealed class SmokeTests
{
    [Fact]
    public async Task Module_serves_its_endpoints_in_the_district_that_enables_it()
    {
        await using var host = await ModuleTestHost.StartAsync(new ModuleTestHostOptions { ModuleFolders = { FixtureModules.Notes, FixtureModules.Echo, FixtureModules.Unguarded } });
        var clerk = host.CreateClient(TestStaff.District(TestDistricts.First, "notes.read", "notes.write", "echo.read", "unguarded.read"));
        var created = await clerk.PostAsJsonAsync("/api/notes/", new { text = "你好", divisionCode = TestDistricts.VillageOfWansheng });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var list = await clerk.GetStringAsync("/api/notes/");
        Assert.Contains("你好", list);
        Assert.Equal(1, await host.DispatchEventsAsync());
        Assert.Contains("你好", await clerk.GetStringAsync("/api/echo/received"));

        var other = host.CreateClient(TestStaff.District(TestDistricts.Second, "notes.read"));
        var notFound = await other.GetAsync("/api/notes/");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("application/problem+json", notFound.Content.Headers.ContentType?.MediaType);
        // A module with a route declaring no access was refused at start-up: even its declared routes are not served.
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/api/unguarded/open")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/api/unguarded/fine")).StatusCode);
    }
}
