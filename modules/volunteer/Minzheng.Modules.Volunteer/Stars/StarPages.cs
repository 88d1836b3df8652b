using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Volunteer.Stars;

/// <summary>The stars' page: awards and proposals in publicity, the star run, revocation.</summary>
internal static class StarPages
{
    private static readonly EnumOption[] Statuses =
    [
        new("publicity", "公示中") { Color = "orange" }, new("awarded", "已授予") { Color = "green" }, new("revoked", "已撤销") { Color = "default" },
    ];

    public static ListPage List => new("stars", "星级评定", UiEndpoint.Get("stars"))
    {
        Permission = VolunteerPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "志愿者"), new Column("volunteerNumber", "编号"), new Column("stars", "星级"), new Column("hours", "已确认服务时长（小时）", FieldType.Number),
            new Column("proposedOn", "评定日期", FieldType.Date), new Column("publicityEndsOn", "公示截止", FieldType.Date), new Column("awardedOn", "授予日期", FieldType.Date),
            new Column("status", "状态", FieldType.Enum) { Options = Statuses }, new Column("revocationReason", "撤销原因"),
        ],
        Search =
        [
            new FormField("status", "状态", FieldType.Enum) { Options = Statuses },
            new FormField("level", "星级", FieldType.Number) { Min = 1, Max = 10 },
        ],
        StatusField = "status",
        Actions =
        [
            new UiAction("run", "评定星级")
            {
                Endpoint = UiEndpoint.Post("stars/run"), Permission = VolunteerPermissions.Stars,
                Confirm = "按已确认的志愿服务时长评定星级：新评定的进入公示，公示期满的授予。继续吗？",
            },
        ],
        RowActions =
        [
            new UiAction("revoke", "撤销")
            {
                Endpoint = UiEndpoint.Post("stars/{id}/revoke/{version}"), Permission = VolunteerPermissions.Stars, AllowedStates = ["publicity", "awarded"], Danger = true,
                Confirm = "撤销后不能恢复；如因弄虚作假撤销，该志愿者在限制期内不能评星。",
                Fields =
                [
                    new FormField("reason", "撤销原因") { Required = true, MaxLength = 500 },
                    new FormField("falsified", "服务时长弄虚作假", FieldType.Boolean),
                ],
            },
        ],
    };
}
