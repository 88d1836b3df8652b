using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Volunteer.Tests;

/// <summary>
/// The real host with the module loaded as a plugin from its build output, on a fake clock at 10:00 in Beijing on
/// 2026-06-01. One host per test class (<c>IClassFixture</c>): tests make their own records and so never see each other's.
/// </summary>
public class VolunteerHost : IAsyncLifetime
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
        var options = new ModuleTestHostOptions { Clock = Clock }.AddModule<VolunteerModule>();
        Configure(options.Settings);
        _host = await ModuleTestHost.StartAsync(options);
    }

    /// <summary>Configuration a test class needs beyond the defaults (<c>Modules:volunteer:…</c>).</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
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
    public static readonly TestStaff WanshengClerk = TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng, [.. VolunteerPermissions.All]);

    public static readonly TestStaff DonglinClerk = TestStaff.Town(TestDistricts.First, TestDistricts.TownDonglin, [.. VolunteerPermissions.All]);

    public static readonly TestStaff Officer = TestStaff.District(TestDistricts.First, [.. VolunteerPermissions.All, PlatformPermissions.PlanRead]);

    /// <summary>Records hours but may not confirm them.</summary>
    public static readonly TestStaff Recorder = TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng,
        VolunteerPermissions.Read, VolunteerPermissions.Hours, VolunteerPermissions.Activities);

    public static readonly TestStaff Reader = TestStaff.District(TestDistricts.First, VolunteerPermissions.Read);

    public static readonly TestStaff Auditor = TestStaff.District(TestDistricts.First, PlatformPermissions.AuditRead);

    /// <summary>Every permission of the module, in the district that does not enable it.</summary>
    public static readonly TestStaff Elsewhere = TestStaff.District(TestDistricts.Second, [.. VolunteerPermissions.All]);
}

/// <summary>The module's calls the tests repeat.</summary>
internal static class VolunteerApi
{
    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, string name = "张志愿", string village = TestDistricts.VillageOfWansheng,
        string? idNumber = null, string? guardianName = null, bool? consent = null) =>
        client.PostAsJsonAsync("/api/volunteer/volunteers", new
        {
            idNumber = idNumber ?? SyntheticIds.NextIdNumber(), name, phone = "13800138000", skills = "急救", availability = "周末", serviceAreas = "助老", divisionCode = village,
            guardianName, guardianPhone = guardianName is null ? null : "13900139000", guardianConsent = consent,
        });

    /// <summary>Registers an adult volunteer and answers them.</summary>
    public static async Task<JsonElement> NewVolunteerAsync(this HttpClient client, string village = TestDistricts.VillageOfWansheng, string name = "张志愿") =>
        await (await client.RegisterAsync(name, village)).JsonAsync(HttpStatusCode.Created);

    /// <summary>An activity from <paramref name="start"/> for <paramref name="hours"/> hours with one position of <paramref name="wanted"/>.</summary>
    public static async Task<JsonElement> NewActivityAsync(this HttpClient client, DateTimeOffset start, double hours = 3, int wanted = 5, bool minors = false,
        int? minimumAge = null, string village = TestDistricts.VillageOfWansheng, string title = "社区助老服务") =>
        await (await client.PostAsJsonAsync("/api/volunteer/activities", new
        {
            title, organiser = "万新社区居民委员会", divisionCode = village, place = "万新社区活动室", startsAt = start, endsAt = start.AddHours(hours),
            description = "陪伴老人、打扫卫生", positionName = "陪伴员", wanted, suitableForMinors = minors, minimumAge,
        })).JsonAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> SignUpAsync(this HttpClient client, JsonElement activity, JsonElement volunteer, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.PostAsJsonAsync($"/api/volunteer/activities/{activity.Id()}/sign-ups", new { volunteerNumber = volunteer.Text("number") })).JsonAsync(expected);

    public static string SignUpId(this JsonElement activity, JsonElement volunteer) =>
        activity.GetProperty("signUps").EnumerateArray().Last(s => s.Text("volunteerId") == volunteer.Id()).Id();

    /// <summary>Hours entered by hand for <paramref name="volunteer"/>, <paramref name="daysAgo"/> days before the host's today.</summary>
    public static async Task<JsonElement> EnterHoursAsync(this HttpClient client, VolunteerHost host, JsonElement volunteer, decimal hours, int daysAgo = 1,
        string kind = "service") =>
        await (await client.PostAsJsonAsync("/api/volunteer/hours", new
        {
            volunteerNumber = volunteer.Text("number"), kind, date = host.Clock.GetUtcNow().AddDays(-daysAgo).ToString("yyyy-MM-dd"), hours, content = "社区环境整治",
            organiser = "万新社区居民委员会",
        })).JsonAsync(HttpStatusCode.Created);

    /// <summary>The volunteer's star awards and proposals, latest first.</summary>
    public static async Task<List<JsonElement>> StarAwardsAsync(this HttpClient client, JsonElement volunteer) =>
        [.. (await (await client.GetAsync($"/api/volunteer/stars?volunteerId={volunteer.Id()}")).JsonAsync()).GetProperty("items").EnumerateArray()];
}

/// <summary>What the module wrote, read below the API.</summary>
internal static class VolunteerDatabase
{
    /// <summary>The payloads of the events the module published with <paramref name="eventName"/>, oldest first.</summary>
    public static Task<List<JsonElement>> OutboxAsync(this VolunteerHost host, string eventName) => host.Host.OutboxAsync(TestDistricts.First, "volunteer", eventName);
}
