using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.SocialOrg.Supervision;

/// <summary>The credit lists' page (with 移出); the list and penalty choices the organisation page's actions offer.</summary>
internal static class SupervisionPages
{
    private static readonly EnumOption[] Kinds =
    [
        new("removal-due", "应移出活动异常名录") { Color = "green" }, new("escalation-due", "应列入严重违法失信名单") { Color = "red" },
        new("grade-expiring", "评估等级即将到期") { Color = "orange" },
    ];

    public static ListPage Reminders => new("list-reminders", "名录待决定事项", UiEndpoint.Get("list-reminders"))
    {
        Permission = SocialOrgPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("organisationName", "社会组织"), new Column("creditCode", "统一社会信用代码"), new Column("kind", "事项", FieldType.Enum) { Options = Kinds },
            new Column("note", "情况"), new Column("raisedOn", "提示日期", FieldType.Date), new Column("dueOn", "应决定日期", FieldType.Date),
            new Column("overdue", "已逾期", FieldType.Boolean),
        ],
        Search = [new FormField("kind", "事项", FieldType.Enum) { Options = Kinds }],
        RowOpens = "organisation/{organisationId}",
    };

    public static readonly EnumOption[] Lists = [new("abnormal", "活动异常名录") { Color = "orange" }, new("serious", "严重违法失信名单") { Color = "red" }];

    public static readonly EnumOption[] Penalties =
    [
        new("warning", "警告"), new("fine", "罚款"), new("confiscation", "没收违法所得、非法财物"), new("stop-activities", "责令停止活动"), new("revocation", "撤销登记"),
    ];

    public static ListPage Entries => new("list-entries", "信用名录", UiEndpoint.Get("list-entries"))
    {
        Permission = SocialOrgPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("organisationName", "社会组织"), new Column("list", "名录", FieldType.Enum) { Options = Lists }, new Column("cause", "列入原因"),
            new Column("decisionNumber", "决定书文号"), new Column("enteredOn", "列入日期", FieldType.Date), new Column("removedOn", "移出日期", FieldType.Date),
            new Column("removalReason", "移出原因"),
        ],
        Search =
        [
            new FormField("list", "名录", FieldType.Enum) { Options = Lists },
            new FormField("active", "仅显示未移出的", FieldType.Boolean),
        ],
        RowOpens = "organisation/{organisationId}",
        // Sent with the list's search: the list and filter shown are the ones exported.
        Actions = [new UiAction("export", "导出Excel") { Endpoint = UiEndpoint.Get("list-entries.xlsx"), Download = true }],
        RowActions =
        [
            new UiAction("remove", "移出名录")
            {
                Endpoint = UiEndpoint.Post("list-entries/{id}/remove/{version}"),
                Permission = SocialOrgPermissions.Supervise,
                Confirm = "移出后记录仍保留在该组织的历史中。",
                Fields = [new FormField("reason", "移出原因", FieldType.MultilineText) { Required = true, MaxLength = 500 }],
            },
        ],
    };
}
