using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>
/// The real host with the module loaded as a plugin from its build output, on a fake clock at 10:00 in Beijing on
/// 2026-06-01. One host per test class (<c>IClassFixture</c>): tests make their own records and so never see each other's.
/// </summary>
public sealed class SocialOrgHost : IAsyncLifetime
{
    /// <summary>2026-06-01 10:00 in Beijing.</summary>
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The host's clock.</summary>
    public FakeTimeProvider Clock { get; } = new(Start);

    private ModuleTestHost? _host;

    /// <summary>The running host.</summary>
    public ModuleTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync() =>
        _host = await ModuleTestHost.StartAsync(new ModuleTestHostOptions { Clock = Clock }.AddModule<SocialOrgModule>());

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
    /// <summary>The registration authority's officer, who may also confirm a code that fails the checks.</summary>
    public static readonly TestStaff Registrar = TestStaff.District(TestDistricts.First, SocialOrgPermissions.Read, SocialOrgPermissions.Register,
        SocialOrgPermissions.OverrideCreditCode, SocialOrgPermissions.SocialWork, SocialOrgPermissions.Supervise, SocialOrgPermissions.AnnualReport,
        SocialOrgPermissions.Inspect, SocialOrgPermissions.Evaluate, PlatformPermissions.PlanRead) with
    { Name = "登记员" };

    public static readonly TestStaff PlainRegistrar = TestStaff.District(TestDistricts.First, SocialOrgPermissions.Read, SocialOrgPermissions.Register);

    public static readonly TestStaff WanshengClerk = TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng,
        SocialOrgPermissions.Read, SocialOrgPermissions.Register, SocialOrgPermissions.SocialWork, SocialOrgPermissions.Supervise, SocialOrgPermissions.AnnualReport,
        SocialOrgPermissions.Inspect, SocialOrgPermissions.Evaluate, PlatformPermissions.PlanRead);

    public static readonly TestStaff Auditor = TestStaff.District(TestDistricts.First, PlatformPermissions.AuditRead);

    /// <summary>Every permission of the module, in the district that does not enable it.</summary>
    public static readonly TestStaff Elsewhere = TestStaff.District(TestDistricts.Second, [.. SocialOrgPermissions.All]);
}

/// <summary>The module's calls the tests repeat.</summary>
internal static class SocialOrgApi
{
    private static int _counter;

    /// <summary>A valid synthetic credit code of the civil-affairs category <paramref name="category"/> registered in 500110, a new one each call.</summary>
    public static string NextCreditCode(char category = '1')
    {
        var n = Interlocked.Increment(ref _counter);
        var first17 = $"5{category}500110MJ{n:D7}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, string? code = null, string type = "social-group", string? name = null,
        string village = TestDistricts.VillageOfWansheng, string? creditCodeOverride = null, DateOnly? registeredOn = null) =>
        client.PostAsJsonAsync("/api/socialorg/organisations", new
        {
            type, name = name ?? $"万盛测试协会{Guid.NewGuid():N}"[..14], creditCode = code ?? NextCreditCode(), creditCodeOverride,
            legalRepresentativeName = "张会长", legalRepresentativeIdNumber = SyntheticIds.NextIdNumber(), businessScope = "开展公益服务",
            supervisingUnit = "区民政局", activityFunds = 3, address = "万盛街道测试路1号", divisionCode = village, registeredOn,
        });
}

/// <summary>What the module wrote, read below the API.</summary>
internal static class SocialOrgDatabase
{
    /// <summary>The payloads of the events the module published with <paramref name="eventName"/>, oldest first.</summary>
    public static Task<List<JsonElement>> OutboxAsync(this SocialOrgHost host, string eventName) => host.Host.OutboxAsync(TestDistricts.First, "socialorg", eventName);
}
