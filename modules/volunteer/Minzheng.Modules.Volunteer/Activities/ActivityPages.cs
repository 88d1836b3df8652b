using Minzheng.Modules.Volunteer.Organisers;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Volunteer.Activities;

/// <summary>The activities' pages: the list, the form, the detail page, the sign-ups with attendance, the QR codes.</summary>
internal static class ActivityPages
{
    private static readonly EnumOption[] Statuses =
    [
        new("recruiting", "招募中") { Color = "blue" }, new("ended", "已结束") { Color = "green" }, new("cancelled", "已取消") { Color = "default" },
    ];

    private static readonly EnumOption[] SignUpStatuses =
    [
        new("signed-up", "已报名") { Color = "blue" }, new("checked-in", "已签到") { Color = "orange" }, new("checked-out", "已签退") { Color = "green" },
        new("cancelled", "已取消") { Color = "default" },
    ];

    public static ListPage List => new("activities", "志愿服务活动", UiEndpoint.Get("activities"))
    {
        Permission = VolunteerPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("title", "活动名称"), new Column("organiser", "组织单位"), new Column("divisionCode", "所在地", FieldType.Division),
            new Column("startsAt", "开始时间", FieldType.DateTime), new Column("wanted", "招募人数", FieldType.Number), new Column("signedUp", "已报名", FieldType.Number),
            new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        Search = [new FormField("q", "活动或组织单位"), new FormField("status", "状态", FieldType.Enum) { Options = Statuses }],
        RowOpens = "activity/{id}",
        Actions = [new UiAction("new", "发布活动") { OpenPage = "new-activity", Permission = VolunteerPermissions.Activities }],
    };

    public static FormPage New => new("new-activity", "发布志愿服务活动", UiEndpoint.Post("activities"))
    {
        Permission = VolunteerPermissions.Activities,
        Fields =
        [
            new FormField("title", "活动名称") { Required = true, MaxLength = 100 },
            OrganiserPages.Picker("组织单位", "从已登记的组织单位中选择；尚未登记的，在下一项填写名称"),
            OrganiserPages.Unregistered("organiser", "组织单位尚未登记时填写（已选择上一项的不填）"),
            new FormField("divisionCode", "活动所在村（居）", FieldType.Division) { Required = true },
            new FormField("place", "活动地点") { Required = true, MaxLength = 200 },
            new FormField("startsAt", "开始时间", FieldType.DateTime) { Required = true },
            new FormField("endsAt", "结束时间", FieldType.DateTime) { Required = true },
            new FormField("description", "服务内容和招募要求", FieldType.MultilineText) { Required = true, MaxLength = 2000 },
            new FormField("positionName", "岗位名称") { Required = true, MaxLength = 50, Help = "其他岗位可在发布后添加" },
            new FormField("wanted", "招募人数", FieldType.Number) { Required = true, Min = 1, Max = 10000 },
            new FormField("suitableForMinors", "适合未成年人参加", FieldType.Boolean),
            new FormField("minimumAge", "最低年龄（周岁）", FieldType.Number) { Min = 0, Max = 100 },
        ],
        SubmitText = "发布",
        AfterSubmit = "activity/{id}",
    };

    public static DetailPage Detail => new("activity", "{title}", UiEndpoint.Get("activities/{id}"))
    {
        Permission = VolunteerPermissions.Read,
        Sections =
        [
            new DetailSection("活动信息",
            [
                new DetailField("organiser", "组织单位"), new DetailField("divisionCode", "所在地", FieldType.Division), new DetailField("place", "活动地点"),
                new DetailField("startsAt", "开始时间", FieldType.DateTime), new DetailField("endsAt", "结束时间", FieldType.DateTime),
                new DetailField("suitableForMinors", "适合未成年人", FieldType.Boolean), new DetailField("minimumAge", "最低年龄", FieldType.Number),
                new DetailField("description", "服务内容和招募要求", FieldType.MultilineText) { Wide = true },
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Actions =
        [
            new UiAction("sign-ups", "报名与签到") { OpenPage = "sign-ups/{id}" },
            new UiAction("sign-up", "报名")
            {
                Endpoint = UiEndpoint.Post("activities/{id}/sign-ups"),
                Permission = VolunteerPermissions.Activities,
                AllowedStates = ["recruiting"],
                Fields =
                [
                    new FormField("volunteerNumber", "志愿者编号") { Required = true, MaxLength = 20 },
                    new FormField("guardianPresent", "监护人陪同（未成年人）", FieldType.Boolean),
                ],
            },
            new UiAction("add-position", "添加岗位")
            {
                Endpoint = UiEndpoint.Post("activities/{id}/positions"),
                Permission = VolunteerPermissions.Activities,
                AllowedStates = ["recruiting"],
                Fields = [new FormField("name", "岗位名称") { Required = true, MaxLength = 50 }, new FormField("wanted", "招募人数", FieldType.Number) { Required = true, Min = 1 }],
            },
            new UiAction("qr-in", "签到二维码") { OpenPage = "check-in-qr/{id}", Permission = VolunteerPermissions.Activities, AllowedStates = ["recruiting"] },
            new UiAction("qr-out", "签退二维码") { OpenPage = "check-out-qr/{id}", Permission = VolunteerPermissions.Activities, AllowedStates = ["recruiting"] },
            new UiAction("record-hours", "登记服务时长")
            {
                Endpoint = UiEndpoint.Post("activities/{id}/hours"),
                Permission = VolunteerPermissions.Hours,
                AllowedStates = ["recruiting"],
                Confirm = "按签到、签退时间为每位到场志愿者登记时长（不含路途），活动随之结束，不能再签到。",
            },
            new UiAction("cancel", "取消活动")
            {
                Endpoint = UiEndpoint.Post("activities/{id}/cancel/{version}"),
                Permission = VolunteerPermissions.Activities,
                AllowedStates = ["recruiting"],
                Confirm = "取消后不能再报名和签到，且不能恢复。",
                Danger = true,
            },
        ],
    };

    public static ListPage SignUps => new("sign-ups", "报名与签到", UiEndpoint.Get("activities/{id}/sign-ups"))
    {
        Permission = VolunteerPermissions.Read,
        Columns =
        [
            new Column("name", "姓名"), new Column("volunteerNumber", "志愿者编号"), new Column("position", "岗位"), new Column("status", "状态", FieldType.Enum) { Options = SignUpStatuses },
            new Column("checkedInAt", "签到时间", FieldType.DateTime), new Column("checkedOutAt", "签退时间", FieldType.DateTime),
        ],
        StatusField = "status",
        RowOpens = "volunteer/{volunteerId}",
        RowActions =
        [
            new UiAction("check-in", "签到") { Endpoint = UiEndpoint.Post("activities/{activityId}/sign-ups/{id}/check-in"), Permission = VolunteerPermissions.Activities, AllowedStates = ["signed-up"] },
            new UiAction("check-out", "签退") { Endpoint = UiEndpoint.Post("activities/{activityId}/sign-ups/{id}/check-out"), Permission = VolunteerPermissions.Activities, AllowedStates = ["checked-in"] },
            new UiAction("cancel", "取消报名")
            {
                Endpoint = UiEndpoint.Post("activities/{activityId}/sign-ups/{id}/cancel"), Permission = VolunteerPermissions.Activities, AllowedStates = ["signed-up"],
                Confirm = "取消后名额释放，报名记录保留。",
            },
        ],
    };

    public static PrintPage CheckInCode => QrPage("check-in-qr", "in");

    public static PrintPage CheckOutCode => QrPage("check-out-qr", "out");

    private static PrintPage QrPage(string id, string purpose) => new(id, purpose == "in" ? "签到二维码" : "签退二维码",
        UiEndpoint.Get($"activities/{{id}}/check-in-link/{purpose}"))
    {
        Permission = VolunteerPermissions.Activities,
        Heading = "{title}",
        Blocks =
        [
            new PrintText("志愿者请用手机扫描下方二维码{purposeText}：填写身份证号码和志愿者编号即可，无需登录。"),
            new PrintQrCode("url", "扫码{purposeText}"),
            new PrintFields([new DetailField("expiresAt", "二维码有效至", FieldType.DateTime)]),
        ],
    };
}
