using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Volunteer.Hours;

/// <summary>The hours' pages: to confirm, correction requests, one volunteer's records, one record with its history, the entry form.</summary>
internal static class HoursPages
{
    public static readonly EnumOption[] Statuses =
    [
        new("recorded", "待确认") { Color = "orange" }, new("confirmed", "已确认") { Color = "green" }, new("declined", "已退回") { Color = "default" },
    ];

    public static readonly EnumOption[] Kinds = [new("service", "志愿服务"), new("training", "培训")];

    private static Column[] Columns =>
    [
        new Column("name", "志愿者"), new Column("volunteerNumber", "编号"), new Column("date", "日期", FieldType.Date), new Column("kind", "类型", FieldType.Enum) { Options = Kinds },
        new Column("hours", "时长（小时）", FieldType.Number), new Column("content", "服务内容"), new Column("flags", "提示"),
        new Column("status", "状态", FieldType.Enum) { Options = Statuses },
    ];

    private static UiAction[] Decisions =>
    [
        new UiAction("confirm", "确认") { Endpoint = UiEndpoint.Post("hours/{id}/confirm/{version}"), Permission = VolunteerPermissions.Confirm, AllowedStates = ["recorded"] },
        new UiAction("decline", "退回")
        {
            Endpoint = UiEndpoint.Post("hours/{id}/decline/{version}"), Permission = VolunteerPermissions.Confirm, AllowedStates = ["recorded"], Danger = true,
            Fields = [new FormField("reason", "退回原因") { Required = true, MaxLength = 500 }],
        },
        new UiAction("correct", "更正")
        {
            Endpoint = UiEndpoint.Post("hours/{id}/correct/{version}"), Permission = VolunteerPermissions.Confirm, AllowedStates = ["recorded", "confirmed"],
            Fields = [new FormField("hours", "更正后时长（小时）", FieldType.Number) { Required = true, Min = 0.1m, Max = 24 }, new FormField("reason", "更正原因") { Required = true, MaxLength = 500 }],
        },
    ];

    public static ListPage List => new("hours", "服务时长", UiEndpoint.Get("hours"))
    {
        Permission = VolunteerPermissions.Read,
        Paging = Paging.Server,
        Columns = Columns,
        Search =
        [
            new FormField("status", "状态", FieldType.Enum) { Options = Statuses },
            new FormField("flagged", "只看有提示的", FieldType.Boolean),
        ],
        StatusField = "status",
        RowOpens = "hours-record/{id}",
        RowActions = Decisions,
        Actions = [new UiAction("new", "登记时长") { OpenPage = "new-hours", Permission = VolunteerPermissions.Hours }],
    };

    public static ListPage Corrections => new("corrections", "时长更正申请", UiEndpoint.Get("hours/correction-requests"))
    {
        Permission = VolunteerPermissions.Read,
        Paging = Paging.Server,
        Columns = Columns,
        StatusField = "status",
        RowOpens = "hours-record/{id}",
    };

    public static ListPage OfVolunteer => new("volunteer-hours", "服务记录", UiEndpoint.Get("volunteers/{id}/hours"))
    {
        Permission = VolunteerPermissions.Read,
        Paging = Paging.Server,
        Columns = Columns,
        StatusField = "status",
        RowOpens = "hours-record/{id}",
    };

    public static FormPage New => new("new-hours", "登记志愿服务时长", UiEndpoint.Post("hours"))
    {
        Permission = VolunteerPermissions.Hours,
        Fields =
        [
            new FormField("volunteerNumber", "志愿者编号") { Required = true, MaxLength = 20 },
            new FormField("kind", "类型", FieldType.Enum) { Options = Kinds, Required = true, Default = "service" },
            new FormField("date", "服务日期", FieldType.Date) { Required = true },
            new FormField("hours", "时长（小时，不含路途）", FieldType.Number) { Required = true, Min = 0.1m, Max = 24 },
            new FormField("content", "服务内容") { Required = true, MaxLength = 500 },
            new FormField("organiser", "记录单位") { Required = true, MaxLength = 100 },
        ],
        SubmitText = "登记",
        AfterSubmit = "hours-record/{id}",
    };

    public static DetailPage Detail => new("hours-record", "{name} {date}", UiEndpoint.Get("hours/{id}"))
    {
        Permission = VolunteerPermissions.Read,
        Sections =
        [
            new DetailSection("服务记录",
            [
                new DetailField("name", "志愿者"), new DetailField("volunteerNumber", "志愿者编号"), new DetailField("kind", "类型", FieldType.Enum) { Options = Kinds },
                new DetailField("date", "日期", FieldType.Date), new DetailField("startedAt", "签到", FieldType.DateTime), new DetailField("endedAt", "签退", FieldType.DateTime),
                new DetailField("hours", "时长（小时）", FieldType.Number), new DetailField("content", "服务内容"), new DetailField("organiser", "记录单位"),
                new DetailField("divisionCode", "服务地", FieldType.Division), new DetailField("flags", "提示") { Wide = true },
            ]),
            new DetailSection("更正申请",
            [
                new DetailField("requestedHours", "申请时长（小时）", FieldType.Number), new DetailField("requestReason", "申请理由") { Wide = true },
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Timeline = new Timeline("history"),
        Actions =
        [
            .. Decisions,
            new UiAction("request", "志愿者申请更正")
            {
                Endpoint = UiEndpoint.Post("hours/{id}/correction-request/{version}"), Permission = VolunteerPermissions.Hours, AllowedStates = ["recorded", "confirmed"],
                Fields = [new FormField("hours", "申请时长（小时）", FieldType.Number) { Required = true, Min = 0.1m, Max = 24 }, new FormField("reason", "申请理由") { Required = true, MaxLength = 500 }],
            },
            new UiAction("accept", "同意更正")
            {
                Endpoint = UiEndpoint.Post("hours/{id}/correction-request/accept/{version}"), Permission = VolunteerPermissions.Confirm, AllowedStates = ["recorded", "confirmed"],
                Confirm = "时长改为志愿者申请的时长，记录回到待确认。",
            },
            new UiAction("reject", "驳回更正")
            {
                Endpoint = UiEndpoint.Post("hours/{id}/correction-request/reject/{version}"), Permission = VolunteerPermissions.Confirm, AllowedStates = ["recorded", "confirmed"],
                Fields = [new FormField("reason", "驳回理由") { Required = true, MaxLength = 500 }],
            },
        ],
    };
}
