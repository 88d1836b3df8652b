using System.Text.Json;
using Minzheng.Host.Tests.Api;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Access;

/// <summary>The permissions an administrator may grant, each with the module that declares it.</summary>
public sealed class PermissionListTests
{
    [Fact]
    public async Task Each_permission_names_its_module_the_platforms_and_every_loaded_modules()
    {
        await using var host = await ModuleTestHost.StartAsync(new() { ModuleFolders = { FixtureModules.Notes, FixtureModules.Echo } });
        var admin = host.CreateClient(TestStaff.District(TestDistricts.First, PlatformPermissions.UsersManage));

        var list = (await admin.GetOkJsonAsync("/api/platform/permissions")).EnumerateArray().ToList();
        static (string?, string?) ModuleOf(JsonElement p) => (p.GetProperty("module").GetString(), p.GetProperty("moduleName").GetString());
        var byName = list.ToDictionary(p => p.GetProperty("name").GetString()!, ModuleOf);

        Assert.Equal(("platform", "平台"), byName[PlatformPermissions.RegistryRead]);
        Assert.Equal(("notes", "备忘"), byName["notes.write"]);
        Assert.Equal("echo", byName["echo.read"].Item1);
        Assert.Equal(PlatformPermissions.All.Count + 3, list.Count);
    }
}
