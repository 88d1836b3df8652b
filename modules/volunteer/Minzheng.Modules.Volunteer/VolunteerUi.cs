using Minzheng.Modules.Volunteer.Activities;
using Minzheng.Modules.Volunteer.Certificates;
using Minzheng.Modules.Volunteer.Dashboard;
using Minzheng.Modules.Volunteer.Hours;
using Minzheng.Modules.Volunteer.Import;
using Minzheng.Modules.Volunteer.Organisers;
using Minzheng.Modules.Volunteer.Reports;
using Minzheng.Modules.Volunteer.Stars;
using Minzheng.Modules.Volunteer.Teams;
using Minzheng.Modules.Volunteer.Volunteers;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Volunteer;

/// <summary>志愿服务's pages in the staff web UI: each feature describes its own, this puts them in the menu.</summary>
public sealed class VolunteerUi : IModuleUi
{
    /// <inheritdoc />
    public ModuleUi Describe() => new()
    {
        Menu =
        [
            new MenuEntry("概览", "dashboard") { Icon = UiIcons.Dashboard },
            new MenuEntry("志愿者", "volunteers") { Icon = UiIcons.Heart },
            new MenuEntry("志愿服务队伍", "teams") { Icon = UiIcons.Organisation },
            new MenuEntry("组织单位", "organisers") { Icon = UiIcons.Organisation },
            new MenuEntry("志愿服务活动", "activities") { Icon = UiIcons.Calendar },
            new MenuEntry("服务时长", "hours") { Icon = UiIcons.List },
            new MenuEntry("更正申请", "corrections") { Icon = UiIcons.File },
            new MenuEntry("记录证明", "certificates") { Icon = UiIcons.Certificate },
            new MenuEntry("星级评定", "stars") { Icon = UiIcons.Gift },
            new MenuEntry("时长统计", "hours-report") { Icon = UiIcons.List },
            new MenuEntry("批量导入", "imports") { Icon = UiIcons.File },
        ],
        Pages =
        [
            VolunteerPages.List, VolunteerPages.New, VolunteerPages.Detail, HoursPages.OfVolunteer,
            TeamPages.List, TeamPages.New, TeamPages.Detail, TeamPages.Members,
            ActivityPages.List, ActivityPages.New, ActivityPages.Detail, ActivityPages.SignUps, ActivityPages.CheckInCode, ActivityPages.CheckOutCode,
            HoursPages.List, HoursPages.Corrections, HoursPages.New, HoursPages.Detail,
            CertificatePages.List, CertificatePages.New, CertificatePages.Detail, CertificatePages.Print,
            StarPages.List, ReportPages.Hours, DashboardPages.Overview,
            OrganiserPages.List, OrganiserPages.New, OrganiserPages.Detail,
            ImportPages.List, ImportPages.Volunteers, ImportPages.Hours, ImportPages.Detail, ImportPages.Errors,
        ],
    };
}
