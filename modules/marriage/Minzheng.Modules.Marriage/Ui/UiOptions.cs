using Minzheng.Modules.Marriage.Appointments;
using Minzheng.Modules.Marriage.Divorce;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Marriage.Ui;

/// <summary>The labels and colours of the module's enumerations, shared by its pages.</summary>
internal static class UiOptions
{
    public static readonly EnumOption[] MarriageStatuses =
    [
        new("registered", "已登记") { Color = "green" }, new("dissolved", "已离婚") { Color = "default" }, new("ended_by_death", "一方死亡") { Color = "default" }, new("voided", "已撤销") { Color = "red" },
    ];

    public static readonly EnumOption[] DivorceStatuses = DivorceStatus.Labels.Select(l => new EnumOption(l.Key, l.Value)
    {
        Color = l.Key switch
        {
            DivorceStatus.Applied or DivorceStatus.Requested => "blue",
            DivorceStatus.CoolingOff or DivorceStatus.AwaitingRequest => "orange",
            DivorceStatus.Registered => "green",
            DivorceStatus.Refused or DivorceStatus.RegistrationRefused => "red",
            _ => "default",
        },
    }).ToArray();

    public static readonly EnumOption[] CertificateKinds =
        [new("Marriage", "结婚证（J）"), new("Divorce", "离婚证（L）"), new("MarriageReissue", "补领结婚证（BJ）"), new("DivorceReissue", "补领离婚证（BL）")];

    public static readonly EnumOption[] CertificateStatuses = [new("issued", "有效") { Color = "green" }, new("voided", "作废") { Color = "red" }];

    public static readonly EnumOption[] Services = AppointmentCatalogue.Services.Select(s => new EnumOption(s.Key, s.Value)).ToArray();

    public static readonly EnumOption[] AppointmentStatuses =
        [new(AppointmentCatalogue.Booked, "已预约") { Color = "blue" }, new(AppointmentCatalogue.Cancelled, "已取消") { Color = "default" }];

    public static readonly EnumOption[] Parties = [new("A", "男方/甲方（A）"), new("B", "女方/乙方（B）")];

    public static FormField[] PartyFields(string party, string label) =>
    [
        new($"party{party}IdNumber", $"{label}身份证号码", FieldType.IdNumber) { Required = true, Help = "全国任一地区的居民身份证；15位旧号码自动转换" },
        new($"party{party}Name", $"{label}姓名") { Required = true, MaxLength = 50 },
        new($"party{party}HukouCode", $"{label}户籍所在地代码") { Pattern = "^[0-9]{6}$", PatternMessage = "6位行政区划代码", Help = "身份证住址所在县级代码；不填时取居民信息库或身份证号码前6位" },
    ];
}
