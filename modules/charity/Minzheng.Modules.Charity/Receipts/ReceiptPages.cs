using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Charity.Receipts;

/// <summary>Receipts' pages: the list, one receipt with void/reissue/print, the A4 print, the stock and its form.</summary>
internal static class ReceiptPages
{
    private static readonly EnumOption[] Statuses = [new("issued", "已开具") { Color = "green" }, new("voided", "已作废") { Color = "red" }];

    private static readonly DetailField[] Fields =
    [
        new("code", "票据代码"), new("number", "票据号码"), new("issuedOn", "开票日期", FieldType.Date), new("checkCode", "校验码"),
        new("payerName", "交款人"), new("payerIdentifier", "交款人统一社会信用代码或身份证号码"), new("item", "项目名称") { Wide = true }, new("quantity", "数量"),
        new("amount", "金额（元）", FieldType.Money), new("amountInWords", "金额（大写）"), new("note", "备注") { Wide = true },
        new("organisationName", "收款单位（盖章）"), new("handlerName", "开票人"),
    ];

    public static ListPage List => new("receipts", "捐赠票据", UiEndpoint.Get("receipts"))
    {
        Permission = CharityPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("code", "票据代码"), new Column("number", "票据号码"), new Column("issuedOn", "开票日期", FieldType.Date), new Column("organisationName", "收款单位"),
            new Column("payerName", "交款人"), new Column("amount", "金额（元）", FieldType.Money), new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        Search = [new FormField("status", "状态", FieldType.Enum) { Options = Statuses }],
        StatusField = "status",
        RowOpens = "receipt/{id}",
        Actions = [new UiAction("export", "导出XLSX") { Endpoint = UiEndpoint.Get("receipts.xlsx"), Download = true }],
    };

    public static DetailPage Detail => new("receipt", "捐赠票据 {code} {number}", UiEndpoint.Get("receipts/{id}"))
    {
        Permission = CharityPermissions.Read,
        Sections =
        [
            new DetailSection("票据", Fields),
            new DetailSection("作废与补开",
            [
                new DetailField("voidedOn", "作废日期", FieldType.Date), new DetailField("voidReason", "作废原因"),
                new DetailField("reissuedOn", "补开日期", FieldType.Date), new DetailField("reissueReason", "补开原因"), new DetailField("printCount", "打印次数", FieldType.Number),
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Actions =
        [
            new UiAction("print", "打印票据") { OpenPage = "receipt-print/{id}", Permission = CharityPermissions.Receipts, AllowedStates = ["issued"] },
            new UiAction("donation", "查看捐赠") { OpenPage = "donation/{donationId}" },
            new UiAction("reissue", "补开（遗失）")
            {
                Endpoint = UiEndpoint.Post("receipts/{id}/reissue/{version}"), Permission = CharityPermissions.Receipts, AllowedStates = ["issued"],
                Confirm = "补开的票据沿用原号码，打印时标注“补开”。",
                Fields = [new FormField("reason", "补开原因", FieldType.MultilineText) { Required = true, MaxLength = ReceiptRules.ReasonLength }],
            },
            new UiAction("void", "作废")
            {
                Endpoint = UiEndpoint.Post("receipts/{id}/void/{version}"), Permission = CharityPermissions.Receipts, AllowedStates = ["issued"], Danger = true,
                Confirm = "作废后号码保留为作废，不能恢复；捐赠可重新开具新号码的票据。",
                Fields = [new FormField("reason", "作废原因", FieldType.MultilineText) { Required = true, MaxLength = ReceiptRules.ReasonLength }],
            },
        ],
    };

    public static PrintPage Print => new("receipt-print", "公益事业捐赠票据", UiEndpoint.Get("receipts/{id}/print"))
    {
        Permission = CharityPermissions.Receipts,
        Heading = "公益事业捐赠票据",
        Blocks = [new PrintText("{mark}"), new PrintFields(Fields), new PrintSignatures(["收款单位（盖章）", "开票人"])],
    };

    private static readonly EnumOption[] GapStates = [new("issued", "已开具") { Color = "green" }, new("voided", "已作废") { Color = "red" }, new("unused", "未使用") { Color = "default" }];

    /// <summary>The gap report of one organisation: what auditors ask — every number of every range, issued, voided (why) or unused.</summary>
    public static DetailPage Gaps => new("receipt-gaps", "票据号码核对：{organisationName}", UiEndpoint.Get("organisations/{id}/receipt-gaps"))
    {
        Permission = CharityPermissions.Read,
        Sections =
        [
            new DetailSection("合计",
            [
                new DetailField("total", "领用份数", FieldType.Number), new DetailField("issued", "已开具", FieldType.Number),
                new DetailField("voided", "已作废", FieldType.Number), new DetailField("unused", "未使用", FieldType.Number),
            ]),
        ],
        Tables =
        [
            new DetailTable("号段", "ranges",
            [
                new Column("code", "票据代码"), new Column("firstNumber", "起始号码"), new Column("lastNumber", "终止号码"), new Column("total", "份数", FieldType.Number),
                new Column("issued", "已开具", FieldType.Number), new Column("voided", "已作废", FieldType.Number), new Column("unused", "未使用", FieldType.Number),
            ]),
            new DetailTable("号码明细", "rows",
            [
                new Column("code", "票据代码"), new Column("from", "起始号码"), new Column("to", "终止号码"), new Column("count", "份数", FieldType.Number),
                new Column("state", "状态", FieldType.Enum) { Options = GapStates }, new Column("detail", "说明（作废原因、捐赠人）"),
            ]),
        ],
        Actions =
        [
            new UiAction("export", "导出Excel") { Endpoint = UiEndpoint.Get("organisations/{id}/receipt-gaps.xlsx"), Download = true },
        ],
    };

    public static ListPage Stock => new("receipt-stock", "票据领用", UiEndpoint.Get("receipt-stock"))
    {
        Permission = CharityPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("code", "票据代码"), new Column("firstNumber", "起始号码"), new Column("lastNumber", "终止号码"), new Column("total", "份数", FieldType.Number),
            new Column("used", "已使用", FieldType.Number), new Column("receivedOn", "领用日期", FieldType.Date), new Column("staffName", "登记人"),
        ],
        Actions = [new UiAction("new", "登记领用号段") { OpenPage = "new-receipt-stock", Permission = CharityPermissions.Stock }],
    };

    public static FormPage NewStock => new("new-receipt-stock", "登记领用的捐赠票据", UiEndpoint.Post("receipt-stock"))
    {
        Permission = CharityPermissions.Stock,
        Fields =
        [
            new FormField("organisationId", "慈善组织", FieldType.Enum) { Required = true, OptionsFrom = new OptionsSource(UiEndpoint.Get("organisations/charities"), "id", "name") },
            new FormField("code", "票据代码") { Required = true, Pattern = "^[0-9]{4,20}$", PatternMessage = "票据代码应为4到20位数字" },
            new FormField("firstNumber", "起始号码") { Required = true, Pattern = "^[0-9]{1,18}$", PatternMessage = "号码为数字" },
            new FormField("lastNumber", "终止号码") { Required = true, Pattern = "^[0-9]{1,18}$", PatternMessage = "号码为数字" },
            new FormField("receivedOn", "领用日期", FieldType.Date),
        ],
        SubmitText = "登记",
        AfterSubmit = "receipt-stock",
    };
}
