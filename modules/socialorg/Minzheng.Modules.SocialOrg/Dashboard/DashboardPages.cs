using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.SocialOrg.Dashboard;

/// <summary>The dashboard page: the register, last year's inspection, the lists, the grades, row 7 and the stations.</summary>
internal static class DashboardPages
{
    public static DashboardPage Overview => new("dashboard", "社会组织概览", UiEndpoint.Get("dashboard"))
    {
        Permission = SocialOrgPermissions.Read,
        Cards =
        [
            new StatCard("在册社会组织", "registered") { Suffix = "家" },
            new StatCard("上年度年检已报送", "inspectionReported") { Suffix = "家", Caption = "{inspectionYear}年度应检 {inspectionDue} 家，已作出结论 {inspectionConcluded} 家，逾期 {inspectionOverdue} 家" },
            new StatCard("活动异常名录", "abnormal") { Suffix = "家", Caption = "严重违法失信名单 {serious} 家" },
            new StatCard("评估等级有效的社会组织", "graded") { Suffix = "家" },
            new StatCard("社会工作专业人才", "socialWorkers") { Suffix = "人", Caption = "目标 {socialWorkersTarget}：{socialWorkersVerdict}" },
            new StatCard("社会工作站", "stations") { Suffix = "个" },
        ],
        Charts =
        [
            new Chart("在册社会组织（按类型）", "byType"), new Chart("社会组织（按登记状态）", "byStatus"), new Chart("上年度年检进度", "inspection"),
            new Chart("评估等级", "grades"), new Chart("社会工作专业人才（按镇街）", "socialWorkersByTown"), new Chart("社会工作站（按镇街）", "stationsByTown"),
        ],
    };
}
