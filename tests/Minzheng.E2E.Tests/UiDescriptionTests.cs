using Minzheng.Sdk.Ui;

namespace Minzheng.E2E.Tests;

/// <summary>The rules the host applies to a module's UI description before the shell renders it.</summary>
public sealed class UiDescriptionTests
{
    [Fact]
    public void The_visits_module_describes_a_sound_UI()
    {
        // Loaded from source here (not as a plugin): the rules are the SDK's, the same either way.
        var ui = new Minzheng.E2E.Visits.VisitsUi().Describe();
        Assert.Empty(ui.Problems(["visits.read", "visits.write", "visits.approve"]));
    }

    [Fact]
    public void A_broken_description_is_reported_with_every_problem()
    {
        var ui = new ModuleUi
        {
            Menu = [new MenuEntry("走访", "missing"), new MenuEntry("空组")],
            Pages =
            [
                new ListPage("cases", "个案", UiEndpoint.Get("/api/other-module/cases"))
                {
                    Permission = "cases.undeclared",
                    Columns = [new Column("state", "状态", FieldType.Enum)],
                    RowActions = [new UiAction("delete", "删除") { Endpoint = UiEndpoint.Delete("cases/{id}") }],
                },
                new FormPage("cases", "重复", UiEndpoint.Post("cases")) { Fields = [new FormField("kind", "类型", FieldType.Enum)] },
            ],
        };

        var problems = ui.Problems(["cases.read"]);

        Assert.Contains(problems, p => p.Contains("'missing', which is not described", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("opens no page and has no children", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("relative to the module's API root", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'cases.undeclared' is not declared", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("an enum needs options", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("deletes without asking", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("the id is used twice", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("an enum field needs options", StringComparison.Ordinal));
    }
}
