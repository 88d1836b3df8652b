using Minzheng.Sdk.Files;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Lottery.Fund;

/// <summary>The ledger's pages: the fund, the movements, the receipt form, the projects and a project's page.</summary>
internal static class FundPages
{
    private static readonly EnumOption[] Kinds =
    [
        new("receipt", "收入") { Color = "green" }, new("allocation", "拨付项目") { Color = "blue" }, new("disbursement", "项目支出") { Color = "orange" },
        new("return", "缴回") { Color = "cyan" }, new("reversal", "冲销") { Color = "red" },
    ];

    private static readonly EnumOption[] Sources = [new("allocated", "上级下达"), new("retained", "本级留成"), new("unclaimed-prizes", "逾期未兑奖奖金"), new("other", "其他收入")];

    private static readonly Column[] MovementColumns =
    [
        new Column("occurredOn", "日期", FieldType.Date), new Column("kind", "类型", FieldType.Enum) { Options = Kinds }, new Column("kindText", "摘要类型"),
        new Column("sourceText", "来源"), new Column("projectName", "项目"), new Column("amount", "金额", FieldType.Money), new Column("note", "摘要"),
        new Column("drawDate", "开奖日期", FieldType.Date), new Column("staffName", "经办人"),
    ];

    private static readonly UiAction Reverse = new("reverse", "冲销")
    {
        Endpoint = UiEndpoint.Post("fund/movements/{id}/reverse"), Permission = LotteryPermissions.Fund, AllowedStates = ["receipt", "allocation", "disbursement", "return"],
        Confirm = "冲销将登记一笔方向相反的记录，不能撤销；每笔记录只能冲销一次。", Danger = true,
        Fields = [new FormField("reason", "冲销原因") { Required = true, MaxLength = 200 }],
    };

    public static DashboardPage Fund => new("fund", "公益金", UiEndpoint.Get("fund"))
    {
        Permission = LotteryPermissions.Read,
        Cards =
        [
            new StatCard("未拨付余额", "balance", FieldType.Money) { Suffix = "元" },
            new StatCard("项目结余", "projectBalances", FieldType.Money) { Suffix = "元" },
            new StatCard("今年筹集", "raisedThisYear", FieldType.Money) { Suffix = "元" },
        ],
    };

    public static ListPage Movements => new("fund-movements", "公益金收支明细", UiEndpoint.Get("fund/movements"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        Columns = MovementColumns,
        Search = [new FormField("year", "年度", FieldType.Number), new FormField("kind", "类型", FieldType.Enum) { Options = Kinds }],
        StatusField = "kind",
        RowActions = [Reverse],
        Actions =
        [
            new UiAction("receive", "登记收入") { OpenPage = "fund-receipt", Permission = LotteryPermissions.Fund },
            new UiAction("export", "导出Excel") { Endpoint = UiEndpoint.Get("fund/movements.xlsx"), Download = true },
        ],
    };

    public static FormPage Receipt => new("fund-receipt", "登记公益金收入", UiEndpoint.Post("fund/receipts"))
    {
        Permission = LotteryPermissions.Fund,
        Fields =
        [
            new FormField("source", "收入来源", FieldType.Enum) { Options = Sources, Required = true },
            new FormField("amount", "金额（元）", FieldType.Money) { Required = true },
            new FormField("receivedOn", "到账日期", FieldType.Date) { Required = true },
            new FormField("drawDate", "开奖日期（逾期未兑奖奖金）", FieldType.Date) { Help = "开奖之日起60日兑奖期满后方可转入公益金" },
            new FormField("note", "摘要（如文号）") { MaxLength = 200 },
        ],
        SubmitText = "登记",
        AfterSubmit = "fund-movements",
    };

    public static ListPage Projects => new("fund-projects", "公益金资助项目", UiEndpoint.Get("fund/projects"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "项目名称"), new Column("recipientName", "承接单位"), new Column("divisionCode", "地区", FieldType.Division),
            new Column("year", "年度", FieldType.Number), new Column("balance", "项目余额", FieldType.Money),
        ],
        Search = [new FormField("year", "年度", FieldType.Number)],
        RowOpens = "fund-project/{id}",
        Actions = [new UiAction("new", "登记项目") { OpenPage = "new-fund-project", Permission = LotteryPermissions.Fund }],
    };

    public static FormPage NewProject => new("new-fund-project", "登记公益金资助项目", UiEndpoint.Post("fund/projects"))
    {
        Permission = LotteryPermissions.Fund,
        Fields =
        [
            new FormField("name", "项目名称") { Required = true, MaxLength = 100 },
            new FormField("recipientName", "承接单位") { Required = true, MaxLength = 100 },
            new FormField("recipientCreditCode", "统一社会信用代码（社会组织）") { Help = "承接单位是社会组织时填写，拨付前核查信用名录" },
            new FormField("purpose", "资助用途", FieldType.MultilineText) { Required = true, MaxLength = 500 },
            new FormField("divisionCode", "所在镇街（全区项目不填）", FieldType.Division),
            new FormField("year", "项目年度", FieldType.Number) { Required = true },
        ],
        SubmitText = "登记",
        AfterSubmit = "fund-project/{id}",
    };

    public static DetailPage Project => new("fund-project", "{name}", UiEndpoint.Get("fund/projects/{id}"))
    {
        Permission = LotteryPermissions.Read,
        Sections =
        [
            new DetailSection("项目",
            [
                new DetailField("recipientName", "承接单位"), new DetailField("recipientCreditCode", "统一社会信用代码"), new DetailField("creditListing", "信用名录"),
                new DetailField("divisionCode", "地区", FieldType.Division), new DetailField("year", "年度"),
                new DetailField("purpose", "资助用途", FieldType.MultilineText) { Wide = true },
            ]),
            new DetailSection("资金",
            [
                new DetailField("balance", "项目余额", FieldType.Money), new DetailField("allocated", "累计拨付", FieldType.Money),
                new DetailField("disbursed", "累计支出", FieldType.Money), new DetailField("returned", "累计缴回", FieldType.Money),
            ]),
        ],
        Tables =
        [
            new DetailTable("公益金标识照片", "evidence",
            [
                new Column("fileName", "照片"), new Column("note", "说明"), new Column("uploadedAt", "上传时间", FieldType.DateTime),
                new Column("staffName", "上传人"), new Column("url", "文件", FieldType.File) { Width = 100 },
            ]) { EmptyText = "尚未上传公益金标识照片" },
        ],
        Actions =
        [
            Move("allocate", "拨付", "从公益金拨付到本项目，超过未拨付余额的将被拒绝。"),
            Move("disburse", "支出", "从本项目支付给承接单位，超过项目余额的将被拒绝。"),
            Move("return", "缴回", "本项目未使用的资金缴回公益金。"),
            new UiAction("movements", "收支记录") { OpenPage = "fund-project-movements/{id}" },
            new UiAction("evidence", "上传公益金标识照片") { OpenPage = "fund-evidence/{id}", Permission = LotteryPermissions.Fund },
        ],
    };

    public static ListPage ProjectMovements => new("fund-project-movements", "项目收支记录", UiEndpoint.Get("fund/projects/{id}/movements"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        Columns = MovementColumns,
        StatusField = "kind",
        RowActions = [Reverse],
    };

    public static FormPage Evidence => new("fund-evidence", "上传公益金标识照片", UiEndpoint.Post("fund/projects/{id}/evidence"))
    {
        Permission = LotteryPermissions.Fund,
        Fields =
        [
            new FormField("file", "照片（JPEG或PNG）", FieldType.File) { Required = true, Accept = UploadRules.Photos.Accept, Help = "不超过5MB" },
            new FormField("note", "说明（标识展示的位置）") { MaxLength = 200 },
        ],
        SubmitText = "上传",
    };

    private static UiAction Move(string id, string title, string confirm) => new(id, title)
    {
        Endpoint = UiEndpoint.Post($"fund/projects/{{id}}/{id}/{{version}}"), Permission = LotteryPermissions.Fund, Confirm = confirm + "登记后不能修改，只能冲销。",
        Fields =
        [
            new FormField("amount", "金额（元）", FieldType.Money) { Required = true },
            new FormField("occurredOn", "日期", FieldType.Date),
            new FormField("note", "摘要") { MaxLength = 200 },
        ],
    };
}
