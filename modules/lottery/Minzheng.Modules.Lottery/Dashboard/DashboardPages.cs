using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Lottery.Dashboard;

/// <summary>The overview page: row 5, this year's sales and the plan period's fund, each with its target, then the charts.</summary>
internal static class DashboardPages
{
    public static DashboardPage Overview => new("dashboard", "福利彩票概览", UiEndpoint.Get("dashboard"))
    {
        Permission = LotteryPermissions.Read,
        Cards =
        [
            new StatCard("销售网点数", "outlets") { Suffix = "个", Caption = "目标 {outletsTarget}：{outletsVerdict}" },
            new StatCard("今年销量", "salesThisYear", FieldType.Money) { Suffix = "元", Caption = "{salesProgress}" },
            new StatCard("公益金筹集（规划期）", "fundRaisedPlanPeriod", FieldType.Money) { Suffix = "元", Caption = "{fundProgress}" },
            new StatCard("其中本级筹集", "fundLocalPlanPeriod", FieldType.Money) { Suffix = "元", Caption = "{fundLocalProgress}" },
            new StatCard("今年公益金筹集", "fundRaisedThisYear", FieldType.Money) { Suffix = "元", Caption = "{disclosureWarning}" },
        ],
        Charts = [new Chart("今年销量（按月，元）", "salesByMonth", ChartKind.Line), new Chart("今年销量（按镇街，元）", "salesByTown")],
    };
}
