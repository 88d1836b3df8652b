using System.Net;
using System.Net.Http.Json;
using Minzheng.Host.Tests.Api;
using Minzheng.Sdk.Testing;
using Npgsql;

namespace Minzheng.Host.Tests.Data;

/// <summary>
/// The database goes away under a running host and comes back: requests meanwhile get a 503 problem
/// (nothing half-written), and the host serves again by itself, without a restart.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static readonly string[] Notes = ["notes.read", "notes.write"];

    [PostgreSqlFact]
    public async Task A_request_during_an_outage_gets_503_and_the_host_recovers_when_the_database_returns()
    {
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(TestEngine.PostgreSqlVariable));
        await using var proxy = new TcpProxy(server.Host!, server.Port);
        await using var host = await ModuleTestHost.StartAsync(new ModuleTestHostOptions
        {
            ModuleFolders = { FixtureModules.Notes },
            EnabledModules = new() { [TestDistricts.First] = ["notes"] },
            PostgreSqlEndpoint = $"Host=127.0.0.1;Port={proxy.Port}",
            BackgroundWork = true,
        });
        var clerk = host.CreateClient(TestStaff.District(TestDistricts.First, Notes));
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsJsonAsync("/api/notes/", new { text = "before", divisionCode = TestDistricts.VillageOfWansheng })).StatusCode);

        proxy.Cut();
        var during = await clerk.PostAsJsonAsync("/api/notes/", new { text = "during", divisionCode = TestDistricts.VillageOfWansheng });
        var problem = await ProblemAssert.IsProblemAsync(during, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("https://minzheng.local/problems/database-unavailable", problem.GetProperty("type").GetString());
        Assert.NotNull(during.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await clerk.GetAsync("/api/notes/")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.CreateClient().GetAsync("/health")).StatusCode);

        proxy.Restore();
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsJsonAsync("/api/notes/", new { text = "after", divisionCode = TestDistricts.VillageOfWansheng })).StatusCode);
        var texts = (await clerk.GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/api/notes/"))!.Select(n => n.GetProperty("text").GetString());
        Assert.Equal(["after", "before"], texts);
    }
}
