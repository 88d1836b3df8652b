using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Disability.Tests.Api;

/// <summary>
/// The real host with the module loaded as a plugin, on a fake clock starting 2026-06-01 10:00 in Beijing.
/// Tests use fresh synthetic residents, so those sharing a host do not see each other's people.
/// </summary>
public sealed class DisabilityHost : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public ModuleTestHost Host { get; private set; } = null!;

    public DateOnly Today => Clock.BeijingToday();

    /// <summary>Module configuration of this host (<c>Modules:disability:…</c>), set before it starts.</summary>
    public Dictionary<string, string?> Settings { get; } = new() { ["Modules:disability:NoticeDays"] = "7" };

    public async Task InitializeAsync()
    {
        var options = new ModuleTestHostOptions { Clock = Clock }.AddModule<DisabilityModule>();
        foreach (var (key, value) in Settings) options.Settings[key] = value;
        Host = await ModuleTestHost.StartAsync(options);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public HttpClient Client(TestStaff staff) => Host.CreateClient(staff);

    public void Advance(int days) => Clock.Advance(TimeSpan.FromDays(days));

    /// <summary>Moves the clock to 10:00 in Beijing on <paramref name="day"/>.</summary>
    public void SetToday(DateOnly day) => Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
}

/// <summary>The staff the tests act as, by level.</summary>
internal static class Staff
{
    private const string D = TestDistricts.First;

    public static readonly TestStaff Registrar = TestStaff.District(D, PlatformPermissions.RegistryRead, PlatformPermissions.RegistryWrite) with { Id = "registrar" };

    public static readonly TestStaff VillageClerk = TestStaff.Village(D, TestDistricts.VillageOfWansheng, DisabilityPermissions.Apply, DisabilityPermissions.Read, DisabilityPermissions.Discover);

    public static readonly TestStaff TownClerk = TestStaff.Town(D, TestDistricts.TownWansheng, DisabilityPermissions.Apply, DisabilityPermissions.Review, DisabilityPermissions.Read, DisabilityPermissions.Discover);

    public static readonly TestStaff DonglinClerk = TestStaff.Town(D, TestDistricts.TownDonglin, DisabilityPermissions.Apply, DisabilityPermissions.Review, DisabilityPermissions.Read, DisabilityPermissions.Discover);

    public static readonly TestStaff Officer = TestStaff.District(D, DisabilityPermissions.Decide, DisabilityPermissions.Read, DisabilityPermissions.Roster, DisabilityPermissions.RosterApprove,
        DisabilityPermissions.Review, DisabilityPermissions.Apply, DisabilityPermissions.Discover) with
    { Id = "officer", Name = "区经办人" };

    public static readonly TestStaff Checker = TestStaff.District(D, DisabilityPermissions.Read, DisabilityPermissions.Roster, DisabilityPermissions.RosterApprove) with { Id = "checker", Name = "区审核人" };
}

/// <summary>Synthetic residents in the registry, through the platform's registry API.</summary>
internal static class Registry
{
    /// <summary>A resident with a certificate (category code name, grade, valid until) and optionally 低保 from 2025.</summary>
    public static async Task<(string Id, string IdNumber)> PersonAsync(this DisabilityHost host, string village = TestDistricts.VillageOfWansheng,
        string category = "肢体", int grade = 1, DateOnly? validUntil = null, bool dibao = true, string name = "测试残疾人", string? welfare = null)
    {
        var client = host.Client(Staff.Registrar);
        var idNumber = SyntheticIds.NextIdNumber();
        var created = await client.PostAsJsonAsync("/api/platform/registry/persons",
            new { idNumber, name, ethnicity = "汉族", hukouType = "农村", divisionCode = village, address = "测试路1号" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var code = category switch { "视力" => 1, "听力" => 2, "言语" => 3, "肢体" => 4, "智力" => 5, "精神" => 6, _ => 7 };
        var certificate = await client.PostAsJsonAsync($"/api/platform/registry/persons/{id}/disability-certificates",
            new { number = $"{idNumber}{code}{grade}", category, grade, issuedOn = new DateOnly(2020, 1, 1), validUntil = validUntil ?? new DateOnly(2030, 1, 1) });
        Assert.Equal(HttpStatusCode.Created, certificate.StatusCode);
        if (dibao || welfare is not null)
        {
            var status = await client.PostAsJsonAsync($"/api/platform/registry/persons/{id}/welfare-statuses", new { kind = welfare ?? "低保", startsOn = new DateOnly(2025, 1, 1) });
            Assert.Equal(HttpStatusCode.Created, status.StatusCode);
        }
        return (id, idNumber);
    }

    /// <summary>Ends the resident's open 低保 status on <paramref name="endsOn"/>.</summary>
    public static async Task EndDibaoAsync(this DisabilityHost host, string personId, DateOnly endsOn)
    {
        var client = host.Client(Staff.Registrar);
        var statuses = await client.GetFromJsonAsync<JsonElement>($"/api/platform/registry/persons/{personId}/welfare-statuses");
        var open = statuses.EnumerateArray().First(s => s.GetProperty("endsOn").ValueKind == JsonValueKind.Null);
        var response = await client.PostAsJsonAsync($"/api/platform/registry/persons/{personId}/welfare-statuses/{open.GetProperty("id").GetString()}/end", new { endsOn });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Issues a further certificate (a new assessment).</summary>
    public static async Task AddCertificateAsync(this DisabilityHost host, string personId, string idNumber, string category, int code, int grade)
    {
        var response = await host.Client(Staff.Registrar).PostAsJsonAsync($"/api/platform/registry/persons/{personId}/disability-certificates",
            new { number = $"{idNumber}{code}{grade}", category, grade, issuedOn = host.Today, validUntil = host.Today.AddYears(5) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static Task RecordDeathAsync(this DisabilityHost host, string personId, DateOnly date) => host.RecordStatusAsync(personId, "deceased", date);

    public static Task RecordMovedOutAsync(this DisabilityHost host, string personId, DateOnly date) => host.RecordStatusAsync(personId, "moved-out", date);

    private static async Task RecordStatusAsync(this DisabilityHost host, string personId, string what, DateOnly date)
    {
        var client = host.Client(Staff.Registrar);
        var version = (await client.GetFromJsonAsync<JsonElement>($"/api/platform/registry/persons/{personId}")).GetProperty("version").GetInt32();
        var response = await client.PostAsJsonAsync($"/api/platform/registry/persons/{personId}/{what}", new { date, version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>The module's calls tests repeat.</summary>
internal static class DisabilityApi
{
    public static Task<HttpResponseMessage> ApplyAsync(this HttpClient client, string idNumber, string kind = "living", bool needsCare = true, DateOnly? appliedOn = null) =>
        client.PostAsJsonAsync("/api/disability/applications", new
        {
            idNumber, kind, appliedBy = "guardian", applicantName = "李四", appliedOn, needsLongTermCare = needsCare,
            bankName = "重庆农村商业银行", bankAccount = "6230" + idNumber[6..14] + "1234",
            documents = new[] { new { name = "残疾人证复印件", copies = 1 }, new { name = "户口簿复印件", copies = 1 } },
        });

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.JsonAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return problem;
    }

    public static string Status(this JsonElement element) => element.GetProperty("status").GetString()!;

    /// <summary>Applies, passes the town's review, waits out the notice and approves: an entitlement.</summary>
    public static async Task<JsonElement> ApprovedAsync(this DisabilityHost host, string idNumber, string kind = "living", DateOnly? appliedOn = null)
    {
        var application = await (await host.Client(Staff.VillageClerk).ApplyAsync(idNumber, kind, appliedOn: appliedOn)).JsonAsync(HttpStatusCode.Created);
        var reviewed = await (await host.Client(Staff.TownClerk).PostAsJsonAsync(
            $"/api/disability/applications/{application.Id()}/review/pass/{application.Version()}", new { note = "材料齐全" })).JsonAsync();
        host.Advance(8);
        return await (await host.Client(Staff.Officer).PostAsJsonAsync(
            $"/api/disability/applications/{application.Id()}/decide/approve/{reviewed.Version()}", new { })).JsonAsync();
    }
}
