using Minzheng.Modules.SocialOrg.Applications;
using Minzheng.Modules.SocialOrg.Certificates;
using Minzheng.Modules.SocialOrg.Dashboard;
using Minzheng.Modules.SocialOrg.Evaluation;
using Minzheng.Modules.SocialOrg.Inspection;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Modules.SocialOrg.SocialWork;
using Minzheng.Modules.SocialOrg.Supervision;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.SocialOrg;

/// <summary>社会组织's pages in the staff web UI: each feature describes its own, this puts them in the menu.</summary>
public sealed class SocialOrgUi : IModuleUi
{
    /// <inheritdoc />
    public ModuleUi Describe() => new()
    {
        Menu =
        [
            new MenuEntry("社会组织概览", "dashboard") { Icon = UiIcons.Dashboard },
            new MenuEntry("社会组织登记", "organisations") { Icon = UiIcons.Organisation },
            new MenuEntry("成立登记", "register") { Icon = UiIcons.File },
            new MenuEntry("登记申请", "applications") { Icon = UiIcons.File },
            new MenuEntry("登记证书", "registration-certificates") { Icon = UiIcons.File },
            new MenuEntry("分支机构", "branches") { Icon = UiIcons.Organisation },
            new MenuEntry("信用名录", "list-entries") { Icon = UiIcons.List },
            new MenuEntry("年检名单", "inspections-due") { Icon = UiIcons.Calendar },
            new MenuEntry("年检报告", "inspections") { Icon = UiIcons.File },
            new MenuEntry("逾期未报年检", "inspections-overdue") { Icon = UiIcons.List },
            new MenuEntry("名录待决定事项", "list-reminders") { Icon = UiIcons.Calendar },
            new MenuEntry("评估年度", "evaluation-rounds") { Icon = UiIcons.Calendar },
            new MenuEntry("参评资格", "evaluation-eligibility") { Icon = UiIcons.List },
            new MenuEntry("等级评估", "evaluations") { Icon = UiIcons.File },
            new MenuEntry("社会工作者", "social-workers") { Icon = UiIcons.Team },
            new MenuEntry("社会工作站", "social-work-stations") { Icon = UiIcons.Organisation },
        ],
        Pages = [RegisterPages.List, RegisterPages.New, RegisterPages.Detail, SupervisionPages.Entries, SocialWorkPages.List, SocialWorkPages.New,
            InspectionPages.Due, InspectionPages.Overdue, InspectionPages.Reports, InspectionPages.Submit, InspectionPages.Detail,
            ApplicationPages.List, ApplicationPages.NameApproval, ApplicationPages.Detail, ApplicationPages.RefusalNotice, ApplicationPages.Branches, Documents.DocumentPages.Files,
            CertificatePages.List, CertificatePages.Detail, CertificatePages.Original, CertificatePages.Duplicate,
            CertificatePages.BranchDetail, CertificatePages.BranchOriginal, CertificatePages.BranchDuplicate,
            DashboardPages.Overview, SupervisionPages.Reminders, EvaluationPages.Rounds, EvaluationPages.Eligibility, EvaluationPages.List, EvaluationPages.Detail,
            StationPages.List, StationPages.New],
    };
}
