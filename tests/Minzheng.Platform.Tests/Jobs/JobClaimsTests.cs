using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Platform.Data;
using Minzheng.Platform.Jobs;
using Minzheng.Platform.Telemetry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Jobs;

/// <summary>
/// Each host instance claims a job's due run in a district through the database; between due times it
/// answers from the due time it last saw instead of asking every second.
/// </summary>
public sealed class JobClaimsTests : IAsyncLifetime
{
    private const string Job = "tests.job";
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private ModuleTestHost _host = null!;

    public async Task InitializeAsync() => _host = await PlatformTestHost.StartAsync(o => o.Clock = _clock);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Of_two_instances_one_runs_each_due_time_and_each_learns_the_others_claims()
    {
        var (a, b) = (Instance(), Instance());

        Assert.True(await a.TryClaimAsync(Job, TestDistricts.First, Interval, CancellationToken.None));
        Assert.False(await b.TryClaimAsync(Job, TestDistricts.First, Interval, CancellationToken.None));
        _clock.Advance(Interval);
        Assert.True(await b.TryClaimAsync(Job, TestDistricts.First, Interval, CancellationToken.None));
        // a last saw this moment as due: it asks, and finds b took it.
        Assert.False(await a.TryClaimAsync(Job, TestDistricts.First, Interval, CancellationToken.None));
        _clock.Advance(Interval - TimeSpan.FromSeconds(1));
        Assert.False(await a.TryClaimAsync(Job, TestDistricts.First, Interval, CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await a.TryClaimAsync(Job, TestDistricts.First, Interval, CancellationToken.None));
        // Districts are scheduled apart.
        Assert.True(await b.TryClaimAsync(Job, TestDistricts.Second, Interval, CancellationToken.None));
    }

    [Fact]
    public async Task Before_the_due_time_it_has_seen_an_instance_does_not_ask_the_database()
    {
        var a = Instance();
        Assert.True(await a.TryClaimAsync(Job, TestDistricts.First, Interval, CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(1));
        // Made due in the database behind a's back: only an instance that asks can see it.
        await using (var db = _host.Services.GetRequiredService<Func<PlatformDbContext>>()())
        {
            await db.JobSchedules.Where(s => s.Job == Job).ExecuteUpdateAsync(s => s.SetProperty(x => x.NextRunAt, _clock.GetUtcNow()));
        }

        Assert.False(await a.TryClaimAsync(Job, TestDistricts.First, Interval, CancellationToken.None));
        Assert.True(await Instance().TryClaimAsync(Job, TestDistricts.First, Interval, CancellationToken.None));
    }

    // Another instance on the same database: its own claims, the host's metrics (they only record what it learns).
    private JobClaims Instance() => new(_host.Services.GetRequiredService<Func<PlatformDbContext>>(), _host.Services.GetRequiredService<PlatformMetrics>(), _clock);
}
