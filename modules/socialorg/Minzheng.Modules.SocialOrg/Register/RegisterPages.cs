using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.SocialOrg.Register;

/// <summary>The register's pages: the list, the registration form, the detail page with 注销.</summary>
internal static class RegisterPages
{
    public static readonly EnumOption[] Types =
    [
        new("social-group", "社会团体"), new("social-service-agency", "社会服务机构"), new("foundation", "基金会"),
    ];

    private static readonly EnumOption[] Statuses =
    [
        new("registered", "正常") { Color = "green" },
        new("deregistered", "已注销") { Color = "default" },
        new("revoked", "已撤销登记") { Color = "red" },
    ];

    public static ListPage List => new("organisations", "社会组织登记", UiEndpoint.Get("organisations"))
    {
        Permission = SocialOrgPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "名称"), new Column("type", "类型", FieldType.Enum) { Options = Types }, new Column("creditCode", "统一社会信用代码"),
            new Column("legalRepresentativeName", "法定代表人"), new Column("divisionCode", "所在村（居）", FieldType.Division),
            new Column("registeredOn", "成立登记日期", FieldType.Date), new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        Search =
        [
            new FormField("q", "名称或信用代码"), new FormField("type", "类型", FieldType.Enum) { Options = Types },
            new FormField("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        StatusField = "status",
        RowOpens = "organisation/{id}",
        Actions =
        [
            new UiAction("new", "成立登记") { OpenPage = "register", Permission = SocialOrgPermissions.Register },
            new UiAction("export", "导出Excel") { Endpoint = UiEndpoint.Get("organisations.xlsx"), Download = true },
        ],
    };

    public static FormPage New => new("register", "社会组织成立登记", UiEndpoint.Post("organisations"))
    {
        Permission = SocialOrgPermissions.Register,
        Fields =
        [
            new FormField("type", "类型", FieldType.Enum) { Options = Types, Required = true },
            new FormField("name", "名称") { Required = true, MaxLength = OrganisationRules.NameLength },
            new FormField("creditCode", "统一社会信用代码") { Required = true, Pattern = "^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}$", PatternMessage = "统一社会信用代码应为18位数字或字母" },
            new FormField("creditCodeOverride", "代码未通过校验时的确认说明") { MaxLength = 200 },
            new FormField("legalRepresentativeName", "法定代表人") { Required = true, MaxLength = 50 },
            new FormField("legalRepresentativeIdNumber", "法定代表人身份证号码", FieldType.IdNumber) { Required = true },
            new FormField("supervisingUnit", "业务主管单位") { MaxLength = 100 },
            new FormField("activityFunds", "开办资金（万元）", FieldType.Number) { Required = true },
            new FormField("address", "住所") { Required = true, MaxLength = 200 },
            new FormField("divisionCode", "所在村（居）", FieldType.Division) { Required = true },
            new FormField("registeredOn", "成立登记日期", FieldType.Date),
            new FormField("businessScope", "业务范围", FieldType.MultilineText) { Required = true, MaxLength = OrganisationRules.ScopeLength },
        ],
        SubmitText = "登记",
        AfterSubmit = "organisation/{id}",
    };

    public static DetailPage Detail => new("organisation", "{name}", UiEndpoint.Get("organisations/{id}"))
    {
        Permission = SocialOrgPermissions.Read,
        Sections =
        [
            new DetailSection("登记事项",
            [
                new DetailField("type", "类型", FieldType.Enum) { Options = Types }, new DetailField("creditCode", "统一社会信用代码"),
                new DetailField("creditCodeOverride", "信用代码确认说明"),
                new DetailField("legalRepresentativeName", "法定代表人"), new DetailField("legalRepresentativeIdNumber", "法定代表人身份证号码", FieldType.IdNumber),
                new DetailField("legalRepresentativeInRegistry", "法定代表人在居民信息库中", FieldType.Boolean),
                new DetailField("supervisingUnit", "业务主管单位"), new DetailField("activityFunds", "开办资金（万元）", FieldType.Number),
                new DetailField("address", "住所"), new DetailField("divisionCode", "所在村（居）", FieldType.Division),
                new DetailField("registeredOn", "成立登记日期", FieldType.Date),
                new DetailField("businessScope", "业务范围", FieldType.MultilineText) { Wide = true },
            ]),
            new DetailSection("注销",
            [
                new DetailField("deregisteredOn", "注销日期", FieldType.Date),
                new DetailField("deregistrationReason", "注销原因", FieldType.MultilineText) { Wide = true },
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Timeline = new Timeline("history"),
        Actions =
        [
            new UiAction("list", "列入名录")
            {
                Endpoint = UiEndpoint.Post("organisations/{id}/list-entries"),
                Permission = SocialOrgPermissions.Supervise,
                AllowedStates = ["registered"],
                Fields =
                [
                    new FormField("list", "名录", FieldType.Enum) { Options = Supervision.SupervisionPages.Lists, Required = true, Default = "abnormal" },
                    new FormField("cause", "列入原因") { Required = true, MaxLength = 200 },
                    new FormField("decisionNumber", "决定书文号") { Required = true, MaxLength = 100 },
                    new FormField("enteredOn", "列入日期", FieldType.Date),
                ],
            },
            new UiAction("penalise", "行政处罚")
            {
                Endpoint = UiEndpoint.Post("organisations/{id}/penalties"),
                Permission = SocialOrgPermissions.Supervise,
                AllowedStates = ["registered"],
                Confirm = "责令停止活动、撤销登记、5万元以上罚款或三年内第二次处罚，将同时列入严重违法失信名单；撤销登记后不能恢复。",
                Fields =
                [
                    new FormField("kind", "处罚种类", FieldType.Enum) { Options = Supervision.SupervisionPages.Penalties, Required = true },
                    new FormField("amount", "金额（元，罚款或没收时填写）", FieldType.Money),
                    new FormField("facts", "违法事实", FieldType.MultilineText) { Required = true, MaxLength = 2000 },
                    new FormField("decisionNumber", "处罚决定书文号") { Required = true, MaxLength = 100 },
                    new FormField("decidedOn", "决定日期", FieldType.Date),
                ],
            },
            new UiAction("deregister", "注销登记")
            {
                Endpoint = UiEndpoint.Post("organisations/{id}/deregister/{version}"),
                Permission = SocialOrgPermissions.Register,
                AllowedStates = ["registered"],
                Confirm = "注销后该组织不得再以社会组织名义活动，且不能撤回。",
                Fields = [new FormField("reason", "注销原因", FieldType.MultilineText) { Required = true, MaxLength = 500 }],
            },
            .. Applications.ApplicationPages.OrganisationActions,
        ],
    };
}
