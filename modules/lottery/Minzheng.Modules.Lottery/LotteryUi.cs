using Minzheng.Modules.Lottery.Contracts;
using Minzheng.Modules.Lottery.Dashboard;
using Minzheng.Modules.Lottery.Disclosure;
using Minzheng.Modules.Lottery.Fund;
using Minzheng.Modules.Lottery.Inspections;
using Minzheng.Modules.Lottery.Outlets;
using Minzheng.Modules.Lottery.Sales;
using Minzheng.Modules.Lottery.Terminals;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Lottery;

/// <summary>福利彩票's pages in the staff web UI: each feature describes its own, this puts them in the menu.</summary>
public sealed class LotteryUi : IModuleUi
{
    /// <inheritdoc />
    public ModuleUi Describe() => new()
    {
        Menu =
        [
            new MenuEntry("销售网点", "outlets") { Icon = UiIcons.List },
            new MenuEntry("设立申请", "new-outlet") { Icon = UiIcons.File },
            new MenuEntry("迁址申请", "outlet-moves") { Icon = UiIcons.List },
            new MenuEntry("学校位置", "schools") { Icon = UiIcons.List },
            new MenuEntry("代销合同", "contracts") { Icon = UiIcons.File },
            new MenuEntry("销售终端", "terminals") { Icon = UiIcons.List },
            new MenuEntry("网点检查", "inspections") { Icon = UiIcons.List },
            new MenuEntry("违规名单", "penalties") { Icon = UiIcons.List },
            new MenuEntry("检查清单", "checklist") { Icon = UiIcons.List },
            new MenuEntry("销量导入", "sales-imports") { Icon = UiIcons.File },
            new MenuEntry("销量统计", "sales-report") { Icon = UiIcons.List },
            new MenuEntry("公益金", "fund") { Icon = UiIcons.Dashboard },
            new MenuEntry("公益金收支", "fund-movements") { Icon = UiIcons.List },
            new MenuEntry("资助项目", "fund-projects") { Icon = UiIcons.List },
            new MenuEntry("公益金公告", "disclosures") { Icon = UiIcons.File },
            new MenuEntry("概览", "dashboard") { Icon = UiIcons.Dashboard },
        ],
        Pages =
        [
            OutletPages.List, OutletPages.New, OutletPages.Detail, OutletMovePages.List, OutletMovePages.Detail, SchoolPages.List, SchoolPages.New,
            SalesPages.Imports, SalesPages.Upload, SalesPages.Detail, SalesPages.Errors, SalesPages.Replaced, SalesPages.Report,
            FundPages.Fund, FundPages.Movements, FundPages.Receipt, FundPages.Projects, FundPages.NewProject, FundPages.Project, FundPages.ProjectMovements, FundPages.Evidence,
            DisclosurePages.List, DisclosurePages.New, DisclosurePages.Detail, DisclosurePages.Print,
            DashboardPages.Overview,
            ContractPages.List, ContractPages.New, ContractPages.Detail, TerminalPages.List, TerminalPages.Detail,
            InspectionPages.Checklist, InspectionPages.List, InspectionPages.New, InspectionPages.Detail, InspectionPages.Photos,
            PenaltyPages.List, PenaltyPages.New, PenaltyPages.Detail, PenaltyPages.Print,
        ],
    };
}
