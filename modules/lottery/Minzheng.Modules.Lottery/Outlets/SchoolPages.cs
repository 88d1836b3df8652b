using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>The schools' pages: the list (current or removed) with the removal, and the form to add one.</summary>
internal static class SchoolPages
{
    private static readonly EnumOption[] Statuses = [new("current", "计入核查") { Color = "green" }, new("removed", "已移除") { Color = "default" }];

    public static ListPage List => new("schools", "学校位置（选址核查）", UiEndpoint.Get("schools"))
    {
        Permission = LotteryPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "学校名称"), new Column("address", "地址"), new Column("townCode", "镇街", FieldType.Division),
            new Column("divisionCode", "所在村（居）", FieldType.Division), new Column("latitude", "纬度", FieldType.Number),
            new Column("longitude", "经度", FieldType.Number), new Column("status", "状态", FieldType.Enum) { Options = Statuses },
            new Column("removedOn", "移除日期", FieldType.Date), new Column("removalReason", "移除原因"),
        ],
        Search = [new FormField("removed", "仅显示已移除的", FieldType.Boolean)],
        StatusField = "status",
        RowActions =
        [
            new UiAction("remove", "移除")
            {
                Endpoint = UiEndpoint.Post("schools/{id}/remove/{version}"), Permission = LotteryPermissions.Schools, AllowedStates = ["current"], Danger = true,
                Confirm = "移除后选址核查不再计算与该学校的距离，不能恢复（学校仍在的，请重新添加）。确定移除？",
                Fields = [new FormField("reason", "移除原因（如学校撤并、迁址）", FieldType.MultilineText) { Required = true, MaxLength = 500 }],
            },
        ],
        Actions = [new UiAction("new", "添加学校") { OpenPage = "new-school", Permission = LotteryPermissions.Schools }],
    };

    public static FormPage New => new("new-school", "添加学校", UiEndpoint.Post("schools"))
    {
        Permission = LotteryPermissions.Schools,
        Fields =
        [
            new FormField("name", "学校名称") { Required = true, MaxLength = 100 },
            new FormField("address", "地址") { MaxLength = 200 },
            new FormField("divisionCode", "所在村（居）", FieldType.Division) { Required = true },
            new FormField("latitude", "纬度", FieldType.Number) { Required = true, Help = "WGS-84，如28.96" },
            new FormField("longitude", "经度", FieldType.Number) { Required = true, Help = "WGS-84，如106.92" },
        ],
        SubmitText = "添加",
    };
}
