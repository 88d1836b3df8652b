using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Charity.Tests;

/// <summary>
/// The real host with the module loaded as a plugin from its build output, beside socialorg (its manifest dependency, whose
/// events fill the module's copy of the register), on a fake clock at 10:00 in Beijing on 2026-06-01. One host per test
/// class (<c>IClassFixture</c>): tests make their own records and so never see each other's.
/// </summary>
public sealed class CharityHost : IAsyncLifetime
{
    /// <summary>2026-06-01 10:00 in Beijing.</summary>
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The host's clock.</summary>
    public FakeTimeProvider Clock { get; } = new(Start);

    private ModuleTestHost? _host;

    /// <summary>The running host.</summary>
    public ModuleTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>Settings of the module (<c>Modules:charity:…</c>) a test class starts its host with.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var options = new ModuleTestHostOptions { Clock = Clock }.AddModule<CharityModule>().AddModule("socialorg");
        foreach (var (key, value) in Settings) options.Settings[key] = value;
        _host = await ModuleTestHost.StartAsync(options);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        // Also called when the start failed: then there is nothing to stop.
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>A client signed in as <paramref name="staff"/>.</summary>
    public HttpClient Client(TestStaff staff) => Host.CreateClient(staff);
}

/// <summary>The staff the tests act as.</summary>
internal static class Staff
{
    /// <summary>The district's charity officer: every permission of the module.</summary>
    public static readonly TestStaff Officer = TestStaff.District(TestDistricts.First, [.. CharityPermissions.All, PlatformPermissions.PlanRead]);

    /// <summary>A 万盛街道 clerk who records donations and issues receipts.</summary>
    public static readonly TestStaff WanshengClerk = TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng,
        CharityPermissions.Read, CharityPermissions.RecordDonations, CharityPermissions.Receipts);

    /// <summary>The same in 东林街道.</summary>
    public static readonly TestStaff DonglinClerk = TestStaff.Town(TestDistricts.First, TestDistricts.TownDonglin,
        CharityPermissions.Read, CharityPermissions.RecordDonations, CharityPermissions.Receipts);

    public static readonly TestStaff Reader = TestStaff.District(TestDistricts.First, CharityPermissions.Read);

    public static readonly TestStaff Auditor = TestStaff.District(TestDistricts.First, PlatformPermissions.AuditRead);

    /// <summary>socialorg's registrar (the publisher's permissions, by name: this project never references that module).</summary>
    public static readonly TestStaff Registrar = TestStaff.District(TestDistricts.First, "socialorg.read", "socialorg.register", "socialorg.supervise");

    /// <summary>Every permission of the module, in the district that does not enable it.</summary>
    public static readonly TestStaff Elsewhere = TestStaff.District(TestDistricts.Second, [.. CharityPermissions.All]);
}

/// <summary>socialorg's calls the tests make to fill the module's copy, each followed by the delivery of its events.</summary>
internal static class SocialOrgApi
{
    /// <summary>Registers an organisation in socialorg and delivers its event; answers socialorg's record.</summary>
    public static async Task<JsonElement> RegisterOrganisationAsync(this CharityHost host, string type = "foundation", string village = TestDistricts.VillageOfWansheng,
        DateOnly? registeredOn = null, string? name = null)
    {
        var registered = await (await host.Client(Staff.Registrar).PostAsJsonAsync("/api/socialorg/organisations", new
        {
            type, name = name ?? $"万盛测试慈善会{Guid.NewGuid():N}"[..14], creditCode = SyntheticIds.NextCreditCode(type == "foundation" ? '3' : type == "social-group" ? '1' : '2'),
            legalRepresentativeName = "张会长", legalRepresentativeIdNumber = SyntheticIds.NextIdNumber(), businessScope = "开展扶贫济困等慈善活动",
            supervisingUnit = "区民政局", activityFunds = 200, address = "万盛街道测试路1号", divisionCode = village, registeredOn = registeredOn ?? new DateOnly(2024, 3, 1),
        })).JsonAsync(HttpStatusCode.Created);
        await host.Host.DispatchEventsAsync();
        return registered;
    }

    /// <summary>Puts the organisation on a credit list in socialorg; answers the entry.</summary>
    public static async Task<JsonElement> ListAsync(this CharityHost host, string organisationId, string list = "abnormal", string? enteredOn = null)
    {
        var entry = await (await host.Client(Staff.Registrar).PostAsJsonAsync($"/api/socialorg/organisations/{organisationId}/list-entries",
            new { list, cause = "未按规定报送年度工作报告", decisionNumber = "万民社字〔2026〕1号", enteredOn })).JsonAsync(HttpStatusCode.Created);
        await host.Host.DispatchEventsAsync();
        return entry;
    }

    /// <summary>Records a penalty in socialorg.</summary>
    public static async Task PenaliseAsync(this CharityHost host, string organisationId, string decidedOn, string kind = "warning")
    {
        await (await host.Client(Staff.Registrar).PostAsJsonAsync($"/api/socialorg/organisations/{organisationId}/penalties",
            new { kind, facts = "未按规定开展活动", decisionNumber = "万民罚〔2025〕1号", decidedOn })).JsonAsync(HttpStatusCode.Created);
        await host.Host.DispatchEventsAsync();
    }

    /// <summary>Delivers socialorg's events again, as an at-least-once delivery may (their outbox rows marked undelivered).</summary>
    public static async Task RedeliverSocialOrgEventsAsync(this CharityHost host)
    {
        await using (var connection = await host.Host.OpenDatabaseAsync(TestDistricts.First, "socialorg"))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """UPDATE "__minzheng_outbox" SET "DispatchedAt" = NULL""";
            await command.ExecuteNonQueryAsync();
        }
        await host.Host.DispatchEventsAsync();
    }
}

/// <summary>What the module wrote, read below the API.</summary>
internal static class CharityDatabase
{
    /// <summary>The payloads of the events the module published with <paramref name="eventName"/>, oldest first.</summary>
    public static Task<List<JsonElement>> OutboxAsync(this CharityHost host, string eventName) => host.Host.OutboxAsync(TestDistricts.First, "charity", eventName);
}
