using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Disability.Ui;

/// <summary>The labels of the module's codes, as pages show them.</summary>
internal static class UiOptions
{
    public static readonly EnumOption[] Kinds = [new("living", "困难残疾人生活补贴") { Color = "blue" }, new("care", "重度残疾人护理补贴") { Color = "purple" }];

    public static readonly EnumOption[] Statuses =
    [
        new("submitted", "待镇街审核") { Color = "orange" }, new("in-notice", "公示中") { Color = "blue" },
        new("approved", "享受中") { Color = "green" }, new("rejected", "不予批准") { Color = "red" }, new("stopped", "已停发") { Color = "default" },
    ];

    public static readonly EnumOption[] Roles =
    [
        new("self", "本人"), new("guardian", "监护人"), new("family", "近亲属"), new("village-committee", "村（居）委会"),
    ];

    public static readonly EnumOption[] RosterStatuses = [new("draft", "待审核") { Color = "orange" }, new("approved", "已审批") { Color = "green" }];

    public static readonly EnumOption[] LineKinds = [new("regular", "当月"), new("arrears", "补发") { Color = "orange" }];

    public static readonly EnumOption[] Outcomes =
    [
        new("pending", "待发放") { Color = "default" }, new("paid", "已发放") { Color = "green" }, new("failed", "发放失败") { Color = "red" },
    ];
}
