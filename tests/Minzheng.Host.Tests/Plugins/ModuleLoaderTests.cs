using System.Net;
using System.Net.Http.Json;
using System.Runtime.Loader;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Modules;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Plugins;

/// <summary>
/// Module discovery against real plugin folders made from the fixture modules: each bad module is
/// refused with its own reason, and a good module beside it keeps serving.
/// </summary>
public sealed class ModuleLoaderTests
{
    [Fact]
    public async Task Module_built_for_another_sdk_major_is_refused()
    {
        using var plugins = new PluginFolderBuilder();
        plugins.Add(FixtureModules.Notes);
        plugins.Add(FixtureModules.Echo).WithSdk("^3.0.0");

        await using var host = await StartAsync(plugins, "notes", "echo");

        var reason = await AssertRefusedAsync(host, "echo", "SDK ^3.0.0", $"SDK {Minzheng.Sdk.SdkInfo.Version}");
        Assert.Contains($"install a build of the module for SDK {Minzheng.Sdk.SdkInfo.Version.Split('.')[0]}.x", reason);
        await AssertServesAsync(host, "notes");
    }

    [Fact]
    public async Task Modules_sharing_an_id_are_all_refused()
    {
        using var plugins = new PluginFolderBuilder();
        plugins.Add(FixtureModules.Notes, "notes-a");
        plugins.Add(FixtureModules.Notes, "notes-b");
        plugins.Add(FixtureModules.Wedlock);

        await using var host = await StartAsync(plugins, "notes", "wedlock");

        var both = (await ListModulesAsync(host)).Where(m => m.Id == "notes").ToList();
        Assert.Equal(2, both.Count);
        Assert.All(both, m =>
        {
            Assert.Equal("refused", m.State);
            Assert.Contains("more than one plugin folder", m.Reason);
            Assert.Contains("notes-a", m.Reason);
            Assert.Contains("notes-b", m.Reason);
        });
        Assert.Null(host.Services.GetRequiredService<ModuleCatalog>().FindLoaded("notes"));
        await AssertServesAsync(host, "wedlock");
    }

    [Fact]
    public async Task Module_whose_dependency_is_not_installed_is_refused()
    {
        using var plugins = new PluginFolderBuilder();
        plugins.Add(FixtureModules.Echo);
        plugins.Add(FixtureModules.Wedlock);

        await using var host = await StartAsync(plugins, "echo", "wedlock");

        await AssertRefusedAsync(host, "echo", "depends on 'notes' ^1.1.0", "not installed");
        await AssertServesAsync(host, "wedlock");
    }

    [Fact]
    public async Task Module_needing_another_version_of_its_dependency_is_refused()
    {
        using var plugins = new PluginFolderBuilder();
        plugins.Add(FixtureModules.Notes);
        plugins.Add(FixtureModules.Echo).WithDependencies(("notes", "^2.0.0"));

        await using var host = await StartAsync(plugins, "notes", "echo");

        await AssertRefusedAsync(host, "echo", "needs 'notes' ^2.0.0", "1.2.0 is installed");
        await AssertServesAsync(host, "notes");
    }

    [Fact]
    public async Task Modules_depending_on_each_other_are_refused_as_a_cycle()
    {
        using var plugins = new PluginFolderBuilder();
        plugins.Add(FixtureModules.Notes);
        plugins.Add(FixtureModules.Notes, "cyc-a").WithId("cyc-a").WithDependencies(("cyc-b", "^1.0.0"));
        plugins.Add(FixtureModules.Notes, "cyc-b").WithId("cyc-b").WithDependencies(("cyc-a", "^1.0.0"));

        await using var host = await StartAsync(plugins, "notes", "cyc-a", "cyc-b");

        await AssertRefusedAsync(host, "cyc-a", "dependency cycle", "cyc-a -> cyc-b -> cyc-a");
        await AssertRefusedAsync(host, "cyc-b", "dependency cycle", "cyc-b -> cyc-a -> cyc-b");
        await AssertServesAsync(host, "notes");
    }

    [Fact]
    public async Task Module_with_a_corrupt_assembly_is_refused()
    {
        using var plugins = new PluginFolderBuilder();
        plugins.Add(FixtureModules.Notes);
        plugins.Add(FixtureModules.Echo).CorruptAssembly();

        await using var host = await StartAsync(plugins, "notes", "echo");

        await AssertRefusedAsync(host, "echo", "Minzheng.Fixtures.Echo.dll", "could not be loaded", nameof(BadImageFormatException));
        await AssertServesAsync(host, "notes");
    }

    [Fact]
    public async Task Module_whose_assembly_is_missing_is_refused()
    {
        using var plugins = new PluginFolderBuilder();
        plugins.Add(FixtureModules.Notes);
        plugins.Add(FixtureModules.Echo).DeleteAssembly();

        await using var host = await StartAsync(plugins, "notes", "echo");

        await AssertRefusedAsync(host, "echo", "Minzheng.Fixtures.Echo.dll", "named in module.json is missing");
        await AssertServesAsync(host, "notes");
    }

    public enum BrokenManifest { InvalidJson, MissingRequiredField, NoManifest }

    [Theory]
    [InlineData(BrokenManifest.InvalidJson, "is not a valid manifest")]
    [InlineData(BrokenManifest.MissingRequiredField, "missing required properties", "assembly")]
    [InlineData(BrokenManifest.NoManifest, "module.json is missing")]
    public async Task Module_with_an_unreadable_manifest_is_refused_under_its_folder_name(BrokenManifest broken, params string[] keyWords)
    {
        using var plugins = new PluginFolderBuilder();
        plugins.Add(FixtureModules.Notes);
        var folder = plugins.Add(FixtureModules.Echo, "broken");
        _ = broken switch
        {
            BrokenManifest.InvalidJson => folder.MalformManifest(),
            BrokenManifest.MissingRequiredField => folder.WithoutField("assembly"),
            _ => folder.DeleteManifest(),
        };

        await using var host = await StartAsync(plugins, "notes");

        var reason = await AssertRefusedAsync(host, "broken", keyWords);
        Assert.Contains(Path.Combine(folder.Path, "module.json"), reason);
        await AssertServesAsync(host, "notes");
    }

    [Theory]
    [InlineData(true)]   // refused when loading
    [InlineData(false)]  // refused when planning
    public async Task Refusal_of_a_module_takes_its_dependents_with_it(bool corruptAssembly)
    {
        using var plugins = new PluginFolderBuilder();
        var notes = plugins.Add(FixtureModules.Notes);
        _ = corruptAssembly ? notes.CorruptAssembly() : notes.WithSdk("^3.0.0");
        plugins.Add(FixtureModules.Echo);
        plugins.Add(FixtureModules.Wedlock);

        await using var host = await StartAsync(plugins, "notes", "echo", "wedlock");

        await AssertRefusedAsync(host, "notes", corruptAssembly ? "could not be loaded" : "SDK ^3.0.0");
        await AssertRefusedAsync(host, "echo", "depends on 'notes', which was refused");
        await AssertServesAsync(host, "wedlock");
    }

    [Fact]
    public async Task Modules_load_in_dependency_order()
    {
        // Folder and id order would both put echo first: only the dependency puts notes before it.
        using var plugins = new PluginFolderBuilder();
        plugins.Add(FixtureModules.Echo);
        plugins.Add(FixtureModules.Notes);

        await using var host = await StartAsync(plugins, "echo", "notes");

        var catalog = host.Services.GetRequiredService<ModuleCatalog>();
        Assert.Equal(new[] { "notes", "echo" }, catalog.Loaded.Select(m => m.Id));
        Assert.All(await ListModulesAsync(host), m => Assert.Equal("loaded", m.State));
    }

    [Fact]
    public async Task Strict_mode_makes_a_refusal_fatal_and_names_the_reason()
    {
        using var plugins = new PluginFolderBuilder();
        plugins.Add(FixtureModules.Notes);
        plugins.Add(FixtureModules.Echo).WithSdk("^3.0.0");

        var problem = await Assert.ThrowsAsync<ConfigurationProblem>(() => ModuleTestHost.StartAsync(new ModuleTestHostOptions
        {
            PluginsFolder = plugins.Path,
            EnabledModules = new() { [TestDistricts.First] = ["notes"] },
            Settings = { ["Minzheng:StrictModules"] = "true" },
        }));

        Assert.Contains("Minzheng:StrictModules", problem.Message);
        Assert.Contains("1 module(s) were refused", problem.Message);
        Assert.Contains("module 'echo' 1.0.0 was built for SDK ^3.0.0", problem.Message);
    }

    [Fact]
    public async Task Module_with_a_route_declaring_no_access_is_refused_at_start_up_naming_the_route()
    {
        using var plugins = new PluginFolderBuilder();
        plugins.Add(FixtureModules.Notes);
        plugins.Add(FixtureModules.Echo);
        plugins.Add(FixtureModules.Unguarded);

        await using var host = await StartAsync(plugins, "notes", "echo", "unguarded");

        var reason = await AssertRefusedAsync(host, "unguarded", "module 'unguarded'", "route GET /api/unguarded/open declares no access", ".AllowPublic(",
            "route GET /api/unguarded/public/count is public in a district but its pattern has no {district}");
        // Its other routes declare their access (a declared permission, a platform one, one through its group): not named.
        Assert.DoesNotContain("/fine", reason);
        Assert.DoesNotContain("/registry", reason);
        Assert.DoesNotContain("/grouped", reason);
        Assert.DoesNotContain("/public/{district}", reason);
        await AssertServesAsync(host, "notes");
        Assert.Equal("loaded", Assert.Single(await ListModulesAsync(host), m => m.Id == "echo").State);
        // The accepted modules' job and handler are there to run; the refused module's are not (below).
        Assert.Contains(host.Services.GetRequiredService<Minzheng.Platform.Jobs.ModuleJobRunner>().Jobs, j => j.ModuleId == "echo");
        Assert.Contains(host.Services.GetRequiredService<Minzheng.Platform.Events.EventHandlerCatalog>().All, h => h.ModuleId == "echo");
        await AssertServesNothingAsync(host, "unguarded", "/api/unguarded/fine", "/api/unguarded/open", "/api/unguarded/grouped/");
    }

    [Fact]
    public async Task Module_whose_route_requires_a_permission_its_manifest_does_not_declare_is_refused_with_its_dependents()
    {
        using var plugins = new PluginFolderBuilder();
        plugins.Add(FixtureModules.Notes).WithoutPermission("notes.write");
        plugins.Add(FixtureModules.Echo);
        plugins.Add(FixtureModules.Wedlock);

        await using var host = await StartAsync(plugins, "notes", "echo", "wedlock");

        var reason = await AssertRefusedAsync(host, "notes",
            "route POST /api/notes/ requires permission 'notes.write', which is neither declared in its module.json nor a platform permission");
        Assert.DoesNotContain("GET", reason);
        await AssertRefusedAsync(host, "echo", "depends on 'notes', which was refused");
        await AssertServesAsync(host, "wedlock");
        await AssertServesNothingAsync(host, "notes", "/api/notes/");
        // Echo has a job and an event handler: neither runs.
        await AssertServesNothingAsync(host, "echo", "/api/echo/received");
        Assert.Equal(0, await host.RunJobsAsync());
    }

    [Fact]
    public async Task Strict_mode_makes_a_route_refusal_fatal_and_names_the_route()
    {
        using var plugins = new PluginFolderBuilder();
        plugins.Add(FixtureModules.Notes);
        plugins.Add(FixtureModules.Unguarded);

        var problem = await Assert.ThrowsAsync<ConfigurationProblem>(() => ModuleTestHost.StartAsync(new ModuleTestHostOptions
        {
            PluginsFolder = plugins.Path,
            EnabledModules = new() { [TestDistricts.First] = ["notes", "unguarded"] },
            Settings = { ["Minzheng:StrictModules"] = "true" },
        }));

        Assert.Contains("Minzheng:StrictModules", problem.Message);
        Assert.Contains("1 module(s) were refused", problem.Message);
        Assert.Contains("module 'unguarded': route GET /api/unguarded/open declares no access", problem.Message);
        Assert.DoesNotContain('\n', problem.Message);
    }

    [Fact]
    public async Task Loaded_module_sees_the_hosts_shared_types()
    {
        using var plugins = new PluginFolderBuilder();
        plugins.Add(FixtureModules.Notes);

        await using var host = await StartAsync(plugins, "notes");

        AssertUsesHostSdk(host.Services.GetRequiredService<ModuleCatalog>().FindLoaded("notes"));
    }

    [Fact]
    public async Task Module_folder_carrying_a_copy_of_the_sdk_still_gets_the_hosts_sdk()
    {
        var hostSdk = typeof(IMinzhengModule).Assembly;
        using var plugins = new PluginFolderBuilder();
        var notes = plugins.Add(FixtureModules.Notes).WithFile(hostSdk.Location);
        var copy = Path.Combine(notes.Path, Path.GetFileName(hostSdk.Location));

        await using var host = await StartAsync(plugins, "notes");

        AssertUsesHostSdk(host.Services.GetRequiredService<ModuleCatalog>().FindLoaded("notes"));
        Assert.DoesNotContain(AssemblyLoadContext.All.SelectMany(c => c.Assemblies), a => a.Location == copy);
        await AssertServesAsync(host, "notes");
    }

    private static void AssertUsesHostSdk(InstalledModule? module)
    {
        Assert.NotNull(module);
        var entryType = module.Entry!.GetType();
        var context = AssemblyLoadContext.GetLoadContext(entryType.Assembly)!;
        // The module lives in its own load context, yet the SDK it binds to is the host's.
        Assert.NotSame(AssemblyLoadContext.Default, context);
        Assert.Contains(typeof(IMinzhengModule), entryType.GetInterfaces());
        Assert.Same(typeof(IMinzhengModule).Assembly, context.LoadFromAssemblyName(typeof(IMinzhengModule).Assembly.GetName()));
        Assert.Contains(module.Assembly!.GetTypes(), t => t.IsSubclassOf(typeof(ModuleDbContext)));
    }

    private static Task<ModuleTestHost> StartAsync(PluginFolderBuilder plugins, params string[] enabledInFirst) =>
        ModuleTestHost.StartAsync(new ModuleTestHostOptions
        {
            PluginsFolder = plugins.Path,
            EnabledModules = new() { [TestDistricts.First] = enabledInFirst, [TestDistricts.Second] = [] },
        });

    private sealed record ListedModule(string Id, string? DisplayName, string? Version, string State, string? Reason,
        Dictionary<string, string> Dependencies, string[] EnabledInDistricts);

    private static async Task<List<ListedModule>> ListModulesAsync(ModuleTestHost host)
    {
        var admin = host.CreateClient(TestStaff.District(TestDistricts.First, PlatformPermissions.ModulesRead));
        return (await admin.GetFromJsonAsync<List<ListedModule>>("/api/platform/modules"))!;
    }

    /// <summary>Asserts the module is listed as refused, with a reason of one line holding every key word; returns the reason.</summary>
    private static async Task<string> AssertRefusedAsync(ModuleTestHost host, string id, params string[] keyWords)
    {
        var module = Assert.Single(await ListModulesAsync(host), m => m.Id == id);
        Assert.Equal("refused", module.State);
        Assert.NotNull(module.Reason);
        Assert.DoesNotContain('\n', module.Reason);
        foreach (var word in keyWords)
        {
            Assert.Contains(word, module.Reason);
        }
        Assert.Empty(module.EnabledInDistricts);
        return module.Reason;
    }

    /// <summary>Asserts the module (notes or wedlock) is loaded, enabled in the first district and serves there.</summary>
    private static async Task AssertServesAsync(ModuleTestHost host, string id)
    {
        var module = Assert.Single(await ListModulesAsync(host), m => m.Id == id);
        Assert.Equal("loaded", module.State);
        Assert.Null(module.Reason);
        Assert.Equal(new[] { TestDistricts.First }, module.EnabledInDistricts);
        if (id == "wedlock")
        {
            var publisher = host.CreateClient(TestStaff.District(TestDistricts.First, "wedlock.write"));
            var published = await publisher.PostAsJsonAsync("/api/wedlock/registered",
                new { partyA = "a", partyB = "b", registeredOn = "2026-01-05", certificateNumber = "J500110-2026-000001" });
            Assert.Equal(HttpStatusCode.NoContent, published.StatusCode);
            return;
        }
        var clerk = host.CreateClient(TestStaff.District(TestDistricts.First, $"{id}.read"));
        var response = await clerk.GetAsync($"/api/{id}/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Asserts a module refused after loading left nothing behind: its routes are not mapped (404 even to a
    /// caller holding its permissions), and its jobs and event handlers are not among those that run.
    /// </summary>
    private static async Task AssertServesNothingAsync(ModuleTestHost host, string id, params string[] paths)
    {
        var everything = host.CreateClient(TestStaff.District(TestDistricts.First, $"{id}.read", $"{id}.write", PlatformPermissions.RegistryRead));
        foreach (var path in paths)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await everything.GetAsync(path)).StatusCode);
        }
        Assert.DoesNotContain(host.Endpoints.DataSources.SelectMany(s => s.Endpoints).OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>(),
            e => e.RoutePattern.RawText!.StartsWith($"/api/{id}/", StringComparison.Ordinal));
        Assert.Null(host.Services.GetRequiredService<ModuleCatalog>().FindLoaded(id));
        Assert.DoesNotContain(host.Services.GetRequiredService<Minzheng.Platform.Jobs.ModuleJobRunner>().Jobs, j => j.ModuleId == id);
        Assert.DoesNotContain(host.Services.GetRequiredService<Minzheng.Platform.Events.EventHandlerCatalog>().All, h => h.ModuleId == id);
    }
}
