using System.Net;
using System.Net.Http.Json;
using System.Text;
using Minzheng.Modules.Lottery.Dashboard;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Lottery.Tests;

/// <summary>A host whose plan targets are set in configuration (<c>Modules:lottery:Targets</c>), small enough to be reached.</summary>
public sealed class TargetedLotteryHost : LotteryHost
{
    /// <inheritdoc />
    protected override void Configure(ModuleTestHostOptions options)
    {
        options.Settings["Modules:lottery:Targets:SalesYuanPerYear"] = "10000";
        options.Settings["Modules:lottery:Targets:PlanFromYear"] = "2022";
        options.Settings["Modules:lottery:Targets:PlanToYear"] = "2025";
        options.Settings["Modules:lottery:Targets:FundRaisedYuan"] = "1500";
        options.Settings["Modules:lottery:Targets:FundLocalYuan"] = "800";
    }
}

/// <summary>
/// The dashboard's targets: this year's sales against the year's, the 公益金 raised over the plan period and its local share
/// (every source but 上级下达) against theirs, from configuration. The ledger is the district's, so a host of its own.
/// </summary>
public sealed class DashboardTargetTests(TargetedLotteryHost host) : IClassFixture<TargetedLotteryHost>
{
    [Fact]
    public async Task This_year_s_sales_and_the_plan_period_s_fund_and_local_share_are_shown_against_the_configured_targets()
    {
        var fund = host.Client(FundStaff.Officer);
        // By hand, in the period (2022–2025): 1,000 上级下达 + 300 本级留成 + 200 逾期未兑奖奖金 + 100 其他 = 1,600, of it 600 local;
        // 2021 (before the period) and this year's do not count (nor does this year's 50 and its reversal: a reversal counts in its own year).
        foreach (var (amount, source, on, draw) in new[]
        {
            (1000m, "allocated", "2023-03-01", (string?)null), (300m, "retained", "2023-04-01", null), (200m, "unclaimed-prizes", "2024-05-01", "2024-01-10"),
            (100m, "other", "2025-12-31", null), (900m, "retained", "2021-06-01", null), (70m, "retained", "2026-05-01", null),
        })
        {
            Assert.Equal(HttpStatusCode.Created, (await fund.ReceiveAsync(amount, source, on, draw)).StatusCode);
        }
        var wrong = await (await fund.ReceiveAsync(50m, "retained", "2026-05-15")).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Created, (await fund.PostAsJsonAsync($"/api/lottery/fund/movements/{wrong.Id()}/reverse", new { reason = "重复登记" })).StatusCode);

        var officer = host.Client(Staff.Officer);
        var station = await SalesApi.OpenOutletAsync(officer);
        var csv = $"月份,网点编号,游戏类别,销售额（元）\r\n{SalesApi.Month(host)},{station},双色球,1550.50\r\n";
        Assert.Equal(HttpStatusCode.Created, (await SalesApi.ImportAsync(officer, "六月.csv", Encoding.UTF8.GetBytes(csv))).StatusCode);

        var dashboard = await (await officer.GetAsync("/api/lottery/dashboard")).JsonAsync();
        Assert.Equal((1550.50m, 10_000m), (dashboard.GetProperty("salesThisYear").GetDecimal(), dashboard.GetProperty("salesTarget").GetDecimal()));
        Assert.Equal("2026年目标 10,000元，已完成 15.5%", dashboard.Text("salesProgress"));
        Assert.Equal((1600m, 1500m), (dashboard.GetProperty("fundRaisedPlanPeriod").GetDecimal(), dashboard.GetProperty("fundTarget").GetDecimal()));
        Assert.Equal("2022—2025年目标 1,500元，已完成 106.7%，达标", dashboard.Text("fundProgress"));
        Assert.Equal((600m, 800m), (dashboard.GetProperty("fundLocalPlanPeriod").GetDecimal(), dashboard.GetProperty("fundLocalTarget").GetDecimal()));
        Assert.Equal("2022—2025年目标 800元，已完成 75.0%，未达标", dashboard.Text("fundLocalProgress"));
        Assert.Equal(70m, dashboard.GetProperty("fundRaisedThisYear").GetDecimal());
        // The outlets stay row 5's, through the plan.
        Assert.Contains("35", dashboard.Text("outletsTarget"));
    }

    [Fact]
    public void The_plan_s_figures_are_the_defaults_a_verdict_comes_once_the_time_is_over_and_a_wrong_setting_stops_the_start()
    {
        var plan = new TargetOptions().Checked();
        Assert.Equal((114_000_000m, 39_850_000m, 9_100_000m, "2021—2025年"), (plan.SalesYuanPerYear, plan.FundRaisedYuan, plan.FundLocalYuan, plan.Period));
        Assert.Equal("2026年目标 114,000,000元，已完成 50.0%", TargetRules.Progress(57_000_000m, plan.SalesYuanPerYear, "2026年", ended: false));
        Assert.Equal("2021—2025年目标 39,850,000元，已完成 100.0%，达标", TargetRules.Progress(39_850_000m, plan.FundRaisedYuan, plan.Period, ended: true));
        Assert.Equal("2021—2025年目标 9,100,000元，已完成 99.9%，未达标", TargetRules.Progress(9_095_000m, plan.FundLocalYuan, plan.Period, ended: true));
        Assert.Equal("2021—2025年目标 9,100,000.5元，已完成 0.0%", TargetRules.Progress(0m, 9_100_000.5m, plan.Period, ended: false));
        Assert.Throws<InvalidOperationException>(() => new TargetOptions { FundLocalYuan = 40_000_000m }.Checked());
        Assert.Throws<InvalidOperationException>(() => new TargetOptions { SalesYuanPerYear = 0 }.Checked());
        Assert.Throws<InvalidOperationException>(() => new TargetOptions { PlanFromYear = 2026, PlanToYear = 2025 }.Checked());
    }
}
