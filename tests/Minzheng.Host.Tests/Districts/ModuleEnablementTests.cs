using System.Net;
using Minzheng.Host.Tests.Api;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Districts;

/// <summary>
/// A module not enabled in a district does not exist there; a deployer switches modules per district
/// at run time (dependencies come along, dependents block a disable), and the choice outlives restarts.
/// </summary>
public sealed class ModuleEnablementTests
{
    private const string Notes = "notes";
    private const string Echo = "echo";

    private static string ModulesOf(string districtId) => $"/api/platform/districts/{districtId}/modules";

    private static ModuleTestHostOptions BothModules(Dictionary<string, string[]>? enabled = null, string? dataFolder = null, TestDatabaseLease? databases = null) =>
        new() { ModuleFolders = { FixtureModules.Notes, FixtureModules.Echo }, EnabledModules = enabled, DataFolder = dataFolder, Databases = databases };

    private static TestStaff Admin(string districtId) =>
        TestStaff.District(districtId, PlatformPermissions.ModulesRead, PlatformPermissions.ModulesManage, "notes.read", "notes.write", "echo.read");

    [Fact]
    public async Task Enabled_module_is_served_and_one_not_enabled_answers_404_problem_naming_the_module()
    {
        await using var host = await ModuleTestHost.StartAsync(BothModules());
        var inA = host.CreateClient(TestStaff.District(TestDistricts.First, "notes.read"));
        var inB = host.CreateClient(TestStaff.District(TestDistricts.Second, "notes.read"));

        Assert.Equal(HttpStatusCode.OK, (await inA.GetAsync("/api/notes/")).StatusCode);

        var problem = await ProblemAssert.IsProblemAsync(await inB.GetAsync("/api/notes/"), HttpStatusCode.NotFound);
        var detail = ProblemAssert.Detail(problem);
        Assert.Contains("备忘", detail);
        Assert.Contains(Notes, detail);
    }

    [Fact]
    public async Task Enabling_at_run_time_serves_the_module_in_that_district_and_brings_in_its_dependency()
    {
        await using var host = await ModuleTestHost.StartAsync(BothModules());
        var admin = host.CreateClient(Admin(TestDistricts.Second));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/echo/received")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/notes/")).StatusCode);

        var result = await ProblemAssert.OkJsonAsync(await admin.PutAsync($"{ModulesOf(TestDistricts.Second)}/{Echo}", null));

        Assert.Equal([Echo, Notes], ProblemAssert.SortedStrings(result.GetProperty("changed")));
        Assert.Equal([Echo, Notes], ProblemAssert.SortedStrings(result.GetProperty("enabled")));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/echo/received")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/notes/")).StatusCode);
        Assert.True(host.Enablement.IsEnabled(TestDistricts.Second, Notes));
        Assert.True(host.Enablement.IsEnabled(TestDistricts.Second, Echo));

        var listed = await admin.GetOkJsonAsync(ModulesOf(TestDistricts.Second));
        Assert.All(listed.EnumerateArray(), m => Assert.True(m.GetProperty("enabled").GetBoolean(), m.GetProperty("id").GetString()));

        // Enabling what is already enabled changes nothing.
        var again = await ProblemAssert.OkJsonAsync(await admin.PutAsync($"{ModulesOf(TestDistricts.Second)}/{Echo}", null));
        Assert.Empty(again.GetProperty("changed").EnumerateArray());
    }

    [Fact]
    public async Task Disabling_a_module_an_enabled_module_depends_on_is_refused_until_the_dependent_is_disabled()
    {
        await using var host = await ModuleTestHost.StartAsync(BothModules());
        var admin = host.CreateClient(Admin(TestDistricts.First));

        var refused = await ProblemAssert.IsProblemAsync(
            await admin.DeleteAsync($"{ModulesOf(TestDistricts.First)}/{Notes}"), HttpStatusCode.Conflict);
        Assert.Contains("回声", ProblemAssert.Detail(refused));
        Assert.True(host.Enablement.IsEnabled(TestDistricts.First, Notes));
        Assert.True(host.Enablement.IsEnabled(TestDistricts.First, Echo));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/notes/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/echo/received")).StatusCode);

        var echoOff = await ProblemAssert.OkJsonAsync(await admin.DeleteAsync($"{ModulesOf(TestDistricts.First)}/{Echo}"));
        Assert.Equal([Echo], ProblemAssert.SortedStrings(echoOff.GetProperty("changed")));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/echo/received")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/notes/")).StatusCode);

        var notesOff = await ProblemAssert.OkJsonAsync(await admin.DeleteAsync($"{ModulesOf(TestDistricts.First)}/{Notes}"));
        Assert.Equal([Notes], ProblemAssert.SortedStrings(notesOff.GetProperty("changed")));
        Assert.Empty(notesOff.GetProperty("enabled").EnumerateArray());
        var gone = await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/notes/"), HttpStatusCode.NotFound);
        Assert.Contains("备忘", ProblemAssert.Detail(gone));
    }

    [Fact]
    public async Task Switches_persist_across_restarts_on_the_same_data_folder()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "minzheng-enablement-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        await using var databases = TestEngine.Lease();
        try
        {
            // Configuration enables both modules in district-a and none in district-b.
            await using (var first = await ModuleTestHost.StartAsync(BothModules(dataFolder: dataFolder, databases: databases)))
            {
                var adminA = first.CreateClient(Admin(TestDistricts.First));
                var adminB = first.CreateClient(Admin(TestDistricts.Second));
                await ProblemAssert.OkJsonAsync(await adminA.DeleteAsync($"{ModulesOf(TestDistricts.First)}/{Echo}"));
                await ProblemAssert.OkJsonAsync(await adminB.PutAsync($"{ModulesOf(TestDistricts.Second)}/{Notes}", null));
                await adminB.CreateNoteAsync("重启前的备忘", TestDistricts.VillageOfWansheng);
            }

            await using var second = await ModuleTestHost.StartAsync(BothModules(dataFolder: dataFolder, databases: databases));
            var a = second.CreateClient(Admin(TestDistricts.First));
            var b = second.CreateClient(Admin(TestDistricts.Second));

            Assert.False(second.Enablement.IsEnabled(TestDistricts.First, Echo));
            Assert.True(second.Enablement.IsEnabled(TestDistricts.First, Notes));
            Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync("/api/echo/received")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/api/notes/")).StatusCode);

            Assert.True(second.Enablement.IsEnabled(TestDistricts.Second, Notes));
            Assert.False(second.Enablement.IsEnabled(TestDistricts.Second, Echo));
            Assert.Equal(["重启前的备忘"], await b.NoteTextsAsync());
            Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync("/api/echo/received")).StatusCode);
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    [Fact]
    public async Task Only_a_district_level_administrator_of_the_district_may_switch_its_modules()
    {
        await using var host = await ModuleTestHost.StartAsync(BothModules());
        var url = $"{ModulesOf(TestDistricts.Second)}/{Notes}";

        var otherDistrict = host.CreateClient(Admin(TestDistricts.First));
        await ProblemAssert.IsProblemAsync(await otherDistrict.PutAsync(url, null), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await otherDistrict.GetAsync(ModulesOf(TestDistricts.Second)), HttpStatusCode.NotFound);

        var town = host.CreateClient(TestStaff.Town(TestDistricts.Second, TestDistricts.TownWansheng,
            PlatformPermissions.ModulesRead, PlatformPermissions.ModulesManage));
        await ProblemAssert.IsProblemAsync(await town.PutAsync(url, null), HttpStatusCode.Forbidden);

        var readOnly = host.CreateClient(TestStaff.District(TestDistricts.Second, PlatformPermissions.ModulesRead));
        await ProblemAssert.IsProblemAsync(await readOnly.PutAsync(url, null), HttpStatusCode.Forbidden);

        var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsync(url, null)).StatusCode);

        Assert.Empty(host.Enablement.EnabledIn(TestDistricts.Second));

        // Nor may the wrong callers disable: district-a's modules stay on.
        var townA = host.CreateClient(TestStaff.Town(TestDistricts.First, TestDistricts.TownWansheng, PlatformPermissions.ModulesManage));
        await ProblemAssert.IsProblemAsync(await townA.DeleteAsync($"{ModulesOf(TestDistricts.First)}/{Echo}"), HttpStatusCode.Forbidden);
        var adminB = host.CreateClient(Admin(TestDistricts.Second));
        await ProblemAssert.IsProblemAsync(await adminB.DeleteAsync($"{ModulesOf(TestDistricts.First)}/{Echo}"), HttpStatusCode.NotFound);
        Assert.True(host.Enablement.IsEnabled(TestDistricts.First, Echo));
    }

    [Fact]
    public async Task Enabling_an_unknown_module_is_a_conflict_with_a_clear_message()
    {
        await using var host = await ModuleTestHost.StartAsync(BothModules());
        var admin = host.CreateClient(Admin(TestDistricts.Second));

        var problem = await ProblemAssert.IsProblemAsync(await admin.PutAsync($"{ModulesOf(TestDistricts.Second)}/nosuch", null), HttpStatusCode.Conflict);

        var detail = ProblemAssert.Detail(problem);
        Assert.Contains("nosuch", detail);
        Assert.Contains("没有安装", detail);
        Assert.Empty(host.Enablement.EnabledIn(TestDistricts.Second));
    }

    [Fact]
    public async Task Installed_modules_list_shows_the_districts_enabling_each_after_a_switch()
    {
        await using var host = await ModuleTestHost.StartAsync(BothModules());
        var adminA = host.CreateClient(Admin(TestDistricts.First));
        var adminB = host.CreateClient(Admin(TestDistricts.Second));

        Assert.Equal([TestDistricts.First], await EnabledInDistrictsAsync(adminA, Echo));
        Assert.Equal([TestDistricts.First], await EnabledInDistrictsAsync(adminA, Notes));

        await ProblemAssert.OkJsonAsync(await adminB.PutAsync($"{ModulesOf(TestDistricts.Second)}/{Echo}", null));
        Assert.Equal([TestDistricts.First, TestDistricts.Second], await EnabledInDistrictsAsync(adminA, Echo));
        Assert.Equal([TestDistricts.First, TestDistricts.Second], await EnabledInDistrictsAsync(adminA, Notes));

        await ProblemAssert.OkJsonAsync(await adminA.DeleteAsync($"{ModulesOf(TestDistricts.First)}/{Echo}"));
        Assert.Equal([TestDistricts.Second], await EnabledInDistrictsAsync(adminB, Echo));
        Assert.Equal([TestDistricts.First, TestDistricts.Second], await EnabledInDistrictsAsync(adminB, Notes));
    }

    private static async Task<string[]> EnabledInDistrictsAsync(HttpClient client, string moduleId)
    {
        var modules = await client.GetOkJsonAsync("/api/platform/modules");
        var module = modules.EnumerateArray().Single(m => m.GetProperty("id").GetString() == moduleId);
        Assert.Equal("loaded", module.GetProperty("state").GetString());
        return ProblemAssert.SortedStrings(module.GetProperty("enabledInDistricts"));
    }
}
