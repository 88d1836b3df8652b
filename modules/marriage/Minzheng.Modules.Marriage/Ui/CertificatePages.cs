using Minzheng.Sdk.Ui;
using P = Minzheng.Modules.Marriage.MarriagePermissions;

namespace Minzheng.Modules.Marriage.Ui;

public sealed partial class MarriageUi
{
    private static IEnumerable<UiPage> CertificatePages() =>
    [
        new FormPage("reissue", "补领结婚证/离婚证", UiEndpoint.Post("reissues"))
        {
            Permission = P.Register,
            Fields =
            [
                new FormField("originalNumber", "原证字号") { Required = true, Placeholder = "J500110-2026-000001", Help = "婚姻状况已变化的不予补领，改为出具婚姻登记记录证明" },
                new FormField("applicantIdNumber", "申请人身份证号码", FieldType.IdNumber) { Required = true },
                new FormField("applicantName", "申请人姓名") { Required = true, MaxLength = 50 },
            ],
            SubmitText = "补领",
        },
        new FormPage("record-certificate", "出具婚姻登记记录证明", UiEndpoint.Post("record-certificates"))
        {
            Permission = P.Register,
            Fields =
            [
                new FormField("idNumber", "当事人身份证号码", FieldType.IdNumber) { Required = true },
                new FormField("name", "当事人姓名") { Required = true, MaxLength = 50 },
                new FormField("purpose", "出具事由") { Required = true, MaxLength = 200, Default = "申请补领婚姻登记证，婚姻状况已发生变化" },
            ],
            SubmitText = "出具",
            AfterSubmit = "record-certificate-print/{id}",
        },
        new PrintPage("record-certificate-print", "婚姻登记记录证明", UiEndpoint.Get("record-certificates/{id}"))
        {
            Permission = P.Read,
            Heading = "婚姻登记记录证明",
            Blocks =
            [
                new PrintText("兹证明：{name}（身份证号码{idNumber}）在本机关的婚姻登记档案记载如下："),
                new PrintText("{entries}"),
                new PrintFields([new DetailField("purpose", "出具事由"), new DetailField("issuedOn", "出具日期", FieldType.Date)]),
                new PrintSignatures(["经办人：{issuedByName}", "{office}（盖章）"]),
            ],
        },
        new ListPage("certificates", "证号登记簿", UiEndpoint.Get("certificates"))
        {
            Paging = Paging.Server,
            Permission = P.Read,
            Columns =
            [
                new Column("number", "证号"), new Column("kind", "种类", FieldType.Enum) { Options = UiOptions.CertificateKinds },
                new Column("issuedOn", "发证日期", FieldType.Date), new Column("status", "状态", FieldType.Enum) { Options = UiOptions.CertificateStatuses },
                new Column("voidReason", "作废原因"),
            ],
            Search =
            [
                new FormField("kind", "种类", FieldType.Enum) { Options = UiOptions.CertificateKinds },
                new FormField("year", "年度", FieldType.Number) { Min = 2000, Max = 9999 },
            ],
            RowKey = "number",
            PageSize = 100,
        },
    ];
}
