using Minzheng.Modules.Volunteer.Organisers;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Volunteer.Teams;

/// <summary>The teams' pages: the list, the form, the detail page and the members.</summary>
internal static class TeamPages
{
    public static readonly EnumOption[] Kinds = [new("community", "城乡社区志愿服务队伍"), new("other", "其他志愿服务队伍")];

    private static readonly EnumOption[] Statuses = [new("active", "在册") { Color = "green" }, new("dissolved", "已撤销") { Color = "default" }];

    public static ListPage List => new("teams", "志愿服务队伍", UiEndpoint.Get("teams"))
    {
        Permission = VolunteerPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "队伍名称"), new Column("kind", "类型", FieldType.Enum) { Options = Kinds }, new Column("divisionCode", "所在地", FieldType.Division),
            new Column("organiser", "组建单位"), new Column("foundedOn", "成立日期", FieldType.Date), new Column("members", "成员数", FieldType.Number),
            new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        Search = [new FormField("q", "队伍名称"), new FormField("kind", "类型", FieldType.Enum) { Options = Kinds }],
        RowOpens = "team/{id}",
        Actions = [new UiAction("new", "新建队伍") { OpenPage = "new-team", Permission = VolunteerPermissions.Teams }],
    };

    public static FormPage New => new("new-team", "新建志愿服务队伍", UiEndpoint.Post("teams"))
    {
        Permission = VolunteerPermissions.Teams,
        Fields =
        [
            new FormField("name", "队伍名称") { Required = true, MaxLength = 100 },
            new FormField("kind", "类型", FieldType.Enum) { Options = Kinds, Required = true, Default = "community" },
            new FormField("divisionCode", "所在村（居）", FieldType.Division) { Required = true },
            OrganiserPages.Picker("组建单位", "从已登记的组织单位中选择（如社区居民委员会）；尚未登记的，在下一项填写名称"),
            OrganiserPages.Unregistered("organiser", "组建单位尚未登记时填写，如：某某社区居民委员会（已选择上一项的不填）"),
            new FormField("leader", "负责人及联系方式") { Required = true, MaxLength = 100 },
            new FormField("foundedOn", "成立日期", FieldType.Date),
        ],
        SubmitText = "保存",
        AfterSubmit = "team/{id}",
    };

    public static DetailPage Detail => new("team", "{name}", UiEndpoint.Get("teams/{id}"))
    {
        Permission = VolunteerPermissions.Read,
        Sections =
        [
            new DetailSection("队伍信息",
            [
                new DetailField("kind", "类型", FieldType.Enum) { Options = Kinds }, new DetailField("divisionCode", "所在地", FieldType.Division),
                new DetailField("organiser", "组建单位"), new DetailField("leader", "负责人"), new DetailField("foundedOn", "成立日期", FieldType.Date),
                new DetailField("dissolvedOn", "撤销日期", FieldType.Date),
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Actions =
        [
            new UiAction("members", "成员") { OpenPage = "team-members/{id}" },
            new UiAction("join", "加入成员")
            {
                Endpoint = UiEndpoint.Post("teams/{id}/members"),
                Permission = VolunteerPermissions.Teams,
                AllowedStates = ["active"],
                Fields = [new FormField("volunteerNumber", "志愿者编号") { Required = true, MaxLength = 20 }, new FormField("joinedOn", "加入日期", FieldType.Date)],
            },
            new UiAction("organiser", "登记为组织单位")
            {
                Endpoint = UiEndpoint.Post("teams/{id}/organiser"),
                Permission = VolunteerPermissions.Teams,
                AllowedStates = ["active"],
                Fields = [new FormField("personInCharge", "负责人") { Required = true, MaxLength = 50 }, new FormField("contact", "联系电话") { Required = true, MaxLength = 20 }],
            },
            new UiAction("dissolve", "撤销队伍")
            {
                Endpoint = UiEndpoint.Post("teams/{id}/dissolve/{version}"),
                Permission = VolunteerPermissions.Teams,
                AllowedStates = ["active"],
                Confirm = "撤销后成员随之退出，且不能恢复。",
                Danger = true,
            },
        ],
    };

    public static ListPage Members => new("team-members", "队伍成员", UiEndpoint.Get("teams/{id}/members"))
    {
        Permission = VolunteerPermissions.Read,
        Columns =
        [
            new Column("name", "姓名"), new Column("number", "志愿者编号"), new Column("joinedOn", "加入日期", FieldType.Date), new Column("leftOn", "退出日期", FieldType.Date),
        ],
        RowOpens = "volunteer/{volunteerId}",
        RowActions =
        [
            new UiAction("leave", "退出")
            {
                Endpoint = UiEndpoint.Post("teams/{teamId}/members/{id}/leave"), Permission = VolunteerPermissions.Teams, Confirm = "该成员今日退出队伍，记录保留。",
            },
        ],
    };
}
