using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>The module as a whole: its pages describe what the shell can render, its migrations match its model.</summary>
public sealed class ModuleShapeTests
{
    private static string[] DeclaredPermissions()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(ModuleBuildOutputs.Of<SocialOrgModule>(), "module.json")));
        return manifest.RootElement.GetProperty("permissions").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray();
    }

    [Fact]
    public void The_UI_description_keeps_every_rule_of_the_shell()
    {
        var ui = new SocialOrgUi().Describe();
        Assert.Empty(ui.Problems(DeclaredPermissions()));
        Assert.Equal(["organisations", "register", "organisation", "list-entries", "social-workers", "new-social-worker",
            "inspections-due", "inspections-overdue", "inspections", "submit-inspection", "inspection",
            "applications", "name-approval", "application", "refusal-notice", "branches", "application-files", "registration-certificates", "registration-certificate",
            "registration-certificate-original", "registration-certificate-duplicate", "branch-certificate", "branch-certificate-original",
            "branch-certificate-duplicate",
            "dashboard", "list-reminders", "evaluation-rounds", "evaluation-eligibility", "evaluations", "evaluation", "social-work-stations", "new-social-work-station"],
            ui.Pages.Select(p => p.Id));
    }

    [Fact]
    public void The_UI_check_catches_an_undeclared_permission()
    {
        var ui = new SocialOrgUi().Describe();
        Assert.Contains(ui.Problems(DeclaredPermissions().Where(p => p != SocialOrgPermissions.SocialWork)), p => p.Contains(SocialOrgPermissions.SocialWork, StringComparison.Ordinal));
    }

    [Fact]
    public void Its_migrations_match_its_model_on_both_engines() =>
        Assert.Empty(MigrationSets.LaggingInModule(ModuleBuildOutputs.Of<SocialOrgModule>()));
}
