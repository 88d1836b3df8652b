using Minzheng.Sdk.Ui;
using P = Minzheng.Modules.Disability.DisabilityPermissions;

namespace Minzheng.Modules.Disability.Ui;

/// <summary>Rosters: list, detail with approval and exports, print view; overpayments.</summary>
internal static class RosterPages
{
    public static ListPage List => new("rosters", "发放名册", UiEndpoint.Get("rosters"))
    {
        Permission = P.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("month", "发放月份") { Sortable = true }, new Column("status", "状态", FieldType.Enum) { Options = UiOptions.RosterStatuses },
            new Column("lineCount", "笔数", FieldType.Number), new Column("arrearsLines", "其中补发", FieldType.Number), new Column("total", "金额", FieldType.Money),
            new Column("generatedBy", "生成人"), new Column("approvedBy", "审批人"),
        ],
        DefaultSort = new SortOrder("month", Descending: true),
        StatusField = "status",
        RowOpens = "roster/{id}",
        Actions =
        [
            new UiAction("generate", "生成名册")
            {
                Endpoint = UiEndpoint.Post("rosters"), Permission = P.Roster,
                Fields = [new FormField("month", "发放月份") { Required = true, Pattern = "^[0-9]{4}-[0-9]{2}$", PatternMessage = "格式如 2026-06", Placeholder = "2026-06" }],
            },
        ],
    };

    public static DetailPage Detail => new("roster", "发放名册：{month}", UiEndpoint.Get("rosters/{id}"))
    {
        Permission = P.Read,
        Sections =
        [
            new DetailSection("名册",
            [
                new DetailField("month", "发放月份"), new DetailField("lineCount", "笔数", FieldType.Number), new DetailField("arrearsLines", "其中补发", FieldType.Number),
                new DetailField("total", "金额", FieldType.Money), new DetailField("paid", "已发放", FieldType.Number), new DetailField("failed", "发放失败", FieldType.Number),
            ]),
            new DetailSection("经办",
            [
                new DetailField("generatedBy", "生成人"), new DetailField("generatedAt", "生成时间", FieldType.DateTime),
                new DetailField("approvedBy", "审批人"), new DetailField("approvedAt", "审批时间", FieldType.DateTime),
            ]),
        ],
        StatusField = "status",
        Statuses = UiOptions.RosterStatuses,
        Actions =
        [
            new UiAction("approve", "审批名册")
            {
                Endpoint = UiEndpoint.Post("rosters/{id}/approve/{version}"), Permission = P.RosterApprove, AllowedStates = ["draft"],
                Confirm = "审批后名册冻结，不能再修改；生成人不能审批自己生成的名册。",
            },
            new UiAction("export-xlsx", "导出银行文件（XLSX）") { Endpoint = UiEndpoint.Get("rosters/{id}/export.xlsx"), Permission = P.Roster, AllowedStates = ["approved"], Download = true },
            new UiAction("export-csv", "导出银行文件（CSV）") { Endpoint = UiEndpoint.Get("rosters/{id}/export.csv"), Permission = P.Roster, AllowedStates = ["approved"], Download = true },
            new UiAction("bank-return", "导入银行回盘")
            {
                Endpoint = UiEndpoint.Post("rosters/{id}/bank-return"), Permission = P.Roster, AllowedStates = ["approved"],
                Fields = [new FormField("file", "回盘文件", FieldType.File) { Required = true, Accept = ".csv,.xlsx", Help = "CSV或XLSX（可用导出的名册填写）：明细编号、发放结果（成功/失败）、失败原因" }],
            },
            new UiAction("print", "打印名册") { OpenPage = "roster-print/{id}" },
        ],
    };

    public static PrintPage Print => new("roster-print", "两项补贴发放名册", UiEndpoint.Get("rosters/{id}/print"))
    {
        Permission = P.Read,
        Heading = "残疾人两项补贴发放名册（{month}）",
        Landscape = true,
        Blocks =
        [
            new PrintFields([new DetailField("month", "发放月份"), new DetailField("lineCount", "笔数", FieldType.Number), new DetailField("total", "合计金额", FieldType.Money)]),
            new PrintTable("lines",
            [
                new Column("name", "姓名"), new Column("idNumber", "身份证号码"), new Column("divisionCode", "村居", FieldType.Division),
                new Column("kind", "补贴类别", FieldType.Enum) { Options = UiOptions.Kinds }, new Column("forMonth", "所属月份"),
                new Column("lineKind", "类型", FieldType.Enum) { Options = UiOptions.LineKinds }, new Column("amount", "金额", FieldType.Money),
                new Column("bankAccount", "账号"),
            ]),
            new PrintSignatures(["制表人", "审核人", "单位盖章"]),
        ],
    };

    public static ListPage Overpayments => new("overpayments", "待追回款项", UiEndpoint.Get("overpayments"))
    {
        Permission = P.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "姓名"), new Column("divisionCode", "村居", FieldType.Division), new Column("forMonth", "所属月份") { Sortable = true },
            new Column("amount", "金额", FieldType.Money), new Column("reason", "原因"), new Column("recovered", "已追回", FieldType.Boolean),
        ],
        RowOpens = "application/{applicationId}",
        RowActions =
        [
            new UiAction("recovered", "登记已追回")
            {
                Endpoint = UiEndpoint.Post("overpayments/{id}/recovered"), Permission = P.Roster, Confirm = "登记后不能撤销。",
            },
        ],
    };
}
