using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>The moves' pages: the list, a move with the old place, the new one and its siting check, and the decision.</summary>
internal static class OutletMovePages
{
    internal static readonly EnumOption[] Statuses =
    [
        new("applied", "申请中") { Color = "orange" }, new("approved", "已迁址") { Color = "green" }, new("refused", "不予迁址") { Color = "red" },
    ];

    /// <summary>申请迁址 on the outlet's page: the new place and why, under the outlet's version.</summary>
    public static UiAction Apply => new("move", "申请迁址")
    {
        Endpoint = UiEndpoint.Post("outlets/{id}/moves/{version}"), Permission = LotteryPermissions.Apply, AllowedStates = ["open"],
        Fields =
        [
            new FormField("address", "新地址") { Required = true, MaxLength = 200 },
            new FormField("divisionCode", "新址所在村（居）", FieldType.Division) { Required = true },
            new FormField("latitude", "新址纬度", FieldType.Number) { Required = true, Help = "WGS-84，如28.96" },
            new FormField("longitude", "新址经度", FieldType.Number) { Required = true, Help = "WGS-84，如106.92" },
            new FormField("premises", "新经营场所（面积、自有或租赁）", FieldType.MultilineText) { Required = true, MaxLength = 500 },
            new FormField("reason", "迁址原因", FieldType.MultilineText) { Required = true, MaxLength = 500 },
        ],
    };

    /// <summary>The moves on the outlet's page, each opening its own.</summary>
    public static DetailTable OnOutlet => new("迁址申请", "moves",
    [
        new Column("appliedOn", "申请日期", FieldType.Date), new Column("address", "新地址"), new Column("divisionCode", "新址所在村（居）", FieldType.Division),
        new Column("status", "状态", FieldType.Enum) { Options = Statuses }, new Column("decidedOn", "决定日期", FieldType.Date),
    ])
    { RowOpens = "outlet-move/{id}", EmptyText = "没有迁址申请" };

    public static ListPage List => new("outlet-moves", "迁址申请", UiEndpoint.Get("outlet-moves"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("outletName", "网点"), new Column("appliedOn", "申请日期", FieldType.Date), new Column("address", "新地址"),
            new Column("divisionCode", "新址所在村（居）", FieldType.Division), new Column("status", "状态", FieldType.Enum) { Options = Statuses },
            new Column("decidedOn", "决定日期", FieldType.Date),
        ],
        Search = [new FormField("status", "状态", FieldType.Enum) { Options = Statuses }],
        StatusField = "status",
        RowOpens = "outlet-move/{id}",
    };

    public static DetailPage Detail => new("outlet-move", "{outletName} 迁址申请", UiEndpoint.Get("outlet-moves/{id}"))
    {
        Permission = LotteryPermissions.Read,
        Sections =
        [
            new DetailSection("申请",
            [
                new DetailField("outletName", "网点"), new DetailField("kind", "类型", FieldType.Enum) { Options = OutletPages.Kinds },
                new DetailField("appliedOn", "申请日期", FieldType.Date), new DetailField("appliedBy", "受理人"),
                new DetailField("decidedOn", "决定日期", FieldType.Date), new DetailField("decidedBy", "决定人"),
                new DetailField("refusalReason", "不予迁址原因"), new DetailField("reason", "迁址原因", FieldType.MultilineText) { Wide = true },
            ]),
            new DetailSection("原址",
            [
                new DetailField("fromAddress", "原地址"), new DetailField("fromDivisionCode", "原所在村（居）", FieldType.Division),
                new DetailField("fromLatitude", "原纬度"), new DetailField("fromLongitude", "原经度"),
                new DetailField("fromPremises", "原经营场所", FieldType.MultilineText) { Wide = true },
            ]),
            new DetailSection("新址",
            [
                new DetailField("address", "新地址"), new DetailField("divisionCode", "新址所在村（居）", FieldType.Division),
                new DetailField("latitude", "新址纬度"), new DetailField("longitude", "新址经度"),
                new DetailField("premises", "新经营场所", FieldType.MultilineText) { Wide = true },
            ]),
            new DetailSection("新址选址核查",
            [
                new DetailField("siting.passes", "新址符合选址规定", FieldType.Boolean),
                new DetailField("siting.breaches", "新址不符合的规定") { Wide = true },
                new DetailField("siting.nearestText", "新址最近的学校和专营店") { Wide = true },
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Actions =
        [
            new UiAction("outlet", "查看网点") { OpenPage = "outlet/{outletId}" },
            new UiAction("approve", "批准迁址")
            {
                Endpoint = UiEndpoint.Post("outlet-moves/{id}/approve/{version}"), Permission = LotteryPermissions.Decide, AllowedStates = ["applied"],
                Confirm = "批准前系统将重新核查新址的选址；批准后网点的地址、坐标和经营场所改为新址。",
            },
            new UiAction("refuse", "不予迁址")
            {
                Endpoint = UiEndpoint.Post("outlet-moves/{id}/refuse/{version}"), Permission = LotteryPermissions.Decide, AllowedStates = ["applied"],
                Fields = [new FormField("reason", "原因", FieldType.MultilineText) { Required = true, MaxLength = 500 }],
            },
        ],
    };
}
