using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Volunteer.Organisers;

/// <summary>The organisers' pages: the list, the registration form (a team registers from its own page), one organiser.</summary>
internal static class OrganiserPages
{
    private static readonly EnumOption[] Kinds =
    [
        Kind(OrganiserKind.Team) with { Color = "green" }, Kind(OrganiserKind.VillageCommittee) with { Color = "blue" },
        Kind(OrganiserKind.SocialOrganisation) with { Color = "purple" }, Kind(OrganiserKind.Other),
    ];

    /// <summary>A form's picker of the registered organisers (<see cref="NamedOrganiser"/>), by the label staff read.</summary>
    public static FormField Picker(string label, string help) => new(NamedOrganiser.PickerField, label, FieldType.Enum)
    {
        OptionsFrom = new OptionsSource(UiEndpoint.Get("organisers/options"), "id", "label"), Help = help,
    };

    /// <summary>The field beside the picker for a body not registered (its name), under one label in every form.</summary>
    public static FormField Unregistered(string name, string help) => new(name, "未登记单位名称") { MaxLength = 100, Help = help };

    private static EnumOption Kind(OrganiserKind kind) => new(OrganiserCodes.Kind(kind), OrganiserCodes.KindText(kind));

    public static ListPage List => new("organisers", "组织单位", UiEndpoint.Get("organisers"))
    {
        Permission = VolunteerPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "名称"), new Column("kind", "类型", FieldType.Enum) { Options = Kinds }, new Column("divisionCode", "所在地", FieldType.Division),
            new Column("personInCharge", "负责人"), new Column("activities", "活动数", FieldType.Number),
        ],
        Search = [new FormField("q", "名称"), new FormField("kind", "类型", FieldType.Enum) { Options = Kinds }],
        RowOpens = "organiser/{id}",
        Actions = [new UiAction("new", "登记组织单位") { OpenPage = "new-organiser", Permission = VolunteerPermissions.Teams }],
    };

    public static FormPage New => new("new-organiser", "登记组织单位", UiEndpoint.Post("organisers"))
    {
        Permission = VolunteerPermissions.Teams,
        Fields =
        [
            new FormField("name", "名称") { Required = true, MaxLength = 100, Help = "登记后，发布活动、新建队伍、出具证明时可从“组织单位”中选择" },
            new FormField("kind", "类型", FieldType.Enum) { Required = true, Options = Kinds[1..], Help = "志愿服务队伍请在队伍页面“登记为组织单位”" },
            new FormField("creditCode", "统一社会信用代码") { MaxLength = 18, Help = "社会组织必填" },
            new FormField("divisionCode", "所在镇街或村（居）", FieldType.Division) { Required = true },
            new FormField("personInCharge", "负责人") { Required = true, MaxLength = 50 },
            new FormField("contact", "联系电话") { Required = true, MaxLength = 20 },
        ],
        SubmitText = "登记",
        AfterSubmit = "organiser/{id}",
    };

    public static DetailPage Detail => new("organiser", "{name}", UiEndpoint.Get("organisers/{id}"))
    {
        Permission = VolunteerPermissions.Read,
        Sections =
        [
            new DetailSection("组织单位",
            [
                new DetailField("kind", "类型", FieldType.Enum) { Options = Kinds }, new DetailField("creditCode", "统一社会信用代码"),
                new DetailField("divisionCode", "所在地", FieldType.Division), new DetailField("personInCharge", "负责人"), new DetailField("contact", "联系电话"),
                new DetailField("registeredOn", "登记日期", FieldType.Date),
            ]),
            new DetailSection("组织的活动",
            [
                new DetailField("activities", "活动数", FieldType.Number), new DetailField("confirmedHours", "已确认服务时长（小时）", FieldType.Number),
                new DetailField("certificates", "出具的记录证明", FieldType.Number),
            ]),
        ],
    };
}
