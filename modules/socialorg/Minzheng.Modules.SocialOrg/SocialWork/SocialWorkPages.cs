using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.SocialOrg.SocialWork;

/// <summary>The social workers' list (with 离开) and the form that registers one.</summary>
internal static class SocialWorkPages
{
    private static readonly EnumOption[] Levels =
    [
        new("assistant", "助理社会工作师"), new("intermediate", "社会工作师"), new("senior", "高级社会工作师"),
    ];

    public static ListPage List => new("social-workers", "社会工作者", UiEndpoint.Get("social-workers"))
    {
        Permission = SocialOrgPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "姓名"), new Column("idNumber", "身份证号码", FieldType.IdNumber), new Column("level", "资格等级", FieldType.Enum) { Options = Levels },
            new Column("certificateNumber", "证书编号"), new Column("employer", "工作单位"), new Column("divisionCode", "工作所在村（居）", FieldType.Division),
            new Column("since", "起始日期", FieldType.Date), new Column("leftOn", "离开日期", FieldType.Date),
        ],
        Actions = [new UiAction("new", "登记社会工作者") { OpenPage = "new-social-worker", Permission = SocialOrgPermissions.SocialWork }],
        RowActions =
        [
            new UiAction("left", "记录离开")
            {
                Endpoint = UiEndpoint.Post("social-workers/{id}/left/{version}"),
                Permission = SocialOrgPermissions.SocialWork,
                Confirm = "记录后此人自离开日期起不再计入社会工作专业人才数。",
                Fields = [new FormField("leftOn", "离开日期", FieldType.Date)],
            },
        ],
    };

    public static FormPage New => new("new-social-worker", "登记社会工作者", UiEndpoint.Post("social-workers"))
    {
        Permission = SocialOrgPermissions.SocialWork,
        Fields =
        [
            new FormField("name", "姓名") { Required = true, MaxLength = 50 },
            new FormField("idNumber", "身份证号码", FieldType.IdNumber) { Required = true },
            new FormField("level", "资格等级", FieldType.Enum) { Options = Levels, Required = true },
            new FormField("certificateNumber", "职业资格证书编号") { Required = true, MaxLength = 50 },
            new FormField("employer", "工作单位") { Required = true, MaxLength = 100 },
            new FormField("divisionCode", "工作所在村（居）", FieldType.Division) { Required = true },
            new FormField("since", "起始日期", FieldType.Date),
        ],
        SubmitText = "登记",
        AfterSubmit = "social-workers",
    };
}
