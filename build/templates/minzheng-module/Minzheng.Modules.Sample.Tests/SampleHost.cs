using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Sample.Tests;

/// <summary>
/// The real host with the module loaded as a plugin from its build output, on a fake clock at 10:00 in Beijing on
/// 2026-06-01. One host per test class (<c>IClassFixture</c>): tests make their own records and so never see each other's.
/// </summary>
public sealed class SampleHost : IAsyncLifetime
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
        _host = await ModuleTestHost.StartAsync(new ModuleTestHostOptions { Clock = Clock }.AddModule<SampleModule>());

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
    public static readonly TestStaff WanshengClerk = TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng,
        SamplePermissions.Read, SamplePermissions.Accept, SamplePermissions.Close);

    public static readonly TestStaff DonglinClerk = TestStaff.Town(TestDistricts.First, TestDistricts.TownDonglin,
        SamplePermissions.Read, SamplePermissions.Accept, SamplePermissions.Close);

    public static readonly TestStaff Reader = TestStaff.District(TestDistricts.First, SamplePermissions.Read);

    public static readonly TestStaff Auditor = TestStaff.District(TestDistricts.First, PlatformPermissions.AuditRead);

    /// <summary>Every permission of the module, in the district that does not enable it.</summary>
    public static readonly TestStaff Elsewhere = TestStaff.District(TestDistricts.Second, [.. SamplePermissions.All]);
}

/// <summary>The module's calls the tests repeat.</summary>
internal static class SampleApi
{
    public static Task<HttpResponseMessage> FileAsync(this HttpClient client, string name = "张三", string village = TestDistricts.VillageOfWansheng, string? idNumber = null) =>
        client.PostAsJsonAsync("/api/sample/applications", new { applicantName = name, idNumber = idNumber ?? SyntheticIds.NextIdNumber(), divisionCode = village, subject = "申请办理示例事项" });
}

/// <summary>What the module wrote, read below the API.</summary>
internal static class SampleDatabase
{
    /// <summary>The payloads of the events the module published with <paramref name="eventName"/>, oldest first.</summary>
    public static Task<List<JsonElement>> OutboxAsync(this SampleHost host, string eventName) => host.Host.OutboxAsync(TestDistricts.First, "sample", eventName);
}
