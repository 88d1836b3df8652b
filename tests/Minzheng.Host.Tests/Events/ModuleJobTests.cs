using System.Net;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Host.Tests.Api;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Events;

/// <summary>A module's job runs at its interval on the host's clock, for each district that enables the module only.</summary>
public sealed class ModuleJobTests
{
    [Fact]
    public async Task Echo_job_runs_per_enabling_district_and_again_only_after_its_interval()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        await using var host = await ModuleTestHost.StartAsync(new ModuleTestHostOptions
        {
            ModuleFolders = { FixtureModules.Notes, FixtureModules.Echo },
            EnabledModules = new() { [TestDistricts.First] = ["notes", "echo"], [TestDistricts.Second] = ["notes"] },
            Clock = clock,
        });
        var a = host.CreateClient(TestStaff.District(TestDistricts.First, "echo.read"));
        var b = host.CreateClient(TestStaff.District(TestDistricts.Second, "echo.read", PlatformPermissions.ModulesManage));

        Assert.Equal(1, await host.RunJobsAsync());
        Assert.Equal(1, await JobRunsAsync(a));

        // district-b did not enable echo, so the job did not run there: its database is untouched.
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync("/api/echo/job-runs")).StatusCode);
        await ProblemAssert.OkJsonAsync(await b.PutAsync($"/api/platform/districts/{TestDistricts.Second}/modules/echo", null));
        Assert.Equal(0, await JobRunsAsync(b));

        // A district that enables the module has its first run at the next round, then keeps its own interval.
        Assert.Equal(1, await host.RunJobsAsync());
        Assert.Equal(1, await JobRunsAsync(b));
        Assert.Equal(0, await host.RunJobsAsync());
        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await host.RunJobsAsync());
        Assert.Equal(1, await JobRunsAsync(a));
        Assert.Equal(1, await JobRunsAsync(b));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await host.RunJobsAsync());
        Assert.Equal(2, await JobRunsAsync(a));
        Assert.Equal(2, await JobRunsAsync(b));
        Assert.Equal(0, await host.RunJobsAsync());
    }

    [Fact]
    public async Task Echo_job_runs_in_a_later_district_when_the_first_district_does_not_enable_echo()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        await using var host = await ModuleTestHost.StartAsync(new ModuleTestHostOptions
        {
            ModuleFolders = { FixtureModules.Notes, FixtureModules.Echo },
            EnabledModules = new() { [TestDistricts.First] = [], [TestDistricts.Second] = ["echo"] },
            Clock = clock,
        });
        var b = host.CreateClient(TestStaff.District(TestDistricts.Second, "echo.read"));

        Assert.Equal(1, await host.RunJobsAsync());
        Assert.Equal(1, await JobRunsAsync(b));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await host.RunJobsAsync());
        Assert.Equal(2, await JobRunsAsync(b));
    }

    private static async Task<int> JobRunsAsync(HttpClient client) => (await client.GetOkJsonAsync("/api/echo/job-runs")).GetInt32();
}
