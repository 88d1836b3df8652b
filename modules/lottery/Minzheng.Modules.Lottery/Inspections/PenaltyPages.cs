using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Lottery.Inspections;

/// <summary>The penalties' pages: the violations list, the decision form, a penalty, its printable decision document.</summary>
internal static class PenaltyPages
{
    private static DetailField[] Decision =>
    [
        new DetailField("decisionNumber", "决定书文号"), new DetailField("decidedOn", "决定日期", FieldType.Date), new DetailField("operatorName", "当事人（业主）"),
        new DetailField("operatorIdentifier", "证件号码"), new DetailField("outletName", "销售网点"), new DetailField("amount", "罚款金额（元）", FieldType.Money),
        new DetailField("contractTerminated", "责令终止代销合同", FieldType.Boolean), new DetailField("reasons", "处罚理由", FieldType.MultilineText) { Wide = true },
    ];

    internal static readonly EnumOption[] Statuses = [new("in-force", "有效") { Color = "red" }, new("withdrawn", "已撤销") { Color = "default" }];

    private static DetailField[] Withdrawal =>
    [
        new DetailField("withdrawnOn", "撤销日期", FieldType.Date), new DetailField("withdrawnBy", "登记人"),
        new DetailField("withdrawalReason", "撤销理由", FieldType.MultilineText) { Wide = true },
    ];

    public static ListPage List => new("penalties", "违规名单", UiEndpoint.Get("penalties"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("operatorName", "业主"), new Column("operatorIdentifier", "证件号码"), new Column("outletName", "网点"), new Column("decidedOn", "处罚日期", FieldType.Date),
            new Column("amount", "罚款（元）", FieldType.Money), new Column("decisionNumber", "决定书文号"), new Column("contractTerminated", "终止合同", FieldType.Boolean),
            new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        Search = [new FormField("listed", "仅显示仍在名单期限内且未撤销的", FieldType.Boolean)],
        StatusField = "status",
        RowOpens = "penalty/{id}",
    };

    public static FormPage New => new("new-penalty", "作出处罚决定", UiEndpoint.Post("inspections/{id}/penalties"))
    {
        Permission = LotteryPermissions.Penalise,
        Fields =
        [
            new FormField("amount", "罚款金额（元）", FieldType.Money) { Required = true },
            new FormField("decisionNumber", "处罚决定书文号") { Required = true, MaxLength = 100 },
            new FormField("decidedOn", "决定日期", FieldType.Date) { Required = true },
            new FormField("reasons", "处罚理由（违法事实和依据）", FieldType.MultilineText) { Required = true, MaxLength = 2000 },
            new FormField("terminateContract", "情节严重，责令终止代销合同", FieldType.Boolean),
        ],
        SubmitText = "作出处罚",
        AfterSubmit = "penalty/{id}",
    };

    public static DetailPage Detail => new("penalty", "处罚决定 {decisionNumber}", UiEndpoint.Get("penalties/{id}"))
    {
        Permission = LotteryPermissions.Read,
        Sections = [new DetailSection("处罚决定", Decision), new DetailSection("撤销", Withdrawal)],
        StatusField = "status",
        Statuses = Statuses,
        Actions =
        [
            new UiAction("print", "打印决定书") { OpenPage = "penalty-print/{id}" },
            new UiAction("inspection", "查看检查") { OpenPage = "inspection/{inspectionId}" },
            new UiAction("withdraw", "撤销处罚决定")
            {
                Endpoint = UiEndpoint.Post("penalties/{id}/withdraw/{version}"), Permission = LotteryPermissions.Penalise, AllowedStates = ["in-force"], Danger = true,
                Confirm = "撤销后该处罚不再计入违规名单，业主不再因此被拒绝设立网点；决定书和撤销记录保留，不能恢复。确定撤销？",
                Fields = [new FormField("reason", "撤销理由（如行政复议决定书文号）", FieldType.MultilineText) { Required = true, MaxLength = 1000 }],
            },
        ],
    };

    public static PrintPage Print => new("penalty-print", "行政处罚决定书", UiEndpoint.Get("penalties/{id}"))
    {
        Permission = LotteryPermissions.Read,
        Heading = "行政处罚决定书",
        Blocks =
        [
            new PrintText("{decisionNumber}"),
            // Empty while the decision is in force (the paragraph is then left out).
            new PrintText("{withdrawalNotice}"),
            new PrintFields(Decision),
            new PrintText("当事人对本决定不服的，可以自收到本决定书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。"),
            new PrintSignatures(["经办人", "审核人", "（盖章）"]),
        ],
    };
}
