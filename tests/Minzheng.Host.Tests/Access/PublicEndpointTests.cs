using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Host.Tests.Api;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Access;

/// <summary>
/// Public endpoints of a district (<c>AllowPublicInDistrict</c>): the route's <c>{district}</c> picks the data, the caller is
/// the public (no permission, audited as 公众) whether signed in or not, an unknown district or one without the module is
/// 404, and one client past the limit gets 429.
/// </summary>
public sealed class PublicEndpointTests
{
    /// <summary>
    /// A public read sent from <paramref name="remoteAddress"/> (the connection's peer, which a test client does not
    /// have), with <paramref name="forwardedFor"/> as its <c>X-Forwarded-For</c> when given.
    /// </summary>
    private static async Task<HttpStatusCode> PublicCountAsync(ModuleTestHost host, string remoteAddress, string? forwardedFor)
    {
        var server = (Microsoft.AspNetCore.TestHost.TestServer)host.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>();
        var context = await server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = $"/api/notes/public/{TestDistricts.First}/count";
            c.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
            if (forwardedFor is not null) c.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
        return (HttpStatusCode)context.Response.StatusCode;
    }

    private static ModuleTestHostOptions Options(int permitsPerMinute = 100)
    {
        var options = new ModuleTestHostOptions
        {
            ModuleFolders = { FixtureModules.Notes },
            EnabledModules = new() { [TestDistricts.First] = ["notes"], [TestDistricts.Second] = [] },
        };
        options.Settings["Minzheng:PublicRateLimit:PermitsPerMinute"] = permitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return options;
    }

    [Fact]
    public async Task The_route_names_the_district_and_the_caller_is_the_public_even_when_signed_in()
    {
        await using var host = await ModuleTestHost.StartAsync(Options());
        var staff = host.CreateClient(TestStaff.District(TestDistricts.First, "notes.read", "notes.write"));
        await staff.CreateNoteAsync("甲区的备忘", TestDistricts.VillageOfWansheng);

        var anonymous = await host.CreateClient().GetOkJsonAsync($"/api/notes/public/{TestDistricts.First}/count");
        Assert.Equal(1, anonymous.GetProperty("count").GetInt32());
        Assert.Equal(TestDistricts.First, anonymous.GetProperty("districtId").GetString());
        Assert.Equal(StaffMember.Public.Id, anonymous.GetProperty("staff").GetString());
        Assert.False(anonymous.GetProperty("isAuthenticated").GetBoolean());
        Assert.False(anonymous.GetProperty("canRead").GetBoolean());

        // A signed-in reader gets the same public answer: no permission of theirs applies here.
        var signedIn = await staff.GetOkJsonAsync($"/api/notes/public/{TestDistricts.First}/count");
        Assert.Equal(StaffMember.Public.Id, signedIn.GetProperty("staff").GetString());
        Assert.False(signedIn.GetProperty("canRead").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_district_or_one_without_the_module_is_not_found()
    {
        await using var host = await ModuleTestHost.StartAsync(Options());
        var anonymous = host.CreateClient();
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/api/notes/public/nowhere/count"), HttpStatusCode.NotFound);
        var notEnabled = await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/api/notes/public/{TestDistricts.Second}/count"), HttpStatusCode.NotFound);
        Assert.Equal(ProblemTypes.ModuleNotEnabled, notEnabled.GetProperty("type").GetString());
        // A district's staff cannot reach another district's data through the public route either.
        var secondStaff = host.CreateClient(TestStaff.District(TestDistricts.Second, "notes.read"));
        await ProblemAssert.IsProblemAsync(await secondStaff.GetAsync($"/api/notes/public/{TestDistricts.Second}/count"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task What_the_public_writes_is_saved_in_the_named_district_and_audited_as_the_public()
    {
        await using var host = await ModuleTestHost.StartAsync(Options());
        var created = await host.CreateClient().PostAsJsonAsync($"/api/notes/public/{TestDistricts.First}",
            new { text = "公众留言", divisionCode = TestDistricts.VillageOfWansheng });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var note = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(StaffMember.Public.Id, note.GetProperty("author").GetString());

        var auditor = host.CreateClient(TestStaff.District(TestDistricts.First, PlatformPermissions.AuditRead));
        var entries = (await auditor.GetOkJsonAsync($"/api/platform/audit?key={note.GetProperty("id").GetString()}")).GetProperty("items").EnumerateArray().ToList();
        var entry = Assert.Single(entries);
        Assert.Equal(StaffMember.Public.Id, entry.GetProperty("actorId").GetString());
        Assert.Equal(StaffMember.Public.Name, entry.GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task One_client_past_the_limit_gets_429_with_a_problem_and_retry_after()
    {
        await using var host = await ModuleTestHost.StartAsync(Options(permitsPerMinute: 3));
        var anonymous = host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/notes/public/{TestDistricts.First}/count")).StatusCode);
        }
        var refused = await anonymous.GetAsync($"/api/notes/public/{TestDistricts.First}/count");
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal(ProblemTypes.TooManyRequests, problem.GetProperty("type").GetString());
        Assert.True(refused.Headers.RetryAfter is not null);
        // Staff endpoints are not limited by it.
        var staff = host.CreateClient(TestStaff.District(TestDistricts.First, "notes.read"));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/notes/")).StatusCode);
    }

    [Fact]
    public async Task A_forwarded_for_counts_only_from_a_trusted_proxy_so_another_caller_cannot_change_the_client_the_limit_counts()
    {
        var options = Options(permitsPerMinute: 2);
        options.Settings["Minzheng:TrustedProxies:0"] = "10.0.0.5";
        await using var host = await ModuleTestHost.StartAsync(options);
        const string Caller = "198.51.100.7", Proxy = "10.0.0.5";

        // A caller that is no configured proxy names another client in X-Forwarded-For: it is counted as itself all the same,
        // so naming a new client each time does not get it past the limit.
        Assert.Equal(HttpStatusCode.OK, await PublicCountAsync(host, Caller, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await PublicCountAsync(host, Caller, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PublicCountAsync(host, Caller, "203.0.113.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PublicCountAsync(host, Caller, null));

        // Nor did it spend the limit of the client it named: through the trusted proxy that client still has its own two.
        Assert.Equal(HttpStatusCode.OK, await PublicCountAsync(host, Proxy, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await PublicCountAsync(host, Proxy, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PublicCountAsync(host, Proxy, "203.0.113.1"));
        // What the client wrote into the header itself comes before what the proxy appends: only the proxy's entry counts.
        Assert.Equal(HttpStatusCode.TooManyRequests, await PublicCountAsync(host, Proxy, "203.0.113.50, 203.0.113.1"));
        // The proxy's clients are told apart by what it forwards, and another caller keeps its own limit.
        Assert.Equal(HttpStatusCode.OK, await PublicCountAsync(host, Proxy, "203.0.113.2"));
        Assert.Equal(HttpStatusCode.OK, await PublicCountAsync(host, "198.51.100.8", "203.0.113.1"));
    }

    [Fact]
    public async Task A_limit_below_one_stops_the_start_with_one_line()
    {
        var problem = await Assert.ThrowsAnyAsync<Exception>(async () => await ModuleTestHost.StartAsync(Options(permitsPerMinute: 0)));
        Assert.Contains("Minzheng:PublicRateLimit:PermitsPerMinute is 0", problem.Message);
    }
}
