using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Volunteer.Tests;

/// <summary>The module as a whole: its pages describe what the shell can render, its migrations match its model.</summary>
public sealed class ModuleShapeTests
{
    private static string[] DeclaredPermissions()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(ModuleBuildOutputs.Of<VolunteerModule>(), "module.json")));
        return manifest.RootElement.GetProperty("permissions").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray();
    }

    [Fact]
    public void The_UI_description_keeps_every_rule_of_the_shell()
    {
        var ui = new VolunteerUi().Describe();
        Assert.Empty(ui.Problems(DeclaredPermissions()));
        Assert.Contains("certificate-print", ui.Pages.Select(p => p.Id));
        Assert.Equal(ui.Pages.Count, ui.Pages.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void The_UI_check_catches_an_undeclared_permission()
    {
        var ui = new VolunteerUi().Describe();
        Assert.Contains(ui.Problems(DeclaredPermissions().Where(p => p != VolunteerPermissions.Certificates)), p => p.Contains(VolunteerPermissions.Certificates, StringComparison.Ordinal));
    }

    [Fact]
    public void Its_migrations_match_its_model_on_both_engines() =>
        Assert.Empty(MigrationSets.LaggingInModule(ModuleBuildOutputs.Of<VolunteerModule>()));
}
