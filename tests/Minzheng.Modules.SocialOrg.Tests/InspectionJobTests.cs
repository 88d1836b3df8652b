using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>The host with <c>Modules:socialorg:Inspection:ListOverdue</c> on, at 10:00 in Beijing on 2026-05-30 (before 2025's deadline).</summary>
public sealed class ListOverdueHost : IAsyncLifetime
{
    /// <summary>The host's clock.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 5, 30, 2, 0, 0, TimeSpan.Zero));

    private ModuleTestHost? _host;

    /// <summary>The running host.</summary>
    public ModuleTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var options = new ModuleTestHostOptions { Clock = Clock }.AddModule<SocialOrgModule>();
        options.Settings["Modules:socialorg:Inspection:ListOverdue"] = "true";
        _host = await ModuleTestHost.StartAsync(options);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}

/// <summary>The overdue job: after the deadline, an organisation whose report has not arrived goes on the 活动异常名录, once.</summary>
public sealed class InspectionJobTests(ListOverdueHost host) : IClassFixture<ListOverdueHost>
{
    [Fact]
    public async Task After_the_deadline_the_job_lists_the_overdue_once_and_leaves_the_reported_exempt_and_removed_alone()
    {
        var registrar = host.Host.CreateClient(Staff.Registrar);
        var late = await (await registrar.RegisterAsync(name: "逾期列入甲", registeredOn: new DateOnly(2024, 5, 1))).JsonAsync(HttpStatusCode.Created);
        var reported = await (await registrar.RegisterAsync(name: "逾期列入乙", registeredOn: new DateOnly(2024, 5, 1))).JsonAsync(HttpStatusCode.Created);
        var exempt = await (await registrar.RegisterAsync(name: "逾期列入丙", registeredOn: new DateOnly(2025, 10, 1))).JsonAsync(HttpStatusCode.Created);
        await (await registrar.PostAsJsonAsync("/api/socialorg/inspections",
            new { creditCode = reported.Text("creditCode"), year = 2025, income = 1, spending = 1, staffCount = 1, partyOrganisation = false })).JsonAsync(HttpStatusCode.Created);

        // Before the deadline (05-31): nothing.
        host.Clock.Advance(TimeSpan.FromHours(25));
        await host.Host.RunJobsAsync();
        Assert.Empty(await EntriesAsync(registrar, late));

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 1, 4, 0, 0, TimeSpan.Zero));  // 12:00, a day after the last run
        await host.Host.RunJobsAsync();
        var entry = Assert.Single(await EntriesAsync(registrar, late));
        Assert.Equal("未按规定报送2025年度年检报告", entry.Text("cause"));
        Assert.Equal("abnormal", entry.Text("list"));
        Assert.Empty(await EntriesAsync(registrar, reported));
        Assert.Empty(await EntriesAsync(registrar, exempt));

        // Removed by staff (the report arrived): the next day's run does not list it again for the same year.
        await (await registrar.PostAsJsonAsync($"/api/socialorg/list-entries/{entry.Id()}/remove/{entry.Version()}", new { reason = "已补报年检报告" })).JsonAsync();
        host.Clock.Advance(TimeSpan.FromHours(25));
        await host.Host.RunJobsAsync();
        Assert.Single(await EntriesAsync(registrar, late));
    }

    private static async Task<List<System.Text.Json.JsonElement>> EntriesAsync(HttpClient client, System.Text.Json.JsonElement organisation) =>
        [.. (await (await client.GetAsync("/api/socialorg/list-entries?pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Where(e => e.Text("organisationId") == organisation.Id())];
}
