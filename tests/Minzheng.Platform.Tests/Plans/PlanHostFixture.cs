using Microsoft.Extensions.Time.Testing;
using Minzheng.Platform.Tests.Audit;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Plans;

/// <summary>
/// One host for the plan tests: the notes fixture (it computes <c>notes.count</c>) enabled in the first district
/// only, the default plan and a second plan (2026–2030) from a file whose row 1 the notes module computes.
/// </summary>
public sealed class PlanHostFixture : IAsyncLifetime
{
    /// <summary>Beijing 2026-12-02 10:00.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly string _planFile = Path.Combine(Path.GetTempPath(), $"minzheng-plan-{Guid.NewGuid():N}.json");

    public ModuleTestHost Host { get; private set; } = null!;

    public FakeTimeProvider Clock { get; } = new(Now);

    public const string NextPlan = """
        {
          "id": "15th", "title": "“十五五”测试规划", "fromYear": 2026, "toYear": 2030,
          "rows": [
            { "number": 1, "name": "备忘条数", "unit": "条", "baseline": "3", "target": "≥10", "binding": "预期性", "indicator": "notes.count" },
            { "number": 2, "name": "政府运营床位占比", "unit": "%", "baseline": "≤50", "target": "≤40", "binding": "约束性" }
          ]
        }
        """;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_planFile, NextPlan);
        Host = await AuditApi.StartWithNotesAsync(o =>
        {
            o.Clock = Clock;
            o.EnabledModules = new() { [TestDistricts.First] = ["notes"], [TestDistricts.Second] = [] };
            o.Settings["Minzheng:PlanFiles:0"] = _planFile;
        });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        File.Delete(_planFile);
    }

    /// <summary>District staff who read and enter plan values.</summary>
    public HttpClient Planner(string districtId = TestDistricts.First) =>
        Host.CreateClient(new TestStaff("planner-1", "王规划", districtId, new OrgScope(OrgLevel.District, TestDistricts.DivisionCode),
            [PlatformPermissions.PlanRead, PlatformPermissions.PlanEnter, "notes.read", "notes.write"]));

    /// <summary>A town clerk of 东林街道 with the same permissions.</summary>
    public HttpClient DonglinClerk() =>
        Host.CreateClient(TestStaff.Town(TestDistricts.First, TestDistricts.TownDonglin,
            PlatformPermissions.PlanRead, PlatformPermissions.PlanEnter, "notes.read", "notes.write"));
}
