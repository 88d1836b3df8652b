using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Charity.Recognition;

/// <summary>Recognition's list, intake form and detail page with the decision.</summary>
internal static class RecognitionPages
{
    private static readonly EnumOption[] Statuses =
    [
        new("pending", "待决定") { Color = "orange" },
        new("recognised", "已认定") { Color = "green" },
        new("refused", "不予认定") { Color = "red" },
    ];

    private static readonly EnumOption[] Deadlines =
    [
        new("on-time", "期限内") { Color = "blue" },
        new("near", "临近期限") { Color = "orange" },
        new("overdue", "已超期") { Color = "red" },
        new("decided", "已决定") { Color = "default" },
    ];

    public static ListPage List => new("recognitions", "慈善组织认定", UiEndpoint.Get("recognitions"))
    {
        Permission = CharityPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("organisationName", "社会组织"), new Column("acceptedOn", "受理日期", FieldType.Date), new Column("dueOn", "决定期限", FieldType.Date),
            new Column("deadline", "期限", FieldType.Enum) { Options = Deadlines }, new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        Search =
        [
            new FormField("status", "状态", FieldType.Enum) { Options = Statuses },
            new FormField("deadline", "期限", FieldType.Enum) { Options = [Deadlines[1], Deadlines[2]] },
        ],
        StatusField = "status",
        RowOpens = "recognition/{id}",
        Actions = [new UiAction("new", "受理认定申请") { OpenPage = "new-recognition", Permission = CharityPermissions.Recognise }],
    };

    public static FormPage New => new("new-recognition", "受理慈善组织认定申请", UiEndpoint.Post("recognitions"))
    {
        Permission = CharityPermissions.Recognise,
        Fields =
        [
            new FormField("organisationId", "申请认定的社会组织", FieldType.Enum)
            {
                Required = true, OptionsFrom = new OptionsSource(UiEndpoint.Get("organisations/applicable"), "id", "name"),
            },
            new FormField("newRegistration", "新设立时一并申请认定", FieldType.Boolean) { Help = "新设立的组织决定期限较长，不填上年度支出" },
            new FormField("purpose", "章程规定的宗旨", FieldType.MultilineText) { Required = true, MaxLength = RecognitionRules.PurposeLength },
            new FormField("charitablePurpose", "以开展慈善活动为宗旨", FieldType.Boolean) { Default = "true" },
            new FormField("lastYearSpending", "上年度支出合计（元）", FieldType.Money) { Min = 0 },
            new FormField("lastYearCharitableSpending", "上年度慈善活动支出（元）", FieldType.Money) { Min = 0 },
            new FormField("lastYearManagementCosts", "上年度管理费用（元）", FieldType.Money) { Min = 0 },
            new FormField("acceptedOn", "受理日期", FieldType.Date) { Help = "默认今天" },
        ],
        SubmitText = "受理",
        AfterSubmit = "recognition/{id}",
    };

    public static DetailPage Detail => new("recognition", "慈善组织认定：{organisationName}", UiEndpoint.Get("recognitions/{id}"))
    {
        Permission = CharityPermissions.Read,
        Sections =
        [
            new DetailSection("申请",
            [
                new DetailField("organisationName", "社会组织"), new DetailField("acceptedOn", "受理日期", FieldType.Date),
                new DetailField("dueOn", "决定期限", FieldType.Date), new DetailField("deadlineText", "期限情况"),
                new DetailField("purpose", "章程规定的宗旨", FieldType.MultilineText) { Wide = true },
                new DetailField("lastYearSpending", "上年度支出合计（元）", FieldType.Money),
                new DetailField("lastYearCharitableSpending", "上年度慈善活动支出（元）", FieldType.Money),
                new DetailField("lastYearManagementCosts", "上年度管理费用（元）", FieldType.Money),
            ]),
            new DetailSection("审查", [new DetailField("groundsText", "不予认定的情形", FieldType.MultilineText) { Wide = true }]),
            new DetailSection("决定", [new DetailField("decidedOn", "决定日期", FieldType.Date), new DetailField("reasons", "理由", FieldType.MultilineText) { Wide = true }]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Timeline = new Timeline("history"),
        Actions =
        [
            new UiAction("recognise", "认定为慈善组织")
            {
                Endpoint = UiEndpoint.Post("recognitions/{id}/decide/{version}"), Permission = CharityPermissions.Recognise, AllowedStates = ["pending"],
                Confirm = "认定后即为慈善组织，不能撤回。",
                Fields = [new FormField("recognise", "认定", FieldType.Boolean) { Default = "true" }, new FormField("reasons", "理由", FieldType.MultilineText) { MaxLength = RecognitionRules.ReasonsLength }],
            },
            new UiAction("refuse", "不予认定")
            {
                Endpoint = UiEndpoint.Post("recognitions/{id}/decide/{version}"), Permission = CharityPermissions.Recognise, AllowedStates = ["pending"], Danger = true,
                Confirm = "不予认定的决定不能撤回。",
                Fields = [new FormField("recognise", "认定", FieldType.Boolean) { Default = "false" }, new FormField("reasons", "不予认定的理由", FieldType.MultilineText) { Required = true, MaxLength = RecognitionRules.ReasonsLength }],
            },
        ],
    };
}
