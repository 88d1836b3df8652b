using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>The module as a whole: its pages describe what the shell can render, its migrations match its model.</summary>
public sealed class ModuleShapeTests
{
    private static string[] DeclaredPermissions()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(ModuleBuildOutputs.Of<LotteryModule>(), "module.json")));
        return manifest.RootElement.GetProperty("permissions").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray();
    }

    [Fact]
    public void The_UI_description_keeps_every_rule_of_the_shell()
    {
        var ui = new LotteryUi().Describe();
        Assert.Empty(ui.Problems(DeclaredPermissions()));
        Assert.Equal(["outlets", "new-outlet", "outlet", "outlet-moves", "outlet-move", "schools", "new-school", "sales-imports", "import-sales", "sales-import", "sales-import-errors", "sales-import-replaced", "sales-report",
            "fund", "fund-movements", "fund-receipt", "fund-projects", "new-fund-project", "fund-project", "fund-project-movements", "fund-evidence",
            "disclosures", "new-disclosure", "disclosure", "disclosure-print", "dashboard",
            "contracts", "new-contract", "contract", "terminals", "terminal", "checklist", "inspections", "new-inspection", "inspection", "inspection-photos",
            "penalties", "new-penalty", "penalty", "penalty-print"],
            ui.Pages.Select(p => p.Id));
    }

    [Fact]
    public void The_UI_check_catches_an_undeclared_permission()
    {
        var ui = new LotteryUi().Describe();
        Assert.Contains(ui.Problems(DeclaredPermissions().Where(p => p != LotteryPermissions.Decide)), p => p.Contains(LotteryPermissions.Decide, StringComparison.Ordinal));
    }

    [Fact]
    public void Its_migrations_match_its_model_on_both_engines() =>
        Assert.Empty(MigrationSets.LaggingInModule(ModuleBuildOutputs.Of<LotteryModule>()));
}
