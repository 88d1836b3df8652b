using Minzheng.Sdk.Access;
using Minzheng.Sdk.Ui;
using P = Minzheng.Modules.Disability.DisabilityPermissions;

namespace Minzheng.Modules.Disability.Ui;

/// <summary>The module's pages: applications and their workflow, annual review, discovery, rosters, coverage.</summary>
public sealed class DisabilityUi : IModuleUi
{
    /// <inheritdoc />
    public ModuleUi Describe() => new()
    {
        Menu =
        [
            new MenuEntry("受理申请", "new-application") { Icon = UiIcons.File },
            new MenuEntry("申请与享受对象", "applications") { Icon = UiIcons.Team },
            new MenuEntry("年审", "annual-reviews") { Icon = UiIcons.Calendar },
            new MenuEntry("主动发现", "discovery") { Icon = UiIcons.Heart },
            new MenuEntry("发放名册", "rosters") { Icon = UiIcons.Money },
            new MenuEntry("待追回", "overpayments") { Icon = UiIcons.List },
            new MenuEntry("覆盖率", "coverage") { Icon = UiIcons.Dashboard },
        ],
        Pages =
        [
            ApplicationPages.List, ApplicationPages.New, ApplicationPages.Detail, ApplicationPages.AnnualReviews,
            DiscoveryPage, RosterPages.List, RosterPages.Detail, RosterPages.Print, RosterPages.Overpayments, CoveragePage,
        ],
    };

    private static ListPage DiscoveryPage => new("discovery", "主动发现：符合条件未申请", UiEndpoint.Get("discovery"))
    {
        Permission = P.Discover,
        Paging = Paging.Server,
        RowKey = "key",
        Columns =
        [
            new Column("name", "姓名"), new Column("idNumber", "身份证号码", FieldType.IdNumber), new Column("town", "镇街", FieldType.Division),
            new Column("divisionCode", "村居", FieldType.Division) { Sortable = true }, new Column("kind", "可享受补贴", FieldType.Enum) { Options = UiOptions.Kinds },
            new Column("category", "残疾类别"), new Column("grade", "等级", FieldType.Number),
        ],
        Search =
        [
            new FormField("divisionCode", "镇街", FieldType.Division) { DivisionLevel = OrgLevel.Town },
            new FormField("kind", "补贴类别", FieldType.Enum) { Options = UiOptions.Kinds },
        ],
        DefaultSort = new SortOrder("divisionCode"),
        RowActions =
        [
            new UiAction("apply", "代为申请")
            {
                Endpoint = UiEndpoint.Post("discovery/{residentId}/{kind}/apply"),
                Permission = P.Apply,
                Fields =
                [
                    new FormField("appliedBy", "申请人", FieldType.Enum) { Options = UiOptions.Roles, Default = "village-committee", Required = true },
                    new FormField("applicantName", "申请人姓名") { MaxLength = 50 },
                    new FormField("needsLongTermCare", "需长期照护（6个月以上）", FieldType.Boolean),
                    new FormField("bankName", "开户银行") { Required = true, MaxLength = 50 },
                    new FormField("bankAccount", "银行账号") { Required = true, Pattern = "^[0-9]{10,30}$", PatternMessage = "银行账号应为10至30位数字" },
                ],
            },
        ],
    };

    private static DashboardPage CoveragePage => new("coverage", "两项补贴覆盖率", UiEndpoint.Get("coverage"))
    {
        Permission = P.Read,
        Cards =
        [
            new StatCard("生活补贴覆盖率", "livingRate") { Suffix = "%" }, new StatCard("生活补贴应享受", "livingEligible") { Suffix = "人" },
            new StatCard("护理补贴覆盖率", "careRate") { Suffix = "%" }, new StatCard("护理补贴应享受", "careEligible") { Suffix = "人" },
            new StatCard("目标", "target") { Suffix = "%" },
        ],
        Charts = [new Chart("各镇街生活补贴覆盖率（%）", "livingByTown"), new Chart("各镇街护理补贴覆盖率（%）", "careByTown")],
    };
}
