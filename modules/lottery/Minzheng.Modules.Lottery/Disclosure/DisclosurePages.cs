using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Lottery.Disclosure;

/// <summary>The disclosures' pages: the list, the draft form, the detail page with publication, the A4 page.</summary>
internal static class DisclosurePages
{
    private static readonly EnumOption[] Statuses =
    [
        new("draft", "草稿") { Color = "orange" }, new("published", "已公告") { Color = "green" }, new("superseded", "已更正") { Color = "default" },
    ];

    public static ListPage List => new("disclosures", "公益金使用情况公告", UiEndpoint.Get("disclosures"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("year", "年度", FieldType.Number), new Column("edition", "版次", FieldType.Number), new Column("raised", "筹集", FieldType.Money),
            new Column("allocated", "拨付", FieldType.Money), new Column("used", "使用", FieldType.Money), new Column("publishedOn", "公告日期", FieldType.Date),
            new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        StatusField = "status",
        RowOpens = "disclosure/{id}",
        Actions = [new UiAction("new", "编制年度公告") { OpenPage = "new-disclosure", Permission = LotteryPermissions.Disclose }],
    };

    public static FormPage New => new("new-disclosure", "编制公益金使用情况公告", UiEndpoint.Post("disclosures"))
    {
        Permission = LotteryPermissions.Disclose,
        Fields =
        [
            new FormField("year", "年度", FieldType.Number) { Required = true, Help = "上一年度的公告应于6月30日前发布" },
            new FormField("note", "说明（更正已发布的公告时必填）", FieldType.MultilineText) { MaxLength = 500 },
        ],
        SubmitText = "从台账生成草稿",
        AfterSubmit = "disclosure/{id}",
    };

    public static DetailPage Detail => new("disclosure", "{title}", UiEndpoint.Get("disclosures/{id}"))
    {
        Permission = LotteryPermissions.Read,
        Sections =
        [
            new DetailSection("公告",
            [
                new DetailField("year", "年度"), new DetailField("edition", "版次"), new DetailField("dueOn", "应发布日期", FieldType.Date),
                new DetailField("publishedOn", "公告日期", FieldType.Date), new DetailField("note", "说明") { Wide = true },
            ]),
            new DetailSection("数字",
            [
                new DetailField("raised", "筹集", FieldType.Money), new DetailField("allocated", "拨付", FieldType.Money), new DetailField("used", "使用", FieldType.Money),
                new DetailField("returned", "缴回", FieldType.Money), new DetailField("fundBalanceAtYearEnd", "年末未拨付余额", FieldType.Money),
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Actions =
        [
            new UiAction("refresh", "按台账重新生成") { Endpoint = UiEndpoint.Post("disclosures/{id}/refresh/{version}"), Permission = LotteryPermissions.Disclose, AllowedStates = ["draft"] },
            new UiAction("publish", "审核发布")
            {
                Endpoint = UiEndpoint.Post("disclosures/{id}/publish/{version}"), Permission = LotteryPermissions.Disclose, AllowedStates = ["draft"],
                Confirm = "发布后公告向社会公开，数字按此刻台账固定，不能修改；如有错误只能发布更正版。",
            },
            new UiAction("print", "打印") { OpenPage = "disclosure-print/{id}" },
            new UiAction("export", "导出Excel") { Endpoint = UiEndpoint.Get("disclosures/{id}.xlsx"), Download = true },
        ],
    };

    public static PrintPage Print => new("disclosure-print", "公益金使用情况公告", UiEndpoint.Get("disclosures/{id}"))
    {
        Permission = LotteryPermissions.Read,
        Heading = "{title}",
        Blocks =
        [
            new PrintText("{basis}"),
            new PrintText("{year}年度，本级共筹集福利彩票公益金{raised}元，拨付资助项目{allocated}元，项目使用{used}元，缴回{returned}元；年末未拨付余额{fundBalanceAtYearEnd}元。"),
            new PrintTable("bySource", [new Column("label", "筹集来源"), new Column("amount", "金额（元）", FieldType.Money)]),
            new PrintTable("projects",
            [
                new Column("name", "资助项目"), new Column("recipientName", "承接单位"), new Column("area", "地区"), new Column("allocated", "拨付（元）", FieldType.Money),
                new Column("used", "使用（元）", FieldType.Money), new Column("returned", "缴回（元）", FieldType.Money),
            ]),
            new PrintSignatures(["{districtName}（盖章）", "公告日期"]),
        ],
    };
}
