using System.Net;
using System.Net.Http.Json;
using Minzheng.Host.Tests.Api;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Access;

/// <summary>
/// Staff see their org scope and their district only; every endpoint requires a permission or says
/// why it is public; errors are problem details carrying the request id.
/// </summary>
public sealed class ScopeAndAccessTests
{
    private static ModuleTestHostOptions BothModules(Dictionary<string, string[]>? enabled = null) =>
        new() { ModuleFolders = { FixtureModules.Notes, FixtureModules.Echo }, EnabledModules = enabled };

    /// <summary>Notes and echo, and beside them a module with a route declaring no access (refused at start-up).</summary>
    private static ModuleTestHostOptions WithUnguarded() =>
        new() { ModuleFolders = { FixtureModules.Notes, FixtureModules.Echo, FixtureModules.Unguarded } };

    private static readonly string[] EveryPermission =
    [
        .. PlatformPermissions.All.Select(p => p.Name), PlatformPermissions.Self, "notes.read", "notes.write", "echo.read", "unguarded.read",
    ];

    [Fact]
    public async Task Town_and_village_clerks_see_only_the_notes_located_in_their_scope()
    {
        await using var host = await ModuleTestHost.StartAsync(BothModules());
        var admin = host.CreateClient(TestStaff.District(TestDistricts.First, "notes.read", "notes.write"));
        await admin.CreateNoteAsync("万新社区的备忘", TestDistricts.VillageOfWansheng);
        await admin.CreateNoteAsync("东林社区的备忘", TestDistricts.VillageOfDonglin);
        await admin.CreateNoteAsync("万盛街道的备忘", TestDistricts.TownWansheng);

        Assert.Equal(["万新社区的备忘", "万盛街道的备忘", "东林社区的备忘"], await admin.NoteTextsAsync());

        var wanshengClerk = host.CreateClient(TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng, "notes.read"));
        Assert.Equal(["万新社区的备忘", "万盛街道的备忘"], await wanshengClerk.NoteTextsAsync());

        var donglinTownClerk = host.CreateClient(TestStaff.Town(TestDistricts.First, TestDistricts.TownDonglin, "notes.read"));
        Assert.Equal(["东林社区的备忘"], await donglinTownClerk.NoteTextsAsync());

        var donglinVillageClerk = host.CreateClient(TestStaff.Village(TestDistricts.First, TestDistricts.VillageOfDonglin, "notes.read"));
        Assert.Equal(["东林社区的备忘"], await donglinVillageClerk.NoteTextsAsync());

        var whoami = await wanshengClerk.GetOkJsonAsync("/api/notes/whoami");
        Assert.Equal(TestDistricts.First, whoami.GetProperty("districtId").GetString());
        Assert.Equal("Town", whoami.GetProperty("level").GetString());
        Assert.Equal(TestDistricts.TownWansheng, whoami.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_district_never_sees_another_districts_notes()
    {
        await using var host = await ModuleTestHost.StartAsync(BothModules(new()
        {
            [TestDistricts.First] = ["notes"],
            [TestDistricts.Second] = ["notes"],
        }));
        var a = host.CreateClient(TestStaff.District(TestDistricts.First, "notes.read", "notes.write"));
        var b = host.CreateClient(TestStaff.District(TestDistricts.Second, "notes.read", "notes.write"));

        await a.CreateNoteAsync("甲区的备忘", TestDistricts.VillageOfWansheng);

        Assert.Equal(["甲区的备忘"], await a.NoteTextsAsync());
        Assert.Empty(await b.NoteTextsAsync());
        Assert.Equal(TestDistricts.Second, (await b.GetOkJsonAsync("/api/notes/whoami")).GetProperty("districtId").GetString());

        await b.CreateNoteAsync("乙区的备忘", TestDistricts.VillageOfWansheng);
        Assert.Equal(["甲区的备忘"], await a.NoteTextsAsync());
        Assert.Equal(["乙区的备忘"], await b.NoteTextsAsync());
    }

    [Fact]
    public async Task Missing_permission_is_403_and_anonymous_is_401()
    {
        await using var host = await ModuleTestHost.StartAsync(BothModules());
        var reader = host.CreateClient(TestStaff.District(TestDistricts.First, "notes.read"));
        var echoOnly = host.CreateClient(TestStaff.District(TestDistricts.First, "echo.read"));
        var anonymous = host.CreateClient();

        await ProblemAssert.IsProblemAsync(await echoOnly.GetAsync("/api/notes/"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(
            await reader.PostAsJsonAsync("/api/notes/", new { text = "无权记录", divisionCode = TestDistricts.VillageOfWansheng }),
            HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await reader.GetAsync("/api/platform/modules"), HttpStatusCode.Forbidden);
        Assert.Empty(await reader.NoteTextsAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/notes/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/echo/received")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await anonymous.PostAsJsonAsync("/api/notes/", new { text = "匿名", divisionCode = TestDistricts.VillageOfWansheng })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/platform/modules")).StatusCode);
    }

    [Fact]
    public async Task A_route_declaring_no_access_is_served_to_no_one_not_even_a_caller_holding_every_permission()
    {
        await using var host = await ModuleTestHost.StartAsync(WithUnguarded());
        var everything = host.CreateClient(TestStaff.District(TestDistricts.First, EveryPermission));

        // Its module was refused at start-up: the route, and the module's sound ones, are not there at all.
        var problem = await ProblemAssert.IsProblemAsync(await everything.GetAsync("/api/unguarded/open"), HttpStatusCode.NotFound);
        Assert.DoesNotContain("should never be served", problem.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await host.CreateClient().GetAsync("/api/unguarded/open")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await everything.GetAsync("/api/unguarded/fine")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await everything.GetAsync("/api/notes/")).StatusCode);
    }

    [Fact]
    public async Task Every_mapped_endpoint_declares_a_permission_or_a_public_reason()
    {
        await using var host = await ModuleTestHost.StartAsync(WithUnguarded());

        var undeclared = MinzhengHost.UndeclaredEndpoints(host.Endpoints);

        Assert.Empty(undeclared);
        // Not vacuous: the platform's and the accepted modules' endpoints are mapped and were looked at.
        Assert.Contains(host.Endpoints.DataSources.SelectMany(s => s.Endpoints), e => e.DisplayName == "HTTP: GET /api/notes/whoami");
    }

    [Fact]
    public async Task Errors_are_problem_details_carrying_the_request_id_the_caller_sent()
    {
        await using var host = await ModuleTestHost.StartAsync(BothModules());
        var clerkA = host.CreateClient(TestStaff.District(TestDistricts.First, "echo.read"));
        var clerkB = host.CreateClient(TestStaff.District(TestDistricts.Second, "notes.read"));
        var writer = host.CreateClient(TestStaff.District(TestDistricts.First, "notes.write"));

        var cases = new (string Name, HttpClient Client, Func<HttpRequestMessage> Request, HttpStatusCode Status)[]
        {
            ("forbidden", clerkA, () => new HttpRequestMessage(HttpMethod.Get, "/api/notes/"), HttpStatusCode.Forbidden),
            ("not-enabled", clerkB, () => new HttpRequestMessage(HttpMethod.Get, "/api/notes/"), HttpStatusCode.NotFound),
            ("unknown-route", clerkA, () => new HttpRequestMessage(HttpMethod.Get, "/api/notes/undeclared"), HttpStatusCode.NotFound),
            ("validation", writer, () => new HttpRequestMessage(HttpMethod.Post, "/api/notes/")
                { Content = JsonContent.Create(new { text = " ", divisionCode = TestDistricts.VillageOfWansheng }) }, HttpStatusCode.BadRequest),
            ("malformed", writer, () => new HttpRequestMessage(HttpMethod.Post, "/api/notes/")
                { Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json") }, HttpStatusCode.BadRequest),
        };

        foreach (var (name, client, request, status) in cases)
        {
            var requestId = $"req-{name}-{Guid.NewGuid():N}";
            using var message = request();
            message.Headers.Add("X-Request-Id", requestId);

            var response = await client.SendAsync(message);

            var problem = await ProblemAssert.IsProblemAsync(response, status);
            Assert.Equal(requestId, Assert.Single(response.Headers.GetValues("X-Request-Id")));
            Assert.Equal(requestId, problem.GetProperty("requestId").GetString());
        }

        // Without a caller's id the server makes one, and the header and body agree.
        var own = await clerkB.GetAsync("/api/notes/");
        var ownProblem = await ProblemAssert.IsProblemAsync(own, HttpStatusCode.NotFound);
        var serverId = Assert.Single(own.Headers.GetValues("X-Request-Id"));
        Assert.False(string.IsNullOrWhiteSpace(serverId));
        Assert.Equal(serverId, ownProblem.GetProperty("requestId").GetString());

        // A hostile id (header injection, overlong) is not echoed.
        using var hostile = new HttpRequestMessage(HttpMethod.Get, "/api/notes/");
        hostile.Headers.TryAddWithoutValidation("X-Request-Id", new string('x', 65));
        var hostileResponse = await clerkB.SendAsync(hostile);
        Assert.NotEqual(new string('x', 65), Assert.Single(hostileResponse.Headers.GetValues("X-Request-Id")));
    }

    [Fact]
    public async Task Anonymous_caller_gets_a_401_problem_detail_with_the_request_id()
    {
        await using var host = await ModuleTestHost.StartAsync(BothModules());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notes/");
        request.Headers.Add("X-Request-Id", "anonymous-1");

        var response = await host.CreateClient().SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("anonymous-1", problem.GetProperty("requestId").GetString());
        Assert.Equal("anonymous-1", Assert.Single(response.Headers.GetValues("X-Request-Id")));
    }
}
