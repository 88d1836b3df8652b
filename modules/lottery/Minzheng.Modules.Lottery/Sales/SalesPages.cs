using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Lottery.Sales;

/// <summary>The sales pages: the imports with the upload and its template, an import's outcome, its refused and replaced rows, the report.</summary>
internal static class SalesPages
{
    private static readonly EnumOption[] Groupings = [new("month", "按月份"), new("town", "按镇街"), new("outlet", "按网点")];

    public static ListPage Imports => new("sales-imports", "销量导入", UiEndpoint.Get("sales/imports"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("importedAt", "导入时间", FieldType.DateTime), new Column("fileName", "文件"), new Column("created", "新增", FieldType.Number),
            new Column("replaced", "替换", FieldType.Number), new Column("difference", "替换差额（元）", FieldType.Money),
            new Column("unchanged", "未变化", FieldType.Number), new Column("failed", "有误未导入", FieldType.Number), new Column("staffName", "导入人"),
        ],
        RowOpens = "sales-import/{id}",
        Actions =
        [
            new UiAction("import", "导入销量") { OpenPage = "import-sales", Permission = LotteryPermissions.Sales },
            new UiAction("template", "下载销量导入模板") { Endpoint = UiEndpoint.Get("sales/imports/template.xlsx"), Permission = LotteryPermissions.Sales, Download = true },
        ],
    };

    public static FormPage Upload => new("import-sales", "导入销量", UiEndpoint.Post("sales/imports"))
    {
        Permission = LotteryPermissions.Sales,
        Fields =
        [
            new FormField("file", "销售中心销量文件", FieldType.File)
            {
                Required = true, Accept = ".csv,.xlsx",
                Help = "CSV或XLSX，表头见导入模板：月份（如2026-05）、网点编号、游戏类别、销售额（元）；重报的月份替换原数并显示差额，同一文件重复导入不会改变数据",
            },
        ],
        SubmitText = "导入",
        AfterSubmit = "sales-import/{id}",
    };

    public static DetailPage Detail => new("sales-import", "销量导入结果", UiEndpoint.Get("sales/imports/{id}"))
    {
        Permission = LotteryPermissions.Read,
        Sections =
        [
            new DetailSection("导入结果",
            [
                new DetailField("outcome", "结果") { Wide = true }, new DetailField("fileName", "文件"), new DetailField("importedAt", "导入时间", FieldType.DateTime),
                new DetailField("staffName", "导入人"), new DetailField("rows", "数据行", FieldType.Number), new DetailField("created", "新增", FieldType.Number),
                new DetailField("createdAmount", "新增销售额（元）", FieldType.Money), new DetailField("replaced", "替换", FieldType.Number),
                new DetailField("difference", "替换差额（元）", FieldType.Money), new DetailField("unchanged", "未变化", FieldType.Number),
                new DetailField("failed", "有误未导入", FieldType.Number),
            ]),
        ],
        Actions =
        [
            new UiAction("errors", "查看有误的行") { OpenPage = "sales-import-errors/{id}" },
            new UiAction("replaced", "查看替换的数据") { OpenPage = "sales-import-replaced/{id}" },
        ],
    };

    public static ListPage Errors => new("sales-import-errors", "有误的行", UiEndpoint.Get("sales/imports/{id}/errors"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        PageSize = 50,
        RowKey = "row",
        Columns = [new Column("row", "行号", FieldType.Number), new Column("message", "原因")],
    };

    public static ListPage Replaced => new("sales-import-replaced", "替换的数据", UiEndpoint.Get("sales/imports/{id}/replaced"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        PageSize = 50,
        RowKey = "row",
        Columns =
        [
            new Column("row", "行号", FieldType.Number), new Column("stationNumber", "网点编号"), new Column("outletName", "网点名称"), new Column("month", "月份"),
            new Column("game", "游戏类别"), new Column("previous", "原销售额（元）", FieldType.Money), new Column("amount", "新销售额（元）", FieldType.Money),
            new Column("difference", "差额（元）", FieldType.Money),
        ],
    };

    public static ListPage Report => new("sales-report", "销量统计", UiEndpoint.Get("sales/report"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        RowKey = "key",
        Columns =
        [
            new Column("label", "名称"), new Column("key", "编码"), new Column("outlets", "有销量的网点数", FieldType.Number),
            new Column("amount", "销售额（元）", FieldType.Money),
        ],
        Search =
        [
            new FormField("by", "统计方式", FieldType.Enum) { Options = Groupings },
            new FormField("from", "开始月份", FieldType.Date) { Help = "所选日期所在的月份" },
            new FormField("to", "结束月份", FieldType.Date) { Help = "所选日期所在的月份" },
            new FormField("game", "游戏类别"),
        ],
        Actions = [new UiAction("export", "导出Excel") { Endpoint = UiEndpoint.Get("sales/report.xlsx"), Download = true }],
    };
}
