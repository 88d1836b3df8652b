using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Volunteer.Volunteers;

/// <summary>The volunteers' pages: the list, the registration form, the detail page.</summary>
internal static class VolunteerPages
{
    public static readonly EnumOption[] Statuses = [new("active", "在册") { Color = "green" }, new("left", "已注销") { Color = "default" }];

    public static ListPage List => new("volunteers", "志愿者", UiEndpoint.Get("volunteers"))
    {
        Permission = VolunteerPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "姓名"), new Column("number", "志愿者编号"), new Column("idNumber", "身份证号码", FieldType.IdNumber),
            new Column("divisionCode", "服务村（居）", FieldType.Division), new Column("registeredOn", "注册日期", FieldType.Date),
            new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        Search = [new FormField("q", "姓名或编号"), new FormField("status", "状态", FieldType.Enum) { Options = Statuses }],
        StatusField = "status",
        RowOpens = "volunteer/{id}",
        Actions = [new UiAction("new", "实名注册") { OpenPage = "register", Permission = VolunteerPermissions.Register }],
    };

    public static FormPage New => new("register", "志愿者实名注册", UiEndpoint.Post("volunteers"))
    {
        Permission = VolunteerPermissions.Register,
        Fields =
        [
            new FormField("idNumber", "身份证号码", FieldType.IdNumber) { Required = true },
            new FormField("name", "姓名") { Required = true, MaxLength = 50 },
            new FormField("phone", "联系电话") { Required = true, MaxLength = 20 },
            new FormField("divisionCode", "服务所在村（居）", FieldType.Division) { Required = true },
            new FormField("skills", "专业技能") { MaxLength = 200, Placeholder = "如：急救、心理咨询、驾驶" },
            new FormField("availability", "服务时间") { MaxLength = 100, Placeholder = "如：周末、工作日晚上" },
            new FormField("serviceAreas", "服务类别") { MaxLength = 200, Placeholder = "如：助老、助残、环保、文明实践" },
            new FormField("guardianName", "监护人姓名（未成年人填写）") { MaxLength = 50 },
            new FormField("guardianPhone", "监护人电话（未成年人填写）") { MaxLength = 20 },
            new FormField("guardianConsent", "已取得监护人同意（未成年人）", FieldType.Boolean),
        ],
        SubmitText = "注册",
        AfterSubmit = "volunteer/{id}",
    };

    public static DetailPage Detail => new("volunteer", "{name}", UiEndpoint.Get("volunteers/{id}"))
    {
        Permission = VolunteerPermissions.Read,
        Sections =
        [
            new DetailSection("实名信息",
            [
                new DetailField("number", "志愿者编号"), new DetailField("idNumber", "身份证号码", FieldType.IdNumber), new DetailField("age", "年龄", FieldType.Number),
                new DetailField("minorRequirement", "参加要求"), new DetailField("phone", "联系电话"),
                new DetailField("divisionCode", "服务村（居）", FieldType.Division), new DetailField("inRegistry", "在居民信息库中", FieldType.Boolean),
                new DetailField("registeredOn", "注册日期", FieldType.Date), new DetailField("leftOn", "注销日期", FieldType.Date),
            ]),
            new DetailSection("服务意向",
            [
                new DetailField("skills", "专业技能"), new DetailField("availability", "服务时间"), new DetailField("serviceAreas", "服务类别"),
            ]),
            new DetailSection("监护人（未成年人）",
            [
                new DetailField("guardianName", "监护人"), new DetailField("guardianPhone", "监护人电话"), new DetailField("guardianConsentOn", "同意日期", FieldType.Date),
            ]),
            new DetailSection("服务时长（已确认）",
            [
                new DetailField("serviceHours", "志愿服务（小时）", FieldType.Number), new DetailField("trainingHours", "培训（小时）", FieldType.Number),
                new DetailField("stars", "星级"), new DetailField("starsBarredUntil", "不得评星至", FieldType.Date),
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Actions =
        [
            new UiAction("hours", "服务记录") { OpenPage = "volunteer-hours/{id}" },
            new UiAction("leave", "注销")
            {
                Endpoint = UiEndpoint.Post("volunteers/{id}/leave/{version}"),
                Permission = VolunteerPermissions.Register,
                AllowedStates = ["active"],
                Confirm = "注销后不能再报名活动；已有的服务记录和证明保留。",
                Danger = true,
                Fields = [new FormField("reason", "注销原因") { Required = true, MaxLength = 200 }],
            },
        ],
    };
}
