using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Marriage.Tests.Support;

/// <summary>The real host with the marriage module loaded as a plugin, a fake clock and staff of each role.</summary>
internal sealed class MarriageHost : IAsyncDisposable
{
    /// <summary>Monday 2026-03-02, 10:00 in Beijing.</summary>
    public static readonly DateOnly FirstDay = new(2026, 3, 2);

    private MarriageHost(ModuleTestHost host, FakeTimeProvider clock)
    {
        Host = host;
        Clock = clock;
    }

    public ModuleTestHost Host { get; }
    public FakeTimeProvider Clock { get; }

    /// <summary>Every permission the module declares (generated from its module.json).</summary>
    public static string[] AllPermissions => [.. MarriagePermissions.All];

    /// <summary>
    /// Starts a host. Default calendar: 2026 Labour Day holiday (05-01..05-05), weekends are rest days.
    /// </summary>
    public static async Task<MarriageHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(At(FirstDay));
        var options = new ModuleTestHostOptions { Clock = clock }.AddModule<MarriageModule>();
        options.Settings["Modules:marriage:Offices:district-a:Code"] = "500110";
        options.Settings["Modules:marriage:Offices:district-a:Name"] = "测试区婚姻登记处";
        options.Settings["Modules:marriage:Holidays:0"] = "2026-05-01..2026-05-05";
        options.Settings["Modules:marriage:WorkingWeekendDays:0"] = "2026-05-09";
        options.Settings["Modules:marriage:AppointmentCapacity:marriage"] = "2";
        foreach (var (key, value) in settings ?? [])
        {
            options.Settings[key] = value;
        }
        return new MarriageHost(await ModuleTestHost.StartAsync(options), clock);
    }

    /// <summary>10:00 Beijing time on <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

    /// <summary>Moves the clock forward to 10:00 Beijing on <paramref name="day"/>.</summary>
    public void SetToday(DateOnly day) => Clock.SetUtcNow(At(day));

    /// <summary>A district-level account with <paramref name="permissions"/> (all of the module's by default).</summary>
    public HttpClient Staff(params string[] permissions) =>
        Host.CreateClient(TestStaff.District(TestDistricts.First, permissions.Length == 0 ? AllPermissions : permissions));

    /// <summary>A town clerk of 万盛街道.</summary>
    public HttpClient TownClerk(params string[] permissions) =>
        Host.CreateClient(TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng, permissions.Length == 0 ? AllPermissions : permissions));

    /// <summary>The payloads of the module's outbox events named <paramref name="eventName"/>.</summary>
    public List<JsonElement> Outbox(string eventName) => Host.OutboxAsync(TestDistricts.First, "marriage", eventName).GetAwaiter().GetResult();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

/// <summary>JSON helpers for the API's answers.</summary>
internal static class Json
{
    public static async Task<JsonElement> ReadAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>());

    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString() ?? "";

    public static int Int(this JsonElement element, string name) => element.GetProperty(name).GetInt32();

    /// <summary>The messages of a validation problem for one field.</summary>
    public static string[] Errors(this JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? messages.EnumerateArray().Select(m => m.GetString() ?? "").ToArray()
            : [];
}
