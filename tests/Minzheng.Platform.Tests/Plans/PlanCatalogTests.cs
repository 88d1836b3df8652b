using System.Text;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Modules;
using Minzheng.Platform.Plans;
using Minzheng.Sdk.Modules;

namespace Minzheng.Platform.Tests.Plans;

/// <summary>Plans are data: the default is 表2 of the 14th plan, a deployer's file adds the next, a bad row stops the start with one line.</summary>
public sealed class PlanCatalogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("minzheng-plans-").FullName;

    private static readonly ModuleCatalog Modules = new(
    [
        InstalledModule.Refused("/plugins/notes", "notes", new ModuleManifest
        {
            Id = "notes", DisplayName = "备忘", Version = "1.0.0", Sdk = "^2.1.0", Assembly = "x.dll",
            Indicators = [new IndicatorDeclaration("notes.count", "备忘条数", "条")],
        }, "for the test"),
    ]);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_default_plan_is_表2_with_its_targets_read_as_comparisons()
    {
        var plan = Assert.Single(PlanCatalog.Load([], _folder, Modules).All);

        Assert.Equal(("14th", 2021, 2025, 2020), (plan.Id, plan.FromYear, plan.ToYear, plan.BaselineYear));
        Assert.Equal(17, plan.Rows.Count);
        Assert.Equal(new PlanTarget("≥85", TargetComparison.AtLeast, 85), plan.Row(2)!.Target);
        Assert.Equal(new PlanTarget("≤40", TargetComparison.AtMost, 40), plan.Row(14)!.Target);
        Assert.Equal(new PlanTarget("35", TargetComparison.AtLeast, 35), plan.Row(5)!.Target);
        Assert.Equal(TargetComparison.Reference, plan.Row(1)!.Target.Comparison);
        Assert.Equal("约束性", plan.Row(9)!.Binding);
        Assert.Equal("marriage.cross-province", plan.Row(9)!.Indicator);
        Assert.Equal("285.6", plan.Row(8)!.Baseline);
        Assert.Null(plan.Row(6)!.Indicator);
    }

    [Fact]
    public void A_target_is_met_by_the_comparison_it_names_and_a_reference_target_is_not_judged()
    {
        Assert.True(PlanTarget.Parse("≥85").IsMetBy(85));
        Assert.False(PlanTarget.Parse("≥85").IsMetBy(84.99m));
        Assert.True(PlanTarget.Parse("≤40").IsMetBy(40));
        Assert.False(PlanTarget.Parse("<=40").IsMetBy(40.1m));
        Assert.True(PlanTarget.Parse("100").IsMetBy(100));
        Assert.False(PlanTarget.Parse("100").IsMetBy(99.9m));
        Assert.Null(PlanTarget.Parse("不低于上年度居民人均消费支出增速").IsMetBy(12));
    }

    [Fact]
    public void A_deployers_plan_file_adds_the_next_plan_and_the_current_plan_follows_the_year()
    {
        var catalog = PlanCatalog.Load([Write("next.json", PlanHostFixture.NextPlan)], _folder, Modules);

        Assert.Equal(["14th", "15th"], catalog.All.Select(p => p.Id));
        Assert.Equal("14th", catalog.Current(2023).Id);
        Assert.Equal("15th", catalog.Current(2027).Id);
        Assert.Equal("15th", catalog.Current(2035).Id);
        Assert.Equal(2025, catalog.Find("15th")!.BaselineYear);
    }

    [Theory]
    [InlineData("""{ "number": 3, "name": "x", "unit": "%", "target": "≥1", "binding": "约束性" }, { "number": 3, "name": "y", "unit": "%", "target": "1", "binding": "预期性" }""", "row 3: the number is used twice")]
    [InlineData("""{ "number": 1, "name": "", "unit": "%", "target": "1", "binding": "预期性" }""", "row 1: 'name' is empty")]
    [InlineData("""{ "number": 1, "name": "x", "unit": "%", "target": "", "binding": "预期性" }""", "row 1: 'target' is empty")]
    [InlineData("""{ "number": 1, "name": "x", "unit": "%", "target": "1", "binding": "必须" }""", "row 1: 'binding' is '必须'")]
    [InlineData("""{ "number": 1, "name": "x", "unit": "%", "target": "1", "binding": "预期性", "indicator": "nodot" }""", "row 1: indicator 'nodot' is not '<module id>.<name>'")]
    [InlineData("""{ "number": 1, "name": "x", "unit": "%", "target": "1", "binding": "预期性", "indicator": "notes.counts" }""", "row 1: module 'notes' declares no indicator 'notes.counts' (it declares: notes.count)")]
    public void A_bad_row_is_one_line_naming_the_file_and_the_row(string rows, string expected)
    {
        var file = Write("bad.json", $$"""{ "id": "15th", "title": "t", "fromYear": 2026, "toYear": 2030, "rows": [ {{rows}} ] }""");

        var problem = Assert.Throws<ConfigurationProblem>(() => PlanCatalog.Load([file], _folder, Modules));

        Assert.Contains("plan file 'bad.json'", problem.Message);
        Assert.Contains(expected, problem.Message);
        Assert.DoesNotContain('\n', problem.Message);
    }

    [Fact]
    public void A_row_of_a_module_not_installed_is_accepted_and_an_overlapping_or_missing_file_is_refused()
    {
        var later = Write("later.json", """{ "id": "15th", "title": "t", "fromYear": 2026, "toYear": 2030, "rows": [ { "number": 1, "name": "x", "unit": "个", "target": "3", "binding": "预期性", "indicator": "lottery.outlets" } ] }""");
        Assert.Equal(2, PlanCatalog.Load([later], _folder, Modules).All.Count);

        var overlapping = Write("overlap.json", """{ "id": "mid", "title": "t", "fromYear": 2025, "toYear": 2027, "rows": [ { "number": 1, "name": "x", "unit": "个", "target": "3", "binding": "预期性" } ] }""");
        Assert.Contains("overlap", Assert.Throws<ConfigurationProblem>(() => PlanCatalog.Load([overlapping], _folder, Modules)).Message);
        Assert.Contains("does not exist", Assert.Throws<ConfigurationProblem>(() => PlanCatalog.Load(["missing.json"], _folder, Modules)).Message);
        Assert.Contains("not a plan file", Assert.Throws<ConfigurationProblem>(() => PlanCatalog.Load([Write("junk.json", "{ rows: ")], _folder, Modules)).Message);
    }

    private string Write(string name, string content)
    {
        File.WriteAllText(Path.Combine(_folder, name), content, Encoding.UTF8);
        return name;
    }
}
