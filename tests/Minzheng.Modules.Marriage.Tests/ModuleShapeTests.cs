using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Modules.Marriage.Tests.Support;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Modules;
using Minzheng.Sdk.Testing;
using Minzheng.Sdk.Ui;
using NetArchTest.Rules;

namespace Minzheng.Modules.Marriage.Tests;

/// <summary>The module as a whole: its UI description, its manifest and the purity of its rules.</summary>
public sealed class ModuleShapeTests
{
    private static readonly Assembly Module = typeof(MarriageModule).Assembly;

    private static readonly string ModuleOutput = ModuleBuildOutputs.Of<MarriageModule>();

    private static string[] DeclaredPermissions()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(ModuleOutput, "module.json")));
        return manifest.RootElement.GetProperty("permissions").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray();
    }

    [Fact]
    public void Its_migrations_match_its_model_on_both_engines() =>
        Assert.Empty(MigrationSets.LaggingInModule(ModuleOutput));

    [Fact]
    public void The_UI_description_has_no_problems()
    {
        var ui = (IModuleUi)Activator.CreateInstance(Module.GetTypes().Single(t => typeof(IModuleUi).IsAssignableFrom(t)))!;
        var description = ui.Describe();
        Assert.Empty(description.Problems(DeclaredPermissions()));
        Assert.True(description.Pages.Count >= 15);
    }

    [Fact]
    public void Rules_use_neither_ASP_NET_Core_nor_EF_Core()
    {
        var rules = Types.InAssembly(Module).That().HaveNameEndingWith("Rules");
        var result = rules.ShouldNot().HaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
        Assert.True(Module.GetTypes().Count(t => t.Name.EndsWith("Rules", StringComparison.Ordinal)) >= 6);
    }

    [Fact]
    public void The_manifest_declares_the_roles_permissions() =>
        Assert.Equal(
            ["marriage.read", "marriage.accept", "marriage.register", "marriage.void", "marriage.statistics", "marriage.appointments", "marriage.counselling"],
            DeclaredPermissions());

    [Fact]
    public async Task The_host_runs_its_own_copy_of_the_module_loaded_as_a_plugin()
    {
        // The tests reference the module for its rules; the host must still load it as in production,
        // from the plugin folder into a context of its own, sharing only the SDK and what the SDK shares.
        await using var host = await MarriageHost.StartAsync();
        var loaded = host.Host.Services.GetRequiredService<ModuleCatalog>().FindLoaded("marriage")!.Assembly!;
        Assert.NotSame(Module, loaded);
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(loaded));
        Assert.StartsWith(host.Host.PluginsFolder, loaded.Location, StringComparison.Ordinal);
        Assert.Same(typeof(IMinzhengModule).Assembly, loaded.GetType(typeof(MarriageModule).FullName!)!.GetInterface(nameof(IMinzhengModule))!.Assembly);
    }

    [Fact]
    public async Task Every_endpoint_requires_a_declared_permission()
    {
        await using var host = await MarriageHost.StartAsync();
        var declared = DeclaredPermissions().ToHashSet();
        var endpoints = host.Host.Endpoints.DataSources.SelectMany(s => s.Endpoints)
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/marriage", StringComparison.Ordinal) == true)
            .ToList();
        Assert.True(endpoints.Count > 20);
        Assert.All(endpoints, e =>
            Assert.Contains(e.Metadata.GetMetadata<Minzheng.Sdk.Endpoints.RequiredPermissionMetadata>()?.Permission ?? "(none)", declared));
    }

    [Fact]
    public async Task The_host_serves_the_pages_to_staff_by_permission()
    {
        await using var host = await MarriageHost.StartAsync();
        // platform.self: every real session holds it; a test identity is given it explicitly.
        var all = await (await host.Staff([.. MarriageHost.AllPermissions, "platform.self"]).GetAsync("/api/platform/ui")).Content.ReadAsStringAsync();
        Assert.Contains("离婚登记申请受理回执", all);
        Assert.Contains("婚姻登记统计", all);
        var reader = await (await host.Staff(MarriagePermissions.Read, "platform.self").GetAsync("/api/platform/ui")).Content.ReadAsStringAsync();
        Assert.Contains("离婚登记申请受理回执", reader);
        Assert.DoesNotContain("婚姻登记统计", reader);
    }
}
