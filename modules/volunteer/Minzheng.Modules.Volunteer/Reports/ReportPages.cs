using Minzheng.Modules.Volunteer.Hours;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Volunteer.Reports;

/// <summary>The hour report's page: choose the grouping (town when none), the period (this year when none) and the kind (both when none); export what is shown.</summary>
internal static class ReportPages
{
    private static readonly EnumOption[] Groupings =
    [
        new("town", "按镇街"), new("village", "按村（居）"), new("team", "按队伍"), new("activity", "按活动"), new("volunteer", "按志愿者"), new("month", "按月份"),
    ];

    public static ListPage Hours => new("hours-report", "时长统计", UiEndpoint.Get("reports/hours"))
    {
        Permission = VolunteerPermissions.Read,
        Paging = Paging.Server,
        RowKey = "key",
        Columns =
        [
            new Column("label", "名称"), new Column("key", "编码"), new Column("volunteers", "志愿者人数", FieldType.Number),
            new Column("entries", "记录条数", FieldType.Number), new Column("hours", "已确认时长（小时）", FieldType.Number),
        ],
        Search =
        [
            new FormField("by", "统计方式", FieldType.Enum) { Options = Groupings },
            new FormField("from", "开始日期", FieldType.Date),
            new FormField("to", "结束日期", FieldType.Date),
            new FormField("kind", "时长类型", FieldType.Enum) { Options = HoursPages.Kinds },
        ],
        Actions =
        [
            new UiAction("export", "导出Excel") { Endpoint = UiEndpoint.Get("reports/hours.xlsx"), Download = true },
        ],
    };
}
