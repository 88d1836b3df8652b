using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Charity.Tests;

/// <summary>The module as a whole: its pages describe what the shell can render, its migrations match its model.</summary>
public sealed class ModuleShapeTests
{
    private static string[] DeclaredPermissions()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(ModuleBuildOutputs.Of<CharityModule>(), "module.json")));
        return manifest.RootElement.GetProperty("permissions").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray();
    }

    [Fact]
    public void The_UI_description_keeps_every_rule_of_the_shell()
    {
        var ui = new CharityUi().Describe();
        Assert.Empty(ui.Problems(DeclaredPermissions()));
        Assert.Equal(["organisations", "organisation", "recognitions", "new-recognition", "recognition", "donations", "new-donation", "donation", "receipts", "receipt", "receipt-print", "receipt-stock", "new-receipt-stock", "receipt-gaps"], ui.Pages.Select(p => p.Id));
    }

    [Fact]
    public void The_UI_check_catches_an_undeclared_permission()
    {
        var ui = new CharityUi().Describe();
        Assert.Contains(ui.Problems(DeclaredPermissions().Where(p => p != CharityPermissions.Read)), p => p.Contains(CharityPermissions.Read, StringComparison.Ordinal));
    }

    [Fact]
    public void Its_migrations_match_its_model_on_both_engines() =>
        Assert.Empty(MigrationSets.LaggingInModule(ModuleBuildOutputs.Of<CharityModule>()));
}
