using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Lottery.Terminals;

/// <summary>The terminals' pages: the list, a terminal with where it stood, its move and withdrawal.</summary>
internal static class TerminalPages
{
    private static readonly EnumOption[] Statuses = [new("installed", "在用") { Color = "green" }, new("withdrawn", "已撤机") { Color = "default" }];

    public static ListPage List => new("terminals", "销售终端", UiEndpoint.Get("terminals"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("serialNumber", "终端序列号"), new Column("outletName", "所在网点"), new Column("divisionCode", "所在村（居）", FieldType.Division),
            new Column("status", "状态", FieldType.Enum) { Options = Statuses }, new Column("withdrawnOn", "撤机日期", FieldType.Date),
        ],
        Search = [new FormField("status", "状态", FieldType.Enum) { Options = Statuses }],
        StatusField = "status",
        RowOpens = "terminal/{id}",
    };

    public static DetailPage Detail => new("terminal", "销售终端 {serialNumber}", UiEndpoint.Get("terminals/{id}"))
    {
        Permission = LotteryPermissions.Read,
        Sections =
        [
            new DetailSection("终端",
            [
                new DetailField("serialNumber", "终端序列号"), new DetailField("outletName", "所在网点"), new DetailField("withdrawnOn", "撤机日期", FieldType.Date),
                new DetailField("placementsText", "安装和迁移记录") { Wide = true },
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Actions =
        [
            new UiAction("move", "迁移")
            {
                Endpoint = UiEndpoint.Post("terminals/{id}/move/{version}"), Permission = LotteryPermissions.Terminals, AllowedStates = ["installed"],
                Fields =
                [
                    new FormField("stationNumber", "迁入网点的网点编号") { Required = true, MaxLength = 20 },
                    new FormField("reason", "迁移原因") { Required = true, MaxLength = 200 },
                ],
            },
            new UiAction("withdraw", "撤机")
            {
                Endpoint = UiEndpoint.Post("terminals/{id}/withdraw/{version}"), Permission = LotteryPermissions.Terminals, AllowedStates = ["installed"], Danger = true,
                Confirm = "撤机后该终端不能再安装或迁移。",
                Fields = [new FormField("reason", "撤机原因") { Required = true, MaxLength = 200 }],
            },
        ],
    };
}
