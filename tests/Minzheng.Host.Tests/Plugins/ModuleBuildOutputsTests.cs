using System.Text.Json;
using Autofac;
using Minzheng.Sdk.Modules;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Plugins;

/// <summary>
/// The kit's locator of referenced modules: this project references notes and echo (as modules, with
/// ReferenceOutputAssembly="false") and the kit itself (not a module), and imports the kit's targets.
/// </summary>
public sealed class ModuleBuildOutputsTests
{
    [Fact]
    public void Records_every_referenced_module_and_nothing_else()
    {
        var ids = ModuleBuildOutputs.All.Select(folder =>
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "module.json")));
            return manifest.RootElement.GetProperty("id").GetString();
        });
        // The fixture modules this project references (its csproj), and not the Platform or SDK projects it also references.
        Assert.Equal(["echo", "notes", "unguarded", "wedlock"], ids);
    }

    [Fact]
    public void Finds_a_module_by_its_id_in_the_folder_it_was_built_to()
    {
        var notes = ModuleBuildOutputs.Of("notes");
        Assert.True(File.Exists(Path.Combine(notes, "Minzheng.Fixtures.Notes.dll")), notes);
        Assert.Equal(notes, new ModuleTestHostOptions().AddModule("notes").ModuleFolders.Single());
    }

    [Fact]
    public void A_module_the_project_does_not_reference_is_an_error_naming_it_and_what_was_found()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModuleBuildOutputs.Of("marriage"));
        Assert.Contains("does not reference module 'marriage'", error.Message);
        Assert.Contains("'echo'", error.Message);
        Assert.Contains("'notes'", error.Message);

        var byType = Assert.Throws<InvalidOperationException>(() => new ModuleTestHostOptions().AddModule<UnreferencedModule>());
        Assert.Contains($"the module of {typeof(UnreferencedModule).FullName} (Minzheng.Host.Tests.dll)", byType.Message);
    }

    [Fact]
    public void A_type_that_is_no_module_entry_is_refused() =>
        Assert.Throws<ArgumentException>(() => ModuleBuildOutputs.Of(typeof(string)));

    /// <summary>An entry type in this test assembly, which is no referenced module's.</summary>
    public sealed class UnreferencedModule : IMinzhengModule
    {
        public void ConfigureServices(ContainerBuilder builder, ModuleContext context)
        {
        }
    }
}
