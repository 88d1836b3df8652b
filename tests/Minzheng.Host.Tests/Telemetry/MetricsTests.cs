using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Host.Tests.Api;
using Minzheng.Host.Tests.Events;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Telemetry;

/// <summary>
/// Operators see each instance through OpenTelemetry: <c>/metrics</c> answers Prometheus' text to the monitoring system's
/// permission only, with the request metrics and the platform's own — how far behind an outbox is (a message backing off
/// after a failed delivery waits too) and how late a job's due run is.
/// </summary>
/// <remarks>
/// Alone in its collection: the meters of hosts running at the same time in this process would add their series to the
/// scrape, and the figures here are exact.
/// </remarks>
[Collection(nameof(MetricsCollection))]
public sealed class MetricsTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static Task<ModuleTestHost> StartAsync(FakeTimeProvider clock) => ModuleTestHost.StartAsync(new ModuleTestHostOptions
    {
        ModuleFolders = { FixtureModules.Notes, FixtureModules.Echo },
        Clock = clock,
    });

    [Fact]
    public async Task Metrics_are_scraped_only_with_their_permission_and_hold_the_request_metrics()
    {
        await using var host = await StartAsync(new FakeTimeProvider(Start));

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync("/metrics")).StatusCode);
        var staff = host.CreateClient(TestStaff.District(TestDistricts.First, [.. PlatformPermissions.All.Select(p => p.Name).Where(p => p != PlatformPermissions.MetricsRead)]));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/metrics")).StatusCode);

        var monitor = host.CreateClient(TestStaff.District(TestDistricts.First, PlatformPermissions.MetricsRead));
        var response = await monitor.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        // The refused scrapes above are requests too: ASP.NET Core's duration histogram counts them.
        Assert.Contains("http_server_request_duration_seconds_count", text);
    }

    [Fact]
    public async Task The_outbox_lag_is_the_age_of_the_oldest_event_not_yet_delivered_including_one_backing_off_after_a_failure()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await StartAsync(clock);
        var monitor = host.CreateClient(TestStaff.District(TestDistricts.First, PlatformPermissions.MetricsRead));
        var clerk = host.CreateClient(TestStaff.District(TestDistricts.First, "notes.read", "notes.write", "echo.read"));
        var failures = EchoFailures.Switch(host);
        try
        {
            await clerk.CreateNoteAsync("监控积压", TestDistricts.VillageOfWansheng);
            clock.Advance(TimeSpan.FromSeconds(100));
            failures.SetValue(null, 1);
            Assert.Equal(1, await host.DispatchEventsAsync());
            Assert.Equal(100, await ValueAsync(monitor, "minzheng_outbox_lag_seconds", ("district", TestDistricts.First), ("module", "notes")));
            Assert.Equal(1, await ValueAsync(monitor, "minzheng_outbox_failed_total", ("district", TestDistricts.First), ("module", "notes")));

            // Backing off, not due: it still waits, and the lag grows with the clock.
            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(0, await host.DispatchEventsAsync());
            Assert.Equal(101, await ValueAsync(monitor, "minzheng_outbox_lag_seconds", ("district", TestDistricts.First), ("module", "notes")));

            clock.Advance(TimeSpan.FromSeconds(2));
            Assert.Equal(1, await host.DispatchEventsAsync());
            Assert.Equal(0, await ValueAsync(monitor, "minzheng_outbox_lag_seconds", ("district", TestDistricts.First), ("module", "notes")));
            Assert.Equal(1, await ValueAsync(monitor, "minzheng_outbox_delivered_total", ("district", TestDistricts.First), ("module", "notes")));
        }
        finally
        {
            failures.SetValue(null, 0);
        }
    }

    [Fact]
    public async Task The_job_lag_grows_while_a_due_run_waits_and_is_zero_once_it_ran()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await StartAsync(clock);
        var monitor = host.CreateClient(TestStaff.District(TestDistricts.First, PlatformPermissions.MetricsRead));
        const string job = "Minzheng.Fixtures.Echo.EchoJob";

        Assert.True(await host.RunJobsAsync() > 0);
        Assert.Equal(0, await ValueAsync(monitor, "minzheng_jobs_lag_seconds", ("job", job), ("district", TestDistricts.First)));

        // The echo job runs hourly: 90 minutes on, its run has waited half an hour.
        clock.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal(1800, await ValueAsync(monitor, "minzheng_jobs_lag_seconds", ("job", job), ("district", TestDistricts.First)));

        Assert.True(await host.RunJobsAsync() > 0);
        Assert.Equal(0, await ValueAsync(monitor, "minzheng_jobs_lag_seconds", ("job", job), ("district", TestDistricts.First)));
        Assert.Equal(2, await ValueAsync(monitor, "minzheng_jobs_runs_total", ("job", job), ("district", TestDistricts.First), ("outcome", "ok")));
    }

    /// <summary>The value of the one series of <paramref name="metric"/> carrying all of <paramref name="labels"/> in a scrape.</summary>
    private static async Task<double> ValueAsync(HttpClient monitor, string metric, params (string Name, string Value)[] labels)
    {
        var text = await (await monitor.GetAsync("/metrics")).Content.ReadAsStringAsync();
        var series = text.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal))
            .Where(line => labels.All(l => line.Contains($"{l.Name}=\"{l.Value}\"", StringComparison.Ordinal)))
            .ToList();
        Assert.True(series.Count == 1, $"{series.Count} series of {metric} with {string.Join(", ", labels)} in:\n{text}");
        // name{labels} value [timestamp]
        var value = series[0][(series[0].LastIndexOf('}') + 1)..].Trim().Split(' ')[0];
        return double.Parse(value, CultureInfo.InvariantCulture);
    }
}

/// <summary>Runs the metrics tests alone, after the others.</summary>
[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;
