using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Data;

/// <summary>
/// Two host instances on one deployment's data, as behind a load balancer (on the engine of the run:
/// build/test.sh runs this on SQLite and on PostgreSQL): sign-ins are valid on both, and events and jobs
/// are handled once between them, not once each.
/// </summary>
public sealed class SeveralInstancesTests
{
    private const string AdminPassword = "Instances-Test-2026!";
    private static readonly string[] NotesAndEcho = ["notes.read", "notes.write", "echo.read"];

    [Fact]
    public async Task A_sign_in_on_one_instance_is_valid_on_the_other_and_not_on_another_deployment()
    {
        await using var first = await StartAsync(realSignIn: true);
        await using var second = await StartAsync(realSignIn: true, shareWith: first);
        await using var elsewhere = await StartAsync(realSignIn: true);

        var signIn = await first.CreateClient().PostAsJsonAsync("/api/platform/auth/sign-in", new { userName = "admin", password = AdminPassword });
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("minzheng.auth=", StringComparison.Ordinal));

        var me = await WithCookie(second, cookie).GetAsync("/api/platform/auth/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("admin", (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userName").GetString());

        // A deployment with keys of its own cannot read the cookie: the keys are what the instances share.
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(elsewhere, cookie).GetAsync("/api/platform/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Events_dispatched_by_both_instances_at_once_reach_the_handler_once_each()
    {
        await using var first = await StartAsync();
        await using var second = await StartAsync(shareWith: first);
        var clerk = first.CreateClient(TestStaff.District(TestDistricts.First, NotesAndEcho));
        const int notes = 30;
        for (var i = 0; i < notes; i++)
        {
            var created = await clerk.PostAsJsonAsync("/api/notes/", new { text = $"note {i:00}", divisionCode = TestDistricts.VillageOfWansheng });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var rounds = await Task.WhenAll(first.DispatchEventsAsync(), second.DispatchEventsAsync(), first.DispatchEventsAsync(), second.DispatchEventsAsync());

        Assert.Equal(notes, rounds.Sum());
        var received = await second.CreateClient(TestStaff.District(TestDistricts.First, NotesAndEcho)).GetFromJsonAsync<JsonElement[]>("/api/echo/received");
        Assert.Equal(notes, received!.Length);
        Assert.All(received, r => Assert.Equal(1, r.GetProperty("deliveries").GetInt32()));
    }

    [Fact]
    public async Task A_job_runs_once_per_interval_between_the_instances()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await using var first = await StartAsync(clock: clock);
        await using var second = await StartAsync(shareWith: first, clock: clock);
        var reader = second.CreateClient(TestStaff.District(TestDistricts.First, NotesAndEcho));

        var runs = await Task.WhenAll(first.RunJobsAsync(), second.RunJobsAsync(), first.RunJobsAsync(), second.RunJobsAsync());
        Assert.Equal(1, runs.Sum());
        Assert.Equal(1, await reader.GetFromJsonAsync<int>("/api/echo/job-runs"));

        clock.Advance(TimeSpan.FromHours(1));
        runs = await Task.WhenAll(second.RunJobsAsync(), first.RunJobsAsync());
        Assert.Equal(1, runs.Sum());
        Assert.Equal(2, await reader.GetFromJsonAsync<int>("/api/echo/job-runs"));
    }

    private static Task<ModuleTestHost> StartAsync(bool realSignIn = false, ModuleTestHost? shareWith = null, TimeProvider? clock = null)
    {
        var options = new ModuleTestHostOptions
        {
            ModuleFolders = { FixtureModules.Notes, FixtureModules.Echo },
            EnabledModules = new() { [TestDistricts.First] = ["notes", "echo"] },
            RealSignIn = realSignIn,
            ShareDataWith = shareWith,
            Clock = clock,
        };
        options.Settings["MINZHENG_ADMIN_PASSWORD"] = AdminPassword;
        return ModuleTestHost.StartAsync(options);
    }

    private static HttpClient WithCookie(ModuleTestHost host, string cookie)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
