using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Lottery.Contracts;

/// <summary>The contracts' pages: the list (those expiring by a search), a contract with its terms, renewal and termination.</summary>
internal static class ContractPages
{
    internal static readonly EnumOption[] Statuses = [new("active", "有效") { Color = "green" }, new("terminated", "已终止") { Color = "red" }];

    public static ListPage List => new("contracts", "代销合同", UiEndpoint.Get("contracts"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("number", "合同编号"), new Column("outletName", "网点"), new Column("divisionCode", "所在村（居）", FieldType.Division),
            new Column("startsOn", "本期起始", FieldType.Date), new Column("endsOn", "本期终止", FieldType.Date), new Column("expiring", "即将到期", FieldType.Boolean),
            new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        Search = [new FormField("expiring", "仅显示即将到期的", FieldType.Boolean)],
        StatusField = "status",
        RowOpens = "contract/{id}",
    };

    public static FormPage New => new("new-contract", "签订代销合同", UiEndpoint.Post("outlets/{id}/contracts"))
    {
        Permission = LotteryPermissions.Contracts,
        Fields =
        [
            new FormField("number", "合同编号") { Required = true, MaxLength = 40 },
            new FormField("signedOn", "签订日期", FieldType.Date) { Required = true },
            new FormField("startsOn", "合同起始日期", FieldType.Date) { Required = true },
            new FormField("endsOn", "合同终止日期", FieldType.Date) { Required = true },
        ],
        SubmitText = "登记",
        AfterSubmit = "contract/{id}",
    };

    public static DetailPage Detail => new("contract", "代销合同 {number}", UiEndpoint.Get("contracts/{id}"))
    {
        Permission = LotteryPermissions.Read,
        Sections =
        [
            new DetailSection("合同",
            [
                new DetailField("number", "合同编号"), new DetailField("outletName", "网点"), new DetailField("signedOn", "首次签订日期", FieldType.Date),
                new DetailField("startsOn", "本期起始", FieldType.Date), new DetailField("endsOn", "本期终止", FieldType.Date),
                new DetailField("expiring", "即将到期", FieldType.Boolean), new DetailField("terminatedOn", "终止日期", FieldType.Date),
                new DetailField("terminationReason", "终止原因"), new DetailField("termsText", "签订和续签") { Wide = true },
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Actions =
        [
            new UiAction("outlet", "查看网点") { OpenPage = "outlet/{outletId}" },
            new UiAction("renew", "续签")
            {
                Endpoint = UiEndpoint.Post("contracts/{id}/renew/{version}"), Permission = LotteryPermissions.Contracts, AllowedStates = ["active"],
                Fields =
                [
                    new FormField("signedOn", "续签日期", FieldType.Date) { Required = true },
                    new FormField("endsOn", "续签后终止日期", FieldType.Date) { Required = true, Help = "新期限自本期终止的次日起" },
                ],
            },
            new UiAction("terminate", "终止合同")
            {
                Endpoint = UiEndpoint.Post("contracts/{id}/terminate/{version}"), Permission = LotteryPermissions.Contracts, AllowedStates = ["active"], Danger = true,
                Confirm = "终止后不能恢复，网点需重新签订合同。",
                Fields = [new FormField("reason", "终止原因", FieldType.MultilineText) { Required = true, MaxLength = 500 }],
            },
        ],
    };
}
