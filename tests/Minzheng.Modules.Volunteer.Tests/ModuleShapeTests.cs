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

    [Theory]
    [InlineData("new-activity", "organiser")]
    [InlineData("new-team", "organiser")]
    [InlineData("issue-certificate", "issuer")]
    public void A_form_naming_an_organiser_picks_it_from_the_registered_ones_and_keeps_a_typed_name_for_others(string form, string typedField)
    {
        var fields = new VolunteerUi().Describe().Pages.OfType<Sdk.Ui.FormPage>().Single(p => p.Id == form).Fields;
        var picker = fields.Single(f => f.Name == "organiserId");
        Assert.Equal(Sdk.Ui.FieldType.Enum, picker.Type);
        Assert.Equal(("GET", "organisers/options", "id", "label"), (picker.OptionsFrom!.Endpoint.Method, picker.OptionsFrom.Endpoint.Path, picker.OptionsFrom.Value, picker.OptionsFrom.Label));
        var typed = fields.Single(f => f.Name == typedField);
        Assert.False(typed.Required);
        Assert.Equal("未登记单位名称", typed.Label);
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
