using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Volunteer.Import;

/// <summary>The imports' pages: the list of imports with the two uploads and their templates, an import's outcome, its refused rows.</summary>
internal static class ImportPages
{
    private static readonly EnumOption[] Kinds = [new("volunteers", "志愿者"), new("hours", "历史服务时长")];

    public static ListPage List => new("imports", "批量导入", UiEndpoint.Get("imports"))
    {
        Permission = VolunteerPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("importedAt", "导入时间", FieldType.DateTime), new Column("kind", "内容", FieldType.Enum) { Options = Kinds }, new Column("fileName", "文件"),
            new Column("created", "新增", FieldType.Number), new Column("skipped", "已存在跳过", FieldType.Number), new Column("failed", "有误未导入", FieldType.Number),
            new Column("staffName", "导入人"),
        ],
        RowOpens = "import/{id}",
        Actions =
        [
            new UiAction("volunteers", "导入志愿者") { OpenPage = "import-volunteers", Permission = VolunteerPermissions.Register },
            new UiAction("hours", "导入历史服务时长") { OpenPage = "import-hours", Permission = VolunteerPermissions.Confirm },
            new UiAction("volunteers-template", "下载志愿者导入模板")
            {
                Endpoint = UiEndpoint.Get("imports/volunteers/template.xlsx"), Permission = VolunteerPermissions.Register, Download = true,
            },
            new UiAction("hours-template", "下载时长导入模板") { Endpoint = UiEndpoint.Get("imports/hours/template.xlsx"), Permission = VolunteerPermissions.Confirm, Download = true },
        ],
    };

    public static FormPage Volunteers => new("import-volunteers", "导入志愿者", UiEndpoint.Post("imports/volunteers"))
    {
        Permission = VolunteerPermissions.Register,
        Fields =
        [
            new FormField("file", "志愿者文件", FieldType.File)
            {
                Required = true, Accept = ".csv,.xlsx",
                Help = "CSV或XLSX，表头见导入模板：身份证号码、姓名、联系电话、服务村（居）代码必填；已注册的人自动跳过，同一文件可重复导入",
            },
        ],
        SubmitText = "导入",
        AfterSubmit = "import/{id}",
    };

    public static FormPage Hours => new("import-hours", "导入历史服务时长", UiEndpoint.Post("imports/hours"))
    {
        Permission = VolunteerPermissions.Confirm,
        Fields =
        [
            new FormField("file", "服务时长文件", FieldType.File)
            {
                Required = true, Accept = ".csv,.xlsx",
                Help = "CSV或XLSX，表头见导入模板：志愿者编号或身份证号码、服务日期、时长（小时）、服务内容、记录单位必填；导入的时长视为已确认，已导入过的行自动跳过",
            },
        ],
        SubmitText = "导入",
        AfterSubmit = "import/{id}",
    };

    public static DetailPage Detail => new("import", "导入结果", UiEndpoint.Get("imports/{id}"))
    {
        Permission = VolunteerPermissions.Read,
        Sections =
        [
            new DetailSection("导入结果",
            [
                new DetailField("outcome", "结果"), new DetailField("kind", "内容", FieldType.Enum) { Options = Kinds }, new DetailField("fileName", "文件"),
                new DetailField("importedAt", "导入时间", FieldType.DateTime), new DetailField("staffName", "导入人"),
                new DetailField("rows", "数据行", FieldType.Number), new DetailField("created", "新增", FieldType.Number),
                new DetailField("flagged", "新增中需复核", FieldType.Number),
                new DetailField("skipped", "已存在跳过", FieldType.Number), new DetailField("failed", "有误未导入", FieldType.Number),
            ]),
        ],
        Actions = [new UiAction("errors", "查看有误的行") { OpenPage = "import-errors/{id}" }],
    };

    public static ListPage Errors => new("import-errors", "有误的行", UiEndpoint.Get("imports/{id}/errors"))
    {
        Permission = VolunteerPermissions.Read,
        Paging = Paging.Server,
        PageSize = 50,
        RowKey = "row",
        Columns = [new Column("row", "行号", FieldType.Number), new Column("message", "原因")],
    };
}
