using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>The outlets' pages: the list, the application form, the detail page with the decision and closure.</summary>
internal static class OutletPages
{
    internal static readonly EnumOption[] Kinds = [new("dedicated", "专营"), new("shared", "兼营")];

    private static readonly EnumOption[] Statuses =
    [
        new("applied", "申请中") { Color = "orange" }, new("open", "营业中") { Color = "green" },
        new("refused", "不予设立") { Color = "red" }, new("closed", "已关闭") { Color = "default" },
    ];

    public static ListPage List => new("outlets", "销售网点", UiEndpoint.Get("outlets"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "网点名称"), new Column("stationNumber", "网点编号"), new Column("kind", "类型", FieldType.Enum) { Options = Kinds }, new Column("operatorName", "业主"),
            new Column("divisionCode", "所在村（居）", FieldType.Division), new Column("appliedOn", "申请日期", FieldType.Date),
            new Column("openedOn", "设立日期", FieldType.Date), new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        Search = [new FormField("status", "状态", FieldType.Enum) { Options = Statuses }],
        StatusField = "status",
        RowOpens = "outlet/{id}",
        Actions = [new UiAction("new", "受理设立申请") { OpenPage = "new-outlet", Permission = LotteryPermissions.Apply }],
    };

    public static FormPage New => new("new-outlet", "销售网点设立申请", UiEndpoint.Post("outlets"))
    {
        Permission = LotteryPermissions.Apply,
        Fields =
        [
            new FormField("name", "网点名称") { Required = true, MaxLength = 100 },
            new FormField("stationNumber", "网点编号（销售中心编号）") { MaxLength = 20, Help = "销售中心的网点编号，销量文件按此编号对应网点；尚未编号的可不填" },
            new FormField("kind", "类型", FieldType.Enum) { Options = Kinds, Required = true },
            new FormField("operatorName", "业主姓名或单位名称") { Required = true, MaxLength = 100 },
            new FormField("operatorIdNumber", "业主身份证号码（个人）", FieldType.IdNumber),
            new FormField("operatorCreditCode", "统一社会信用代码（单位）"),
            new FormField("address", "地址") { Required = true, MaxLength = 200 },
            new FormField("divisionCode", "所在村（居）", FieldType.Division) { Required = true },
            new FormField("latitude", "纬度", FieldType.Number) { Required = true },
            new FormField("longitude", "经度", FieldType.Number) { Required = true },
            new FormField("premises", "经营场所（面积、自有或租赁）", FieldType.MultilineText) { Required = true, MaxLength = 500 },
        ],
        SubmitText = "受理",
        AfterSubmit = "outlet/{id}",
    };

    public static DetailPage Detail => new("outlet", "{name}", UiEndpoint.Get("outlets/{id}"))
    {
        Permission = LotteryPermissions.Read,
        Sections =
        [
            new DetailSection("网点",
            [
                new DetailField("stationNumber", "网点编号"), new DetailField("kind", "类型", FieldType.Enum) { Options = Kinds },
                new DetailField("operatorName", "业主"),
                new DetailField("operatorIdentifier", "业主证件号码"), new DetailField("address", "地址"),
                new DetailField("divisionCode", "所在村（居）", FieldType.Division), new DetailField("latitude", "纬度"),
                new DetailField("longitude", "经度"), new DetailField("appliedOn", "申请日期", FieldType.Date),
                new DetailField("openedOn", "设立日期", FieldType.Date), new DetailField("closedOn", "关闭日期", FieldType.Date),
                new DetailField("reason", "不予设立或关闭原因"),
                new DetailField("premises", "经营场所", FieldType.MultilineText) { Wide = true },
            ]),
            new DetailSection("选址核查",
            [
                new DetailField("siting.passes", "符合选址规定", FieldType.Boolean),
                new DetailField("siting.breaches", "不符合的规定") { Wide = true },
                new DetailField("siting.nearestText", "最近的学校和专营店") { Wide = true },
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        // What the bureau supervises at the outlet, each opening its own page.
        Tables =
        [
            new DetailTable("代销合同", "contracts",
            [
                new Column("number", "合同编号"), new Column("startsOn", "本期起始", FieldType.Date), new Column("endsOn", "本期终止", FieldType.Date),
                new Column("status", "状态", FieldType.Enum) { Options = Contracts.ContractPages.Statuses },
            ]) { RowOpens = "contract/{id}", EmptyText = "尚未签订代销合同" },
            new DetailTable("销售终端", "terminals",
            [
                new Column("serialNumber", "终端编号"), new Column("installedOn", "安装日期", FieldType.Date), new Column("removedOn", "撤出日期", FieldType.Date),
                new Column("removalReason", "撤出原因"), new Column("current", "在用", FieldType.Boolean),
            ]) { RowOpens = "terminal/{id}", EmptyText = "没有安装过终端" },
            new DetailTable("检查记录", "inspections",
            [
                new Column("inspectedOn", "检查日期", FieldType.Date), new Column("findings", "发现问题", FieldType.Number),
                new Column("status", "状态", FieldType.Enum) { Options = Inspections.InspectionPages.Statuses },
            ]) { RowOpens = "inspection/{id}", EmptyText = "尚未检查" },
            new DetailTable("处罚", "penalties",
            [
                new Column("decisionNumber", "决定书文号"), new Column("decidedOn", "决定日期", FieldType.Date), new Column("amount", "罚款金额", FieldType.Money),
                new Column("status", "状态", FieldType.Enum) { Options = Inspections.PenaltyPages.Statuses },
            ]) { RowOpens = "penalty/{id}", EmptyText = "没有处罚" },
            OutletMovePages.OnOutlet,
        ],
        Timeline = new Timeline("history"),
        Actions =
        [
            new UiAction("approve", "批准设立")
            {
                Endpoint = UiEndpoint.Post("outlets/{id}/approve/{version}"), Permission = LotteryPermissions.Decide, AllowedStates = ["applied"],
                Confirm = "批准前系统将重新核查选址。",
            },
            new UiAction("refuse", "不予设立")
            {
                Endpoint = UiEndpoint.Post("outlets/{id}/refuse/{version}"), Permission = LotteryPermissions.Decide, AllowedStates = ["applied"],
                Fields = [new FormField("reason", "原因", FieldType.MultilineText) { Required = true, MaxLength = 500 }],
            },
            new UiAction("station-number", "登记网点编号")
            {
                Endpoint = UiEndpoint.Post("outlets/{id}/station-number/{version}"), Permission = LotteryPermissions.Decide, AllowedStates = ["applied", "open"],
                Fields = [new FormField("stationNumber", "网点编号（销售中心编号）") { Required = true, MaxLength = 20 }],
            },
            OutletMovePages.Apply,
            // Supervision (Contracts/, Terminals/, Inspections/): the open outlet's contract, terminals and inspections.
            new UiAction("contract", "签订代销合同") { OpenPage = "new-contract/{id}", Permission = LotteryPermissions.Contracts, AllowedStates = ["open"] },
            new UiAction("terminal", "安装销售终端")
            {
                Endpoint = UiEndpoint.Post("outlets/{id}/terminals"), Permission = LotteryPermissions.Terminals, AllowedStates = ["open"],
                Fields = [new FormField("serialNumber", "终端序列号") { Required = true, MaxLength = 40 }],
            },
            new UiAction("inspect", "检查") { OpenPage = "new-inspection/{id}", Permission = LotteryPermissions.Inspect, AllowedStates = ["open"] },
            new UiAction("close", "关闭网点")
            {
                Endpoint = UiEndpoint.Post("outlets/{id}/close/{version}"), Permission = LotteryPermissions.Decide, AllowedStates = ["open"],
                Confirm = "关闭后不能恢复，网点自今日起不再计入网点数；其销售终端一并撤机，代销合同一并终止。",
                Fields = [new FormField("reason", "关闭原因", FieldType.MultilineText) { Required = true, MaxLength = 500 }],
            },
        ],
    };
}
