using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.SocialOrg.Evaluation;

/// <summary>The evaluation's pages: the rounds (开启评估), the round's eligibility list (申报), the evaluations (with the export), one evaluation's steps.</summary>
internal static class EvaluationPages
{
    private static readonly EnumOption[] Statuses =
    [
        new("applied", "已申报") { Color = "default" }, new("scored", "已评分") { Color = "blue" }, new("publicised", "公示中") { Color = "orange" },
        new("appealed", "复核中") { Color = "red" }, new("conferred", "已授予等级") { Color = "green" },
    ];

    public static ListPage Rounds => new("evaluation-rounds", "评估年度", UiEndpoint.Get("evaluation-rounds"))
    {
        Permission = SocialOrgPermissions.Read,
        Columns = [new Column("year", "评估年度", FieldType.Number), new Column("openedOn", "开启日期", FieldType.Date), new Column("openedBy", "开启人")],
        Actions =
        [
            new UiAction("open", "开启评估")
            {
                Endpoint = UiEndpoint.Post("evaluation-rounds"),
                Permission = SocialOrgPermissions.Evaluate,
                Fields = [new FormField("year", "评估年度", FieldType.Number) { Required = true }],
            },
        ],
    };

    public static ListPage Eligibility => new("evaluation-eligibility", "参评资格", UiEndpoint.Get("evaluation-eligibility"))
    {
        Permission = SocialOrgPermissions.Read,
        Paging = Paging.Server,
        RowKey = "organisationId",
        Columns =
        [
            new Column("name", "名称"), new Column("creditCode", "统一社会信用代码"), new Column("type", "类型", FieldType.Enum) { Options = Register.RegisterPages.Types },
            new Column("registeredOn", "成立登记日期", FieldType.Date), new Column("eligible", "可以参评", FieldType.Boolean), new Column("reason", "不能参评的原因"),
            new Column("applied", "已申报", FieldType.Boolean),
        ],
        Search =
        [
            new FormField("year", "评估年度（默认最近一次）", FieldType.Number), new FormField("eligible", "可以参评", FieldType.Boolean),
            new FormField("q", "名称或信用代码"),
        ],
        RowOpens = "organisation/{organisationId}",
        RowActions =
        [
            new UiAction("apply", "登记申报")
            {
                Endpoint = UiEndpoint.Post("evaluation-rounds/{roundId}/organisations/{organisationId}/apply"),
                Permission = SocialOrgPermissions.Evaluate,
            },
        ],
    };

    public static ListPage List => new("evaluations", "等级评估", UiEndpoint.Get("evaluations"))
    {
        Permission = SocialOrgPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("organisationName", "社会组织"), new Column("creditCode", "统一社会信用代码"), new Column("year", "评估年度", FieldType.Number),
            new Column("status", "状态", FieldType.Enum) { Options = Statuses }, new Column("total", "总分", FieldType.Number), new Column("grade", "评估等级"),
            new Column("publicityEndsOn", "公示截止", FieldType.Date), new Column("validUntil", "有效期至", FieldType.Date), new Column("holds", "等级有效", FieldType.Boolean),
        ],
        Search =
        [
            new FormField("year", "评估年度", FieldType.Number), new FormField("status", "状态", FieldType.Enum) { Options = Statuses },
            new FormField("q", "名称或信用代码"),
        ],
        StatusField = "status",
        RowOpens = "evaluation/{id}",
        Actions = [new UiAction("export", "导出Excel") { Endpoint = UiEndpoint.Get("evaluations.xlsx"), Download = true }],
    };

    public static DetailPage Detail => new("evaluation", "{organisationName} {year}年度等级评估", UiEndpoint.Get("evaluations/{id}"))
    {
        Permission = SocialOrgPermissions.Read,
        Sections =
        [
            new DetailSection("评估",
            [
                new DetailField("organisationName", "社会组织"), new DetailField("creditCode", "统一社会信用代码"), new DetailField("year", "评估年度", FieldType.Number),
                new DetailField("appliedOn", "申报日期", FieldType.Date), new DetailField("total", "总分", FieldType.Number), new DetailField("grade", "评估等级"),
            ]),
            new DetailSection("公示与复核",
            [
                new DetailField("publicisedOn", "公示日期", FieldType.Date), new DetailField("publicityEndsOn", "公示截止", FieldType.Date),
                new DetailField("appeal", "复核申请", FieldType.MultilineText) { Wide = true }, new DetailField("appealedOn", "申请日期", FieldType.Date),
                new DetailField("appealUpheld", "复核申请成立", FieldType.Boolean), new DetailField("appealDecision", "复核决定", FieldType.MultilineText) { Wide = true },
            ]),
            new DetailSection("等级", [new DetailField("conferredOn", "授予日期", FieldType.Date), new DetailField("validUntil", "有效期至", FieldType.Date),
                new DetailField("holds", "等级有效", FieldType.Boolean)]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Actions =
        [
            new UiAction("score", "评分")
            {
                Endpoint = UiEndpoint.Post("evaluations/{id}/score/{version}"),
                Permission = SocialOrgPermissions.Evaluate,
                AllowedStates = ["applied", "scored"],
                // The default sheet's items (EvaluationOptions.DefaultItems): the SDK's pages are fixed at build time.
                Fields = [.. EvaluationOptions.DefaultItems.Select(i => new FormField(i.Key, $"{i.Name}（满分{i.Max}）", FieldType.Number) { Required = true, Min = 0, Max = i.Max })],
            },
            new UiAction("publish", "公示")
            {
                Endpoint = UiEndpoint.Post("evaluations/{id}/publish/{version}"), Permission = SocialOrgPermissions.Evaluate, AllowedStates = ["scored"],
                Confirm = "公示后评分不能再修改（复核申请成立的除外）。",
            },
            new UiAction("appeal", "登记复核申请")
            {
                Endpoint = UiEndpoint.Post("evaluations/{id}/appeal/{version}"), Permission = SocialOrgPermissions.Evaluate, AllowedStates = ["publicised"],
                Fields = [new FormField("appeal", "复核申请的理由", FieldType.MultilineText) { Required = true, MaxLength = EvaluationRules.ReasonLength }],
            },
            new UiAction("decide-appeal", "作出复核决定")
            {
                Endpoint = UiEndpoint.Post("evaluations/{id}/decide-appeal/{version}"), Permission = SocialOrgPermissions.Evaluate, AllowedStates = ["appealed"],
                Fields =
                [
                    new FormField("upheld", "复核申请成立（重新评分）", FieldType.Boolean) { Required = true },
                    new FormField("reason", "理由", FieldType.MultilineText) { Required = true, MaxLength = EvaluationRules.ReasonLength },
                ],
            },
            new UiAction("confer", "授予等级")
            {
                Endpoint = UiEndpoint.Post("evaluations/{id}/confer/{version}"), Permission = SocialOrgPermissions.Evaluate, AllowedStates = ["publicised"],
                Confirm = "授予后将通知慈善等模块，不能撤回。",
            },
        ],
    };
}
