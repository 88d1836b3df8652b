using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Volunteer.Dashboard;

/// <summary>The dashboard page: rows 16–17 with their targets and the denominator's source, then the charts.</summary>
internal static class DashboardPages
{
    public static DashboardPage Overview => new("dashboard", "志愿服务概览", UiEndpoint.Get("dashboard"))
    {
        Permission = VolunteerPermissions.Read,
        Cards =
        [
            new StatCard("实名志愿者占居民人口比例", "share") { Suffix = "%", Caption = "目标 {shareTarget}：{shareVerdict}" },
            new StatCard("实名注册志愿者", "volunteers") { Suffix = "人", Caption = "分母：居民信息库在世居民 {residents} 人" },
            new StatCard("城乡社区志愿服务队伍", "communityTeams") { Suffix = "支", Caption = "目标 {teamsTarget}：{teamsVerdict}" },
            new StatCard("今年已确认志愿服务时长", "serviceHoursThisYear") { Suffix = "小时" },
        ],
        Charts =
        [
            new Chart("实名志愿者占居民比例（按镇街，%）", "shareByTown"), new Chart("实名注册志愿者（按镇街）", "volunteersByTown"),
            new Chart("今年已确认志愿服务时长（按月）", "hoursByMonth", ChartKind.Line),
        ],
    };
}
