using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry;

/// <summary>
/// One host per test class, on a fixed clock (2026-06-01 12:00 in Beijing). Tests use fresh ID
/// numbers (<see cref="TestIds"/>) and look only at their own residents, so they share it safely.
/// </summary>
public sealed class RegistryHostFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 4, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 6, 1);

    public FakeTimeProvider Clock { get; } = new(Now);

    public ModuleTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await PlatformTestHost.StartAsync(o => o.Clock = Clock);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public HttpClient Client(TestStaff staff) => Host.CreateClient(staff);
}

/// <summary>The staff the registry tests act as.</summary>
internal static class Staff
{
    public static readonly TestStaff Writer = TestStaff.District(TestDistricts.First, PlatformPermissions.RegistryRead, PlatformPermissions.RegistryWrite);

    public static readonly TestStaff Revealer = TestStaff.District(TestDistricts.First,
        PlatformPermissions.RegistryRead, PlatformPermissions.RegistryReadIdNumber, PlatformPermissions.RegistryWrite) with
    { Id = "revealer" };

    public static readonly TestStaff ReadOnly = TestStaff.District(TestDistricts.First, PlatformPermissions.RegistryRead) with { Id = "reader" };

    public static readonly TestStaff Nobody = TestStaff.District(TestDistricts.First) with { Id = "nobody" };

    public static readonly TestStaff Auditor = TestStaff.District(TestDistricts.First, PlatformPermissions.AuditRead) with { Id = "auditor" };

    public static readonly TestStaff WanshengClerk = TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng,
        PlatformPermissions.RegistryRead, PlatformPermissions.RegistryReadIdNumber, PlatformPermissions.RegistryWrite);

    public static readonly TestStaff OtherDistrict = TestStaff.District(TestDistricts.Second,
        PlatformPermissions.RegistryRead, PlatformPermissions.RegistryReadIdNumber, PlatformPermissions.RegistryWrite);
}

/// <summary>The calls tests repeat.</summary>
internal static class RegistryApi
{
    public const string Persons = "/api/platform/registry/persons";

    public static object NewPerson(string idNumber, string divisionCode = TestDistricts.VillageOfWansheng, string name = "测试居民") => new
    {
        idNumber,
        name,
        ethnicity = "汉族",
        phone = "13800000000",
        hukouType = "城镇",
        divisionCode,
        address = "测试路1号",
    };

    /// <summary>Registers a resident and returns the created record.</summary>
    public static async Task<JsonElement> RegisterAsync(this HttpClient client, string idNumber, string divisionCode = TestDistricts.VillageOfWansheng, string name = "测试居民")
    {
        var response = await client.PostAsJsonAsync(Persons, NewPerson(idNumber, divisionCode, name));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string Id(this JsonElement person) => person.GetProperty("id").GetString()!;

    /// <summary>The problem document of an error response (asserting it is one).</summary>
    public static async Task<JsonElement> ProblemJsonAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Asserts a 409 that says the change was based on an outdated version (the type clients act on).</summary>
    public static async Task AssertStaleAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(ProblemTypes.StaleVersion, (await response.ProblemJsonAsync()).GetProperty("type").GetString());
    }

    /// <summary>Asserts a 409 for another reason than a stale version (a duplicate, an illegal transition).</summary>
    public static async Task AssertConflictAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ProblemJsonAsync();
        Assert.NotEqual(ProblemTypes.StaleVersion, problem.TryGetProperty("type", out var type) ? type.GetString() : null);
    }

    /// <summary>Asserts a 400 naming exactly <paramref name="field"/> among its errors; returns its first message.</summary>
    public static async Task<string> AssertFieldErrorAsync(this HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ProblemJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error on '{field}': {errors}");
        return messages[0].GetString()!;
    }

    /// <summary>The fields of the audit's sensitive-read entries about a resident, oldest first.</summary>
    public static async Task<IReadOnlyList<string>> SensitiveReadsOfAsync(this RegistryHostFixture fixture, string personId)
    {
        var page = await fixture.Client(Staff.Auditor)
            .GetFromJsonAsync<JsonElement>($"/api/platform/audit?action=read-sensitive&person={personId}&pageSize=200");
        return page.GetProperty("items").EnumerateArray()
            .Reverse()
            .Select(e => JsonDocument.Parse(e.GetProperty("after").GetString()!).RootElement.GetProperty("field").GetString()!)
            .ToList();
    }
}
