using Minzheng.Sdk.Files;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Lottery.Inspections;

/// <summary>The inspections' pages: the checklist, the list (overdue by a search), the inspection form, an inspection with its findings, photos and re-inspection.</summary>
internal static class InspectionPages
{
    internal static readonly EnumOption[] Statuses =
    [
        new("clean", "未发现问题") { Color = "green" }, new("correcting", "待整改") { Color = "orange" }, new("rechecked", "已复查") { Color = "default" },
    ];

    private static readonly EnumOption[] FindingOutcomes =
    [
        new("pending", "待复查") { Color = "orange" }, new("corrected", "已整改") { Color = "green" }, new("not-corrected", "未整改") { Color = "red" },
    ];

    public static ListPage Checklist => new("checklist", "检查清单", UiEndpoint.Get("checklist"))
    {
        Permission = LotteryPermissions.Read,
        Columns = [new Column("id", "条款编号") { Width = 140 }, new Column("text", "条款")],
    };

    public static ListPage List => new("inspections", "网点检查", UiEndpoint.Get("inspections"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("outletName", "网点"), new Column("divisionCode", "所在村（居）", FieldType.Division), new Column("inspectedOn", "检查日期", FieldType.Date),
            new Column("inspectors", "检查人员"), new Column("correctBy", "整改期限", FieldType.Date), new Column("overdue", "逾期", FieldType.Boolean),
            new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        Search =
        [
            new FormField("status", "状态", FieldType.Enum) { Options = Statuses },
            new FormField("overdue", "仅显示逾期未复查的", FieldType.Boolean),
        ],
        StatusField = "status",
        RowOpens = "inspection/{id}",
    };

    public static FormPage New => new("new-inspection", "检查销售网点", UiEndpoint.Post("outlets/{id}/inspections"))
    {
        Permission = LotteryPermissions.Inspect,
        Fields =
        [
            new FormField("inspectedOn", "检查日期", FieldType.Date) { Required = true },
            new FormField("inspectors", "检查人员") { Required = true, MaxLength = 200, Help = "两名以上检查人员的姓名，用顿号分隔" },
            new FormField("notes", "检查情况", FieldType.MultilineText) { MaxLength = 2000 },
        ],
        SubmitText = "登记检查",
        AfterSubmit = "inspection/{id}",
    };

    public static DetailPage Detail => new("inspection", "检查 {outletName}", UiEndpoint.Get("inspections/{id}"))
    {
        Permission = LotteryPermissions.Read,
        Sections =
        [
            new DetailSection("检查",
            [
                new DetailField("outletName", "网点"), new DetailField("inspectedOn", "检查日期", FieldType.Date), new DetailField("inspectors", "检查人员"),
                new DetailField("correctBy", "整改期限", FieldType.Date), new DetailField("overdue", "逾期未复查", FieldType.Boolean),
                new DetailField("recheckedOn", "复查日期", FieldType.Date), new DetailField("notes", "检查情况", FieldType.MultilineText) { Wide = true },
            ]),
        ],
        Tables =
        [
            new DetailTable("发现的问题", "findings",
            [
                new Column("clauseText", "违反的条款"), new Column("note", "问题情况"),
                new Column("outcome", "复查结果", FieldType.Enum) { Options = FindingOutcomes, Width = 100 },
            ]) { EmptyText = "未发现问题" },
        ],
        StatusField = "status",
        Statuses = Statuses,
        Actions =
        [
            new UiAction("finding", "记录问题")
            {
                Endpoint = UiEndpoint.Post("inspections/{id}/findings/{version}"), Permission = LotteryPermissions.Inspect, AllowedStates = ["clean", "correcting"],
                Fields =
                [
                    // The checklist is configuration: its clauses are read from the module when the dialog opens.
                    new FormField("clause", "违反的条款", FieldType.Enum) { Required = true, OptionsFrom = new OptionsSource(UiEndpoint.Get("checklist"), "id", "text") },
                    new FormField("note", "问题情况", FieldType.MultilineText) { Required = true, MaxLength = 1000 },
                    new FormField("correctBy", "整改期限", FieldType.Date) { Help = "首个问题须填写；以后不填则沿用" },
                ],
            },
            new UiAction("photo", "上传照片")
            {
                Endpoint = UiEndpoint.Post("inspections/{id}/photos"), Permission = LotteryPermissions.Inspect,
                Fields = [new FormField("file", "照片", FieldType.File) { Required = true, Accept = UploadRules.Photos.Accept, Help = "JPEG或PNG，不超过5MB" }],
            },
            new UiAction("photos", "查看照片") { OpenPage = "inspection-photos/{id}" },
            new UiAction("recheck", "复查")
            {
                Endpoint = UiEndpoint.Post("inspections/{id}/recheck/{version}"), Permission = LotteryPermissions.Inspect, AllowedStates = ["correcting"],
                Confirm = "复查后本次检查的问题即结案，不能再修改。",
                Fields =
                [
                    new FormField("recheckedOn", "复查日期", FieldType.Date) { Required = true },
                    new FormField("correctedAll", "问题均已整改", FieldType.Boolean) { Help = "不勾选则记为未整改" },
                ],
            },
            new UiAction("penalise", "作出处罚") { OpenPage = "new-penalty/{id}", Permission = LotteryPermissions.Penalise, AllowedStates = ["correcting", "rechecked"] },
            new UiAction("outlet", "查看网点") { OpenPage = "outlet/{outletId}" },
        ],
    };

    public static ListPage Photos => new("inspection-photos", "检查照片", UiEndpoint.Get("inspections/{id}/photos"))
    {
        Permission = LotteryPermissions.Read,
        Columns =
        [
            new Column("fileName", "文件"), new Column("uploadedAt", "上传时间", FieldType.DateTime), new Column("uploadedBy", "上传人"),
        ],
        RowActions = [new UiAction("download", "下载") { Endpoint = UiEndpoint.Get("inspections/{inspectionId}/photos/{id}"), Download = true }],
    };
}
