using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Audit;

/// <summary>Hosts and calls the audit API tests repeat.</summary>
internal static class AuditApi
{
    public const string Base = "/api/platform/audit";

    public static Task<ModuleTestHost> StartWithNotesAsync(Action<ModuleTestHostOptions>? configure = null) =>
        PlatformTestHost.StartAsync(o =>
        {
            o.ModuleFolders.Add(FixtureModules.Notes);
            configure?.Invoke(o);
        });

    public static HttpClient Auditor(this ModuleTestHost host, string districtId = TestDistricts.First) =>
        host.CreateClient(TestStaff.District(districtId, PlatformPermissions.AuditRead, PlatformPermissions.AuditVerify));

    public static HttpClient NotesClerk(this ModuleTestHost host) =>
        host.CreateClient(new TestStaff("clerk-7", "李四", TestDistricts.First,
            new OrgScope(OrgLevel.District, TestDistricts.DivisionCode), ["notes.read", "notes.write"]));

    public static async Task<JsonElement> SearchAsync(this HttpClient client, string query = "")
    {
        var response = await client.GetAsync(Base + "/?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IReadOnlyList<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
