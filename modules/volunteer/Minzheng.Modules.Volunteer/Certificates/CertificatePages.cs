using Minzheng.Modules.Volunteer.Organisers;
using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Volunteer.Certificates;

/// <summary>The certificates' pages: the list, the issue form, the detail page, the A4 certificate with its QR code.</summary>
internal static class CertificatePages
{
    private static readonly EnumOption[] Statuses = [new("valid", "有效") { Color = "green" }, new("revoked", "已撤销") { Color = "red" }];

    public static ListPage List => new("certificates", "志愿服务记录证明", UiEndpoint.Get("certificates"))
    {
        Permission = VolunteerPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("number", "证明编号"), new Column("issuer", "出具单位"), new Column("volunteerName", "志愿者"), new Column("volunteerNumber", "志愿者编号"),
            new Column("serviceHours", "服务时长（小时）", FieldType.Number), new Column("issuedOn", "出具日期", FieldType.Date),
            new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        Search = [new FormField("q", "姓名、证明编号或志愿者编号")],
        RowOpens = "certificate/{id}",
        Actions = [new UiAction("new", "出具证明") { OpenPage = "issue-certificate", Permission = VolunteerPermissions.Certificates }],
    };

    public static FormPage New => new("issue-certificate", "出具志愿服务记录证明", UiEndpoint.Post("certificates"))
    {
        Permission = VolunteerPermissions.Certificates,
        Fields =
        [
            new FormField("volunteerNumber", "志愿者编号") { Required = true, MaxLength = 20 },
            new FormField("from", "服务起始日期", FieldType.Date) { Required = true },
            new FormField("to", "服务截止日期", FieldType.Date),
            OrganiserPages.Picker("出具单位", "谁记录谁出具：从已登记的组织单位中选择，证明按出具单位连续编号；尚未登记的，在下一项填写名称"),
            OrganiserPages.Unregistered("issuer", "出具单位尚未登记时填写（已选择上一项的不填）"),
            new FormField("personInCharge", "负责人") { MaxLength = 50, Help = "不填则为所选组织单位登记的负责人" },
            new FormField("handler", "经办人") { Required = true, MaxLength = 50 },
            new FormField("issuerContact", "联系方式") { MaxLength = 50, Help = "不填则为所选组织单位登记的联系电话" },
        ],
        SubmitText = "出具（免费）",
        AfterSubmit = "certificate/{id}",
    };

    private static DetailField[] Parts =>
    [
        new DetailField("volunteerName", "姓名"), new DetailField("idType", "证件类型"), new DetailField("idNumber", "证件号码", FieldType.IdNumber),
        new DetailField("volunteerNumber", "志愿者编号"), new DetailField("from", "服务起始日期", FieldType.Date), new DetailField("to", "服务截止日期", FieldType.Date),
        new DetailField("serviceHours", "志愿服务时长（小时）", FieldType.Number), new DetailField("trainingHours", "培训时长（小时）", FieldType.Number),
        new DetailField("content", "服务内容") { Wide = true }, new DetailField("issuer", "出具单位"), new DetailField("personInCharge", "负责人"),
        new DetailField("handler", "经办人"), new DetailField("issuerContact", "联系方式"), new DetailField("number", "证明编号"),
        new DetailField("issuedOn", "出具日期", FieldType.Date), new DetailField("verificationCode", "验证码"),
    ];

    public static DetailPage Detail => new("certificate", "证明 {number}", UiEndpoint.Get("certificates/{id}"))
    {
        Permission = VolunteerPermissions.Read,
        Sections =
        [
            new DetailSection("证明内容", Parts),
            new DetailSection("撤销", [new DetailField("revokedOn", "撤销日期", FieldType.Date), new DetailField("revocationReason", "撤销原因") { Wide = true }]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Actions =
        [
            new UiAction("print", "打印证明") { OpenPage = "certificate-print/{id}", AllowedStates = ["valid"] },
            new UiAction("revoke", "撤销证明")
            {
                Endpoint = UiEndpoint.Post("certificates/{id}/revoke/{version}"), Permission = VolunteerPermissions.Certificates, AllowedStates = ["valid"], Danger = true,
                Confirm = "撤销后扫码核验将显示“已撤销”，且不能恢复。",
                Fields = [new FormField("reason", "撤销原因") { Required = true, MaxLength = 500 }],
            },
        ],
    };

    public static PrintPage Print => new("certificate-print", "志愿服务记录证明", UiEndpoint.Get("certificates/{id}"))
    {
        Permission = VolunteerPermissions.Read,
        Heading = "志愿服务记录证明",
        Blocks =
        [
            new PrintText("兹证明{volunteerName}（志愿者编号{volunteerNumber}）于{from}至{to}期间参加志愿服务，经记录并确认，志愿服务时长{serviceHours}小时，培训时长{trainingHours}小时。本证明免费出具。"),
            new PrintFields(Parts),
            new PrintQrCode("verifyUrl", "扫码核验（验证码 {verificationCode}）"),
            new PrintSignatures(["负责人", "经办人", "出具单位（盖章）"]),
        ],
    };
}
