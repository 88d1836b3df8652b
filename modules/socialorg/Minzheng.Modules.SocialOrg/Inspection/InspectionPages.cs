using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.SocialOrg.Inspection;

/// <summary>The inspection's pages: the year's list (with its export), the overdue list, the reports, the report form, a report with its conclusion.</summary>
internal static class InspectionPages
{
    private static readonly EnumOption[] States =
    [
        new("due", "未报送") { Color = "blue" }, new("overdue", "逾期未报送") { Color = "red" }, new("submitted", "已报送，待结论") { Color = "orange" },
        new("concluded", "已作出结论") { Color = "green" }, new("exempt", "免检") { Color = "default" },
    ];

    private static readonly EnumOption[] Statuses = [new("submitted", "待结论") { Color = "orange" }, new("concluded", "已作出结论") { Color = "green" }];

    private static readonly EnumOption[] Conclusions =
    [
        new("qualified", "合格") { Color = "green" }, new("basically-qualified", "基本合格") { Color = "orange" }, new("unqualified", "不合格") { Color = "red" },
    ];

    private static Column[] DueColumns =>
    [
        new Column("name", "名称"), new Column("type", "类型", FieldType.Enum) { Options = Register.RegisterPages.Types }, new Column("creditCode", "统一社会信用代码"),
        new Column("divisionCode", "所在村（居）", FieldType.Division), new Column("registeredOn", "成立登记日期", FieldType.Date),
        new Column("state", "年检状态", FieldType.Enum) { Options = States }, new Column("exemptReason", "免检理由"),
        new Column("submittedOn", "报送日期", FieldType.Date), new Column("conclusion", "年检结论", FieldType.Enum) { Options = Conclusions },
        new Column("deadline", "报送截止日期", FieldType.Date),
    ];

    public static ListPage Due => new("inspections-due", "年检名单", UiEndpoint.Get("inspections/due"))
    {
        Permission = SocialOrgPermissions.Read,
        Paging = Paging.Server,
        RowKey = "organisationId",
        Columns = DueColumns,
        Search =
        [
            new FormField("year", "年度（默认上一年）", FieldType.Number), new FormField("state", "年检状态", FieldType.Enum) { Options = States },
            new FormField("q", "名称或信用代码"),
        ],
        StatusField = "state",
        RowOpens = "organisation/{organisationId}",
        Actions =
        [
            new UiAction("submit", "报送年检报告") { OpenPage = "submit-inspection", Permission = SocialOrgPermissions.AnnualReport },
            // Sent with the list's search (SDK 2.3.0): the year and state shown are the ones exported.
            new UiAction("export", "导出Excel") { Endpoint = UiEndpoint.Get("inspections/due.xlsx"), Download = true },
        ],
    };

    public static ListPage Overdue => new("inspections-overdue", "逾期未报年检", UiEndpoint.Get("inspections/overdue"))
    {
        Permission = SocialOrgPermissions.Read,
        Paging = Paging.Server,
        RowKey = "organisationId",
        Columns = DueColumns,
        Search = [new FormField("year", "年度（默认上一年）", FieldType.Number), new FormField("q", "名称或信用代码")],
        RowOpens = "organisation/{organisationId}",
    };

    public static ListPage Reports => new("inspections", "年检报告", UiEndpoint.Get("inspections"))
    {
        Permission = SocialOrgPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("organisationName", "社会组织"), new Column("creditCode", "统一社会信用代码"), new Column("year", "年度", FieldType.Number),
            new Column("income", "收入合计（元）", FieldType.Money), new Column("spending", "支出合计（元）", FieldType.Money),
            new Column("staffCount", "专职工作人员", FieldType.Number), new Column("partyOrganisation", "建立党组织", FieldType.Boolean),
            new Column("submittedOn", "报送日期", FieldType.Date), new Column("late", "逾期报送", FieldType.Boolean),
            new Column("status", "状态", FieldType.Enum) { Options = Statuses }, new Column("conclusion", "年检结论", FieldType.Enum) { Options = Conclusions },
        ],
        Search =
        [
            new FormField("year", "年度", FieldType.Number), new FormField("status", "状态", FieldType.Enum) { Options = Statuses },
            new FormField("conclusion", "年检结论", FieldType.Enum) { Options = Conclusions }, new FormField("q", "名称或信用代码"),
        ],
        StatusField = "status",
        RowOpens = "inspection/{id}",
        Actions = [new UiAction("submit", "报送年检报告") { OpenPage = "submit-inspection", Permission = SocialOrgPermissions.AnnualReport }],
    };

    public static FormPage Submit => new("submit-inspection", "报送年检报告", UiEndpoint.Post("inspections"))
    {
        Permission = SocialOrgPermissions.AnnualReport,
        Fields =
        [
            new FormField("creditCode", "统一社会信用代码") { Required = true, Pattern = "^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}$", PatternMessage = "统一社会信用代码应为18位数字或字母" },
            new FormField("year", "年度", FieldType.Number) { Required = true },
            new FormField("income", "本年度收入合计（元）", FieldType.Money) { Required = true },
            new FormField("spending", "本年度支出合计（元）", FieldType.Money) { Required = true },
            new FormField("staffCount", "专职工作人员数", FieldType.Number) { Required = true },
            new FormField("partyOrganisation", "已建立党组织（三同步）", FieldType.Boolean) { Required = true },
            new FormField("submittedOn", "报送日期（默认今天）", FieldType.Date),
        ],
        SubmitText = "报送",
        AfterSubmit = "inspection/{id}",
    };

    public static DetailPage Detail => new("inspection", "{organisationName} {year}年度年检", UiEndpoint.Get("inspections/{id}"))
    {
        Permission = SocialOrgPermissions.Read,
        Sections =
        [
            new DetailSection("年检报告",
            [
                new DetailField("organisationName", "社会组织"), new DetailField("creditCode", "统一社会信用代码"), new DetailField("year", "年度", FieldType.Number),
                new DetailField("income", "本年度收入合计（元）", FieldType.Money), new DetailField("spending", "本年度支出合计（元）", FieldType.Money),
                new DetailField("staffCount", "专职工作人员数", FieldType.Number), new DetailField("partyOrganisation", "已建立党组织", FieldType.Boolean),
                new DetailField("submittedOn", "报送日期", FieldType.Date), new DetailField("deadline", "报送截止日期", FieldType.Date),
                new DetailField("late", "逾期报送", FieldType.Boolean),
            ]),
            new DetailSection("年检结论",
            [
                new DetailField("conclusion", "年检结论", FieldType.Enum) { Options = Conclusions }, new DetailField("concludedOn", "结论日期", FieldType.Date),
                new DetailField("conclusionReason", "理由", FieldType.MultilineText) { Wide = true },
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Timeline = new Timeline("history"),
        Actions =
        [
            new UiAction("conclude", "作出年检结论")
            {
                Endpoint = UiEndpoint.Post("inspections/{id}/conclude/{version}"),
                Permission = SocialOrgPermissions.Inspect,
                AllowedStates = ["submitted"],
                Confirm = "结论作出后将通知慈善等模块，不能撤回。",
                Fields =
                [
                    new FormField("conclusion", "年检结论", FieldType.Enum) { Options = Conclusions, Required = true },
                    new FormField("reason", "理由（基本合格、不合格的必填）", FieldType.MultilineText) { MaxLength = InspectionRules.ReasonLength },
                ],
            },
        ],
    };
}
