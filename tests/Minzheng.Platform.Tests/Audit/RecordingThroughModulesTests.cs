using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Access;
using Minzheng.Sdk.Audit;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Audit;

/// <summary>A module's changes are recorded without the module writing a line for it.</summary>
public sealed class RecordingThroughModulesTests
{
    [Fact]
    public async Task A_note_created_through_the_module_is_recorded_with_who_where_what_and_after()
    {
        await using var host = await AuditApi.StartWithNotesAsync();
        var created = await host.NotesClerk().PostAsJsonAsync("/api/notes/", new { text = "走访王大爷", divisionCode = TestDistricts.VillageOfWansheng });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var noteId = (await created.Content.ReadFromJsonAsync<JsonElement>()).Text("id");

        var entry = Assert.Single((await host.Auditor().SearchAsync("source=notes")).Items());

        Assert.Equal("created", entry.Text("action"));
        Assert.Equal("Note", entry.Text("entity"));
        Assert.Equal(noteId, entry.Text("key"));
        Assert.Equal("clerk-7", entry.Text("actorId"));
        Assert.Equal("李四", entry.Text("actorName"));
        var after = JsonDocument.Parse(entry.Text("after")).RootElement;
        Assert.Equal("走访王大爷", after.GetProperty("Text").GetString());
        Assert.Equal("clerk-7", after.GetProperty("Author").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("before").ValueKind);
        // Recorded in the district the clerk works in, and only there.
        Assert.Equal(0, (await host.Auditor(TestDistricts.Second).SearchAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_save_that_fails_in_the_module_records_nothing()
    {
        await using var host = await AuditApi.StartWithNotesAsync();

        // No division code: the module saves a null into a NOT NULL column and the database refuses.
        var failed = await host.NotesClerk().PostAsJsonAsync("/api/notes/", new { text = "无区划", divisionCode = (string?)null });
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);

        Assert.Equal(0, (await host.Auditor().SearchAsync("entity=Note")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Many_requests_each_with_their_own_context_all_succeed_and_are_all_recorded()
    {
        await using var host = await AuditApi.StartWithNotesAsync();
        var clerk = host.NotesClerk();

        // EF Core fails from the 21st internal service provider: a provider per context would break here.
        for (var i = 0; i < 35; i++)
        {
            var response = await clerk.PostAsJsonAsync("/api/notes/", new { text = $"备忘 {i}", divisionCode = TestDistricts.VillageOfWansheng });
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"request {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var page = await host.Auditor().SearchAsync("entity=Note&pageSize=200");
        Assert.Equal(35, page.GetProperty("total").GetInt32());
        Assert.True((await (await host.Auditor().PostAsync(AuditApi.Base + "/verify", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task Enabling_and_disabling_a_module_is_recorded()
    {
        await using var host = await AuditApi.StartWithNotesAsync(o => o.EnabledModules = new()
        {
            [TestDistricts.First] = [],
            [TestDistricts.Second] = [],
        });
        var deployer = host.CreateClient(TestStaff.District(TestDistricts.First, Sdk.Access.PlatformPermissions.ModulesManage));

        Assert.Equal(HttpStatusCode.OK, (await deployer.PutAsync($"/api/platform/districts/{TestDistricts.First}/modules/notes", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await deployer.DeleteAsync($"/api/platform/districts/{TestDistricts.First}/modules/notes")).StatusCode);

        var entries = (await host.Auditor().SearchAsync("entity=Module")).Items();
        Assert.Equal(["module-disabled", "module-enabled"], entries.Select(e => e.Text("action")));
        Assert.All(entries, e =>
        {
            Assert.Equal("notes", e.Text("key"));
            Assert.Equal("platform", e.Text("source"));
            Assert.Equal($"{TestDistricts.First}-admin", e.Text("actorId"));
        });
        Assert.Equal(0, (await host.Auditor(TestDistricts.Second).SearchAsync("entity=Module")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_sensitive_read_recorded_outside_a_request_names_the_system_and_the_field()
    {
        await using var host = await PlatformTestHost.StartAsync();
        var district = host.Services.GetRequiredService<Districts.DistrictDirectory>().Find(TestDistricts.First)!;
        var resident = Guid.NewGuid().ToString();
        await using (var scope = host.Services.GetRequiredService<SystemScopeFactory>().ForDistrict(district))
        {
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordSensitiveReadAsync("Person", resident, "idNumber", CancellationToken.None);
        }

        var entry = Assert.Single((await host.Auditor().SearchAsync("person=" + resident)).Items());
        Assert.Equal("read-sensitive", entry.Text("action"));
        Assert.Equal("Person", entry.Text("entity"));
        Assert.Equal("system", entry.Text("actorId"));
        Assert.Equal("module", entry.Text("source"));
        Assert.Equal("idNumber", JsonDocument.Parse(entry.Text("after")).RootElement.GetProperty("field").GetString());
    }
}
