using System.Text.Json;
using Minzheng.Modules.Disability.Ui;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Disability.Tests.Rules;

public sealed class UiDescriptionTests
{
    [Fact]
    public void The_description_keeps_every_rule_of_the_shell()
    {
        var manifest = Path.Combine(ModuleBuildOutputs.Of<DisabilityModule>(), "module.json");
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        var declared = json.RootElement.GetProperty("permissions").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        var ui = new DisabilityUi().Describe();
        Assert.Empty(ui.Problems(declared));
        Assert.Contains(ui.Pages, p => p is Minzheng.Sdk.Ui.PrintPage { Id: "roster-print" });
        Assert.Contains(ui.Pages, p => p is Minzheng.Sdk.Ui.DashboardPage { Id: "coverage" });
    }

    [Fact]
    public void Every_permission_the_code_uses_is_declared()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ModuleBuildOutputs.Of<DisabilityModule>(), "module.json")));
        var declared = json.RootElement.GetProperty("permissions").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToHashSet();
        var used = typeof(DisabilityPermissions).GetFields().Select(f => (string)f.GetRawConstantValue()!);
        Assert.All(used, p => Assert.Contains(p, declared));
    }

    [Fact]
    public void Every_list_is_paged_on_the_server()
    {
        var lists = new DisabilityUi().Describe().Pages.OfType<Minzheng.Sdk.Ui.ListPage>().ToList();
        Assert.NotEmpty(lists);
        Assert.All(lists, list => Assert.Equal(Minzheng.Sdk.Ui.Paging.Server, list.Paging));
    }
}
