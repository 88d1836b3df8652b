using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Charity.Donations;

/// <summary>Donations' list, entry form and page.</summary>
internal static class DonationPages
{
    private static readonly EnumOption[] DonorKinds = [.. DonationRules.DonorKinds.Select(k => new EnumOption(k.Key, k.Value))];

    private static readonly EnumOption[] Forms = [.. DonationRules.Forms.Select(k => new EnumOption(k.Key, k.Value))];

    internal static readonly EnumOption[] ReceiptStates =
    [
        new("none", "未开票据") { Color = "orange" },
        new("receipted", "已开票据") { Color = "green" },
        new("declined", "捐赠人不要票据") { Color = "default" },
    ];

    public static ListPage List => new("donations", "捐赠登记", UiEndpoint.Get("donations"))
    {
        Permission = CharityPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("receivedOn", "收到日期", FieldType.Date), new Column("organisationName", "慈善组织"), new Column("donorName", "捐赠人"),
            new Column("donorKind", "捐赠人类型", FieldType.Enum) { Options = DonorKinds }, new Column("form", "形式", FieldType.Enum) { Options = Forms },
            new Column("amount", "金额或估值（元）", FieldType.Money), new Column("goodsDescription", "物资"), new Column("project", "项目"),
            new Column("restricted", "定向", FieldType.Boolean), new Column("receiptState", "票据", FieldType.Enum) { Options = ReceiptStates },
        ],
        Search =
        [
            new FormField("donor", "捐赠人"), new FormField("receipt", "票据", FieldType.Enum) { Options = ReceiptStates },
            new FormField("from", "收到日期起", FieldType.Date), new FormField("to", "收到日期止", FieldType.Date),
        ],
        StatusField = "receiptState",
        RowOpens = "donation/{id}",
        Actions = [new UiAction("new", "登记捐赠") { OpenPage = "new-donation", Permission = CharityPermissions.RecordDonations }],
    };

    public static FormPage New => new("new-donation", "登记捐赠", UiEndpoint.Post("donations"))
    {
        Permission = CharityPermissions.RecordDonations,
        Fields =
        [
            new FormField("organisationId", "接受捐赠的慈善组织", FieldType.Enum) { Required = true, OptionsFrom = new OptionsSource(UiEndpoint.Get("organisations/charities"), "id", "name") },
            new FormField("donorKind", "捐赠人类型", FieldType.Enum) { Required = true, Options = DonorKinds },
            new FormField("donorName", "捐赠人姓名或单位名称") { MaxLength = 200, Help = "匿名捐赠不填" },
            new FormField("donorIdNumber", "捐赠人身份证号码（个人）", FieldType.IdNumber),
            new FormField("donorCreditCode", "统一社会信用代码（单位）") { MaxLength = 18 },
            new FormField("form", "捐赠形式", FieldType.Enum) { Required = true, Options = Forms },
            new FormField("amount", "金额或物资估值（元）", FieldType.Money) { Min = 0 },
            new FormField("goodsValued", "物资可以估值", FieldType.Boolean) { Default = "true", Help = "无法估值的物资只按描述登记，不计入捐赠收入" },
            new FormField("goodsDescription", "物资名称和规格") { MaxLength = 500 },
            new FormField("goodsQuantity", "物资数量") { MaxLength = 50 },
            new FormField("project", "捐赠项目或活动") { MaxLength = 200 },
            new FormField("restricted", "定向捐赠", FieldType.Boolean),
            new FormField("receivedOn", "收到捐赠的日期", FieldType.Date) { Help = "默认今天" },
            new FormField("note", "备注", FieldType.MultilineText) { MaxLength = 500 },
        ],
        SubmitText = "登记",
        AfterSubmit = "donation/{id}",
    };

    public static DetailPage Detail => new("donation", "捐赠：{donorName}", UiEndpoint.Get("donations/{id}"))
    {
        Permission = CharityPermissions.Read,
        Sections =
        [
            new DetailSection("捐赠",
            [
                new DetailField("organisationName", "慈善组织"), new DetailField("receivedOn", "收到日期", FieldType.Date),
                new DetailField("donorKindName", "捐赠人类型"), new DetailField("donorName", "捐赠人"),
                new DetailField("donorIdNumber", "身份证号码", FieldType.IdNumber), new DetailField("donorCreditCode", "统一社会信用代码"),
                new DetailField("formName", "形式"), new DetailField("amount", "金额或估值（元）", FieldType.Money),
                new DetailField("income", "计入捐赠收入", FieldType.Boolean), new DetailField("goodsDescription", "物资"), new DetailField("goodsQuantity", "数量"),
                new DetailField("project", "项目"), new DetailField("restricted", "定向捐赠", FieldType.Boolean), new DetailField("handlerName", "经办人"),
                new DetailField("note", "备注", FieldType.MultilineText) { Wide = true },
            ]),
            new DetailSection("票据", [new DetailField("receiptDeclinedNote", "不要票据", FieldType.MultilineText) { Wide = true }]),
        ],
        StatusField = "receiptState",
        Statuses = ReceiptStates,
        Actions =
        [
            new UiAction("issue", "开具捐赠票据")
            {
                Endpoint = UiEndpoint.Post("donations/{id}/receipt/{version}"), Permission = CharityPermissions.Receipts, AllowedStates = ["none"],
                Confirm = "按号码顺序取用本组织最早领用号段中最小的未用号码。",
            },
            new UiAction("receipt", "查看票据") { OpenPage = "receipt/{receiptId}", AllowedStates = ["receipted"] },
            new UiAction("decline", "捐赠人不要票据")
            {
                Endpoint = UiEndpoint.Post("donations/{id}/decline-receipt/{version}"), Permission = CharityPermissions.RecordDonations, AllowedStates = ["none"],
                Confirm = "记录后不再为这笔捐赠开具票据。",
                Fields = [new FormField("note", "说明", FieldType.MultilineText) { MaxLength = 500 }],
            },
        ],
    };
}
