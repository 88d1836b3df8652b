using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.SocialOrg.SocialWork;

/// <summary>The social work stations' list (配备社会工作者, 撤站) and the form that records one.</summary>
internal static class StationPages
{
    private static readonly EnumOption[] Statuses = [new("open", "运行中") { Color = "green" }, new("closed", "已撤站") { Color = "default" }];

    public static ListPage List => new("social-work-stations", "社会工作站", UiEndpoint.Get("social-work-stations"))
    {
        Permission = SocialOrgPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "名称"), new Column("divisionCode", "所在镇街", FieldType.Division), new Column("address", "地址"),
            new Column("openedOn", "建站日期", FieldType.Date), new Column("staffCount", "社会工作者（人）", FieldType.Number),
            new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        StatusField = "status",
        Actions = [new UiAction("new", "新建社会工作站") { OpenPage = "new-social-work-station", Permission = SocialOrgPermissions.SocialWork }],
        RowActions =
        [
            new UiAction("staff", "配备社会工作者")
            {
                Endpoint = UiEndpoint.Post("social-work-stations/{id}/staff/{version}"),
                Permission = SocialOrgPermissions.SocialWork,
                AllowedStates = ["open"],
                Fields = [new FormField("socialWorkerId", "社会工作者编号（社会工作者列表中的编号）") { Required = true }],
            },
            new UiAction("close", "撤站")
            {
                Endpoint = UiEndpoint.Post("social-work-stations/{id}/close/{version}"),
                Permission = SocialOrgPermissions.SocialWork,
                AllowedStates = ["open"],
                Danger = true,
                Confirm = "撤站后该站的社会工作者不再配备在此站，不能撤回。",
            },
        ],
    };

    public static FormPage New => new("new-social-work-station", "新建社会工作站", UiEndpoint.Post("social-work-stations"))
    {
        Permission = SocialOrgPermissions.SocialWork,
        Fields =
        [
            new FormField("name", "名称") { Required = true, MaxLength = 100 },
            new FormField("divisionCode", "所在镇街", FieldType.Division) { Required = true, DivisionLevel = Minzheng.Sdk.Access.OrgLevel.Town },
            new FormField("address", "地址") { Required = true, MaxLength = 200 },
            new FormField("openedOn", "建站日期（默认今天）", FieldType.Date),
        ],
        SubmitText = "保存",
        AfterSubmit = "social-work-stations",
    };
}
