using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>
/// The real host with the module loaded as a plugin from its build output, on a fake clock at 10:00 in Beijing on
/// 2026-06-01. One host per test class (<c>IClassFixture</c>): tests make their own records and so never see each other's.
/// A derived host sets configuration (<see cref="Configure"/>).
/// </summary>
public class LotteryHost : IAsyncLifetime
{
    /// <summary>2026-06-01 10:00 in Beijing.</summary>
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The host's clock.</summary>
    public FakeTimeProvider Clock { get; } = new(Start);

    private ModuleTestHost? _host;

    /// <summary>The running host.</summary>
    public ModuleTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var options = new ModuleTestHostOptions { Clock = Clock }.AddModule<LotteryModule>();
        Configure(options);
        _host = await ModuleTestHost.StartAsync(options);
    }

    /// <summary>Sets the host's configuration before it starts (<c>options.Settings["Modules:lottery:…"]</c>); nothing by default.</summary>
    protected virtual void Configure(ModuleTestHostOptions options)
    {
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
    public static readonly TestStaff WanshengClerk = TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng,
        LotteryPermissions.Read, LotteryPermissions.Apply, LotteryPermissions.Decide, LotteryPermissions.Sales, PlatformPermissions.PlanRead,
        LotteryPermissions.Inspect, LotteryPermissions.Penalise, LotteryPermissions.Contracts, LotteryPermissions.Terminals);

    public static readonly TestStaff Officer = TestStaff.District(TestDistricts.First,
        LotteryPermissions.Read, LotteryPermissions.Apply, LotteryPermissions.Decide, LotteryPermissions.Schools, LotteryPermissions.Sales, PlatformPermissions.PlanRead,
        LotteryPermissions.Inspect, LotteryPermissions.Penalise, LotteryPermissions.Contracts, LotteryPermissions.Terminals);

    /// <summary>Every permission of the module, in the district that does not enable it.</summary>
    public static readonly TestStaff Elsewhere = TestStaff.District(TestDistricts.Second, [.. LotteryPermissions.All]);
}

/// <summary>The module's calls the tests repeat.</summary>
internal static class LotteryApi
{
    private static int _counter;

    /// <summary>A point <paramref name="northMeters"/> north and <paramref name="eastMeters"/> east of a base point in 万盛 (about 28.96° N, 106.92° E).</summary>
    public static (double Lat, double Lon) Near(double northMeters, double eastMeters = 0) =>
        (28.96 + northMeters / 111_195.0, 106.92 + eastMeters / (111_195.0 * Math.Cos(28.96 * Math.PI / 180)));

    public static Task<HttpResponseMessage> ApplyAsync(this HttpClient client, double northMeters, string kind = "dedicated", string village = TestDistricts.VillageOfWansheng,
        double eastMeters = 0, string? stationNumber = null, string? operatorIdNumber = null)
    {
        var (lat, lon) = Near(northMeters, eastMeters);
        return client.PostAsJsonAsync("/api/lottery/outlets", new
        {
            name = $"投注站{Interlocked.Increment(ref _counter)}", kind, operatorName = "李业主", operatorIdNumber = operatorIdNumber ?? SyntheticIds.NextIdNumber(), address = "万盛街道测试路1号",
            divisionCode = village, latitude = lat, longitude = lon, premises = "自有门面30平方米", stationNumber,
        });
    }
}

/// <summary>What the module wrote, read below the API.</summary>
internal static class LotteryDatabase
{
    /// <summary>The payloads of the events the module published with <paramref name="eventName"/>, oldest first.</summary>
    public static Task<List<JsonElement>> OutboxAsync(this LotteryHost host, string eventName) => host.Host.OutboxAsync(TestDistricts.First, "lottery", eventName);
}
