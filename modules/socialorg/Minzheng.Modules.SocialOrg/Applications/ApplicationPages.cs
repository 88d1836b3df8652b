using Minzheng.Modules.SocialOrg.Documents;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>The workflows' pages: the applications by workflow and status, the name approval form, each application with its steps' actions.</summary>
internal static class ApplicationPages
{
    public static readonly EnumOption[] Kinds =
    [
        new("name-approval", "名称核准"), new("preparation", "筹备"), new("establishment", "成立登记"), new("change", "变更登记"),
        new("deregistration", "注销登记"), new("branch", "分支机构设立"), new("branch-deregistration", "分支机构注销"),
    ];

    public static readonly EnumOption[] Statuses =
    [
        new("submitted", "待受理") { Color = "orange" }, new("accepted", "待审查") { Color = "blue" }, new("reviewed", "待决定") { Color = "purple" },
        new("approved", "已准予") { Color = "green" }, new("rejected", "不予准许") { Color = "red" },
    ];

    public static readonly EnumOption[] ChangeItems =
    [
        new("name", "名称"), new("address", "住所"), new("legal-representative", "法定代表人"), new("business-scope", "业务范围"), new("activity-funds", "开办资金"),
    ];

    private static FormField Documents => new("documents", "已交材料（每行一份，如“章程×2”）", FieldType.MultilineText) { Help = "受理时核对该类申请的必备材料清单，缺少的将列出" };

    private static FormField Applicant => new("applicantName", "申请人") { Required = true, MaxLength = 50 };

    public static ListPage List => new("applications", "登记申请", UiEndpoint.Get("applications"))
    {
        Permission = SocialOrgPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "名称"), new Column("kind", "事项", FieldType.Enum) { Options = Kinds },
            new Column("organisationType", "类型", FieldType.Enum) { Options = RegisterPages.Types }, new Column("applicantName", "申请人"),
            new Column("divisionCode", "所在村（居）", FieldType.Division), new Column("appliedOn", "申请日期", FieldType.Date),
            new Column("validUntil", "有效期至", FieldType.Date), new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        Search =
        [
            new FormField("kind", "事项", FieldType.Enum) { Options = Kinds },
            new FormField("status", "状态", FieldType.Enum) { Options = [new("pending", "待办（未决定）"), .. Statuses] },
            new FormField("q", "名称"),
        ],
        StatusField = "status",
        RowOpens = "application/{id}",
        Actions = [new UiAction("new", "名称核准申请") { OpenPage = "name-approval", Permission = SocialOrgPermissions.Application }],
    };

    public static FormPage NameApproval => new("name-approval", "社会组织名称核准申请", UiEndpoint.Post("applications/name-approval"))
    {
        Permission = SocialOrgPermissions.Application,
        Fields =
        [
            new FormField("type", "类型", FieldType.Enum) { Options = RegisterPages.Types, Required = true },
            new FormField("name", "拟定名称") { Required = true, MaxLength = OrganisationRules.NameLength, Help = "行政区划名称 + 字号或业务领域 + 组织形式（如“协会”“中心”“基金会”）" },
            Applicant,
            new FormField("divisionCode", "拟设住所所在村（居）", FieldType.Division) { Required = true },
            Documents,
        ],
        SubmitText = "提交申请",
        AfterSubmit = "application/{id}",
    };

    public static DetailPage Detail => new("application", "{name}", UiEndpoint.Get("applications/{id}"))
    {
        Permission = SocialOrgPermissions.Read,
        Sections =
        [
            new DetailSection("申请",
            [
                new DetailField("kind", "事项", FieldType.Enum) { Options = Kinds }, new DetailField("organisationType", "类型", FieldType.Enum) { Options = RegisterPages.Types },
                new DetailField("name", "名称"), new DetailField("applicantName", "申请人"), new DetailField("appliedOn", "申请日期", FieldType.Date),
                new DetailField("divisionCode", "所在村（居）", FieldType.Division), new DetailField("reason", "申请理由 / 注销原因") { Wide = true },
            ]),
            new DetailSection("申请事项",
            [
                new DetailField("founders", "发起人"), new DetailField("individualMembers", "个人会员数", FieldType.Number),
                new DetailField("unitMembers", "单位会员数", FieldType.Number), new DetailField("funds", "资金（万元）", FieldType.Number),
                new DetailField("creditCode", "统一社会信用代码"), new DetailField("legalRepresentativeName", "法定代表人 / 负责人"),
                new DetailField("legalRepresentativeIdNumber", "身份证号码", FieldType.IdNumber), new DetailField("supervisingUnit", "业务主管单位"),
                new DetailField("address", "住所"), new DetailField("changeItem", "变更事项", FieldType.Enum) { Options = ChangeItems },
                new DetailField("before", "变更前"), new DetailField("after", "变更后"),
                new DetailField("businessScope", "业务范围", FieldType.MultilineText) { Wide = true },
            ]),
            new DetailSection("材料", [new DetailField("documentList", "已交材料") { Wide = true }, new DetailField("missingDocuments", "缺少的必备材料") { Wide = true }]),
            new DetailSection("审查与决定",
            [
                new DetailField("reviewOpinion", "审查意见") { Wide = true }, new DetailField("decisionReason", "决定理由") { Wide = true },
                new DetailField("decidedOn", "决定日期", FieldType.Date), new DetailField("validUntil", "有效期至", FieldType.Date),
                new DetailField("used", "已用于成立登记", FieldType.Boolean),
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Timeline = new Timeline("history"),
        Actions =
        [
            new UiAction("accept", "受理")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/accept/{version}"), Permission = SocialOrgPermissions.Application, AllowedStates = ["submitted"],
                Fields = [new FormField("reason", "受理说明") { MaxLength = 1000 }],
            },
            new UiAction("review", "审查")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/review/{version}"), Permission = SocialOrgPermissions.Review, AllowedStates = ["accepted"],
                Fields = [new FormField("reason", "审查意见", FieldType.MultilineText) { Required = true, MaxLength = 1000 }],
            },
            new UiAction("approve", "准予")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/approve/{version}"), Permission = SocialOrgPermissions.Decide, AllowedStates = ["reviewed"],
                Confirm = "准予后即记入登记册（成立、变更、注销或分支机构），并发放或收缴登记证书，不能撤回。",
                Fields = [new FormField("reason", "决定理由", FieldType.MultilineText) { Required = true, MaxLength = 1000 }],
            },
            new UiAction("reject", "不予准许")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/reject/{version}"), Permission = SocialOrgPermissions.Decide, AllowedStates = ["submitted", "accepted", "reviewed"],
                Danger = true, Confirm = "不予受理或不予登记的决定作出后不能撤回，申请人可重新申请。",
                Fields =
                [
                    new FormField("reason", "理由（事实和依据的条款）", FieldType.MultilineText) { Required = true, MaxLength = 1000 },
                    new FormField("decisionNumber", "决定书文号") { MaxLength = 100 },
                ],
            },
            new UiAction("refusal-notice", "打印决定书") { OpenPage = "refusal-notice/{id}", AllowedStates = ["rejected"] },
            new UiAction("preparation", "申请筹备（社会团体）")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/preparation"), Permission = SocialOrgPermissions.Application, AllowedStates = ["approved"],
                Fields =
                [
                    new FormField("founders", "发起人") { Required = true, MaxLength = 500 },
                    new FormField("individualMembers", "个人会员数", FieldType.Number) { Min = 0 },
                    new FormField("unitMembers", "单位会员数", FieldType.Number) { Min = 0 },
                    new FormField("funds", "活动资金（万元）", FieldType.Number) { Required = true, Min = 0 }, Applicant, Documents,
                ],
            },
            new UiAction("establishment", "申请成立登记")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/establishment"), Permission = SocialOrgPermissions.Application, AllowedStates = ["approved"],
                Fields =
                [
                    new FormField("creditCode", "统一社会信用代码") { Required = true, MaxLength = 18 },
                    new FormField("legalRepresentativeName", "法定代表人") { Required = true, MaxLength = 50 },
                    new FormField("legalRepresentativeIdNumber", "法定代表人身份证号码", FieldType.IdNumber) { Required = true },
                    new FormField("supervisingUnit", "业务主管单位") { MaxLength = 100 },
                    new FormField("activityFunds", "开办资金（万元）", FieldType.Number) { Required = true, Min = 0 },
                    new FormField("address", "住所") { Required = true, MaxLength = 200 },
                    new FormField("divisionCode", "所在村（居）", FieldType.Division) { Required = true },
                    new FormField("businessScope", "业务范围", FieldType.MultilineText) { Required = true, MaxLength = OrganisationRules.ScopeLength },
                    Applicant, Documents,
                ],
            },
            new UiAction("certificate", "登记证书") { OpenPage = "registration-certificate/{certificateId}", AllowedStates = ["approved"] },
            DocumentPages.Upload,
            DocumentPages.Open,
        ],
    };

    private static DetailField[] Notice =>
    [
        new DetailField("applicantName", "申请人"), new DetailField("appliedOn", "申请日期", FieldType.Date),
        new DetailField("applied", "申请事项") { Wide = true }, new DetailField("reasons", "理由", FieldType.MultilineText) { Wide = true },
        new DetailField("legalBasis", "法律依据") { Wide = true },
    ];

    /// <summary>不予受理 / 不予登记决定书 on A4, as the certificates are printed.</summary>
    public static PrintPage RefusalNotice => new("refusal-notice", "不予决定书", UiEndpoint.Get("applications/{id}/refusal-notice"))
    {
        Permission = SocialOrgPermissions.Read,
        Heading = "{title}",
        Blocks =
        [
            new PrintText("{decisionNumber}"),
            new PrintText("{applicantName}："),
            new PrintFields(Notice),
            new PrintText("经审查，本机关决定：{decision}。"),
            new PrintText("{remedy}"),
            new PrintFields([new DetailField("authority", "作出决定的机关"), new DetailField("decidedOn", "决定日期", FieldType.Date)]),
            // Signature lines are not filled from the record: the authority is printed above its seal.
            new PrintSignatures(["经办人", "登记管理机关（盖章）"]),
        ],
    };

    /// <summary>The actions on an organisation's page that open its change, deregistration and branch applications.</summary>
    public static UiAction[] OrganisationActions =>
    [
        new UiAction("apply-change", "变更登记申请")
        {
            Endpoint = UiEndpoint.Post("organisations/{id}/change-applications"), Permission = SocialOrgPermissions.Application, AllowedStates = ["registered"],
            Fields =
            [
                new FormField("item", "变更事项", FieldType.Enum) { Options = ChangeItems, Required = true },
                new FormField("name", "新名称") { MaxLength = OrganisationRules.NameLength }, new FormField("address", "新住所") { MaxLength = 200 },
                new FormField("divisionCode", "新住所所在村（居）", FieldType.Division),
                new FormField("legalRepresentativeName", "新法定代表人") { MaxLength = 50 },
                new FormField("legalRepresentativeIdNumber", "新法定代表人身份证号码", FieldType.IdNumber),
                new FormField("businessScope", "新业务范围", FieldType.MultilineText) { MaxLength = OrganisationRules.ScopeLength },
                new FormField("activityFunds", "变更后开办资金（万元）", FieldType.Number) { Min = 0 },
                new FormField("reason", "变更理由") { MaxLength = 500 }, Applicant, Documents,
            ],
        },
        new UiAction("apply-deregistration", "注销登记申请")
        {
            Endpoint = UiEndpoint.Post("organisations/{id}/deregistration-applications"), Permission = SocialOrgPermissions.Application, AllowedStates = ["registered"],
            Fields = [new FormField("reason", "注销原因", FieldType.MultilineText) { Required = true, MaxLength = 500 }, Applicant, Documents],
        },
        new UiAction("apply-branch", "分支机构设立申请")
        {
            Endpoint = UiEndpoint.Post("organisations/{id}/branch-applications"), Permission = SocialOrgPermissions.Application, AllowedStates = ["registered"],
            Fields =
            [
                new FormField("name", "分支机构名称") { Required = true, MaxLength = OrganisationRules.NameLength },
                new FormField("personInCharge", "负责人") { Required = true, MaxLength = 50 },
                new FormField("address", "住所") { Required = true, MaxLength = 200 },
                new FormField("divisionCode", "所在村（居）", FieldType.Division) { Required = true },
                new FormField("businessScope", "业务范围", FieldType.MultilineText) { Required = true, MaxLength = OrganisationRules.ScopeLength }, Applicant, Documents,
            ],
        },
    ];

    public static ListPage Branches => new("branches", "分支机构", UiEndpoint.Get("branches"))
    {
        Permission = SocialOrgPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "名称"), new Column("personInCharge", "负责人"), new Column("address", "住所"),
            new Column("registeredOn", "登记日期", FieldType.Date), new Column("deregisteredOn", "注销日期", FieldType.Date), new Column("certificateNumber", "登记证书编号"),
            new Column("status", "状态", FieldType.Enum) { Options = [new("registered", "正常") { Color = "green" }, new("deregistered", "已注销")] },
        ],
        StatusField = "status",
        RowActions =
        [
            new UiAction("branch-certificate", "登记证书") { OpenPage = "branch-certificate/{certificateId}", AllowedStates = ["registered"] },
            new UiAction("apply-branch-deregistration", "注销申请")
            {
                Endpoint = UiEndpoint.Post("branches/{id}/deregistration-applications"), Permission = SocialOrgPermissions.Application, AllowedStates = ["registered"],
                Fields = [new FormField("reason", "注销原因", FieldType.MultilineText) { Required = true, MaxLength = 500 }, Applicant, Documents],
            },
        ],
    };
}
