using Minzheng.Sdk.Ui;
using P = Minzheng.Modules.Marriage.MarriagePermissions;

namespace Minzheng.Modules.Marriage.Ui;

public sealed partial class MarriageUi
{
    private static IEnumerable<UiPage> RegistrationPages() =>
    [
        new ListPage("registrations", "结婚登记", UiEndpoint.Get("registrations"))
        {
            Paging = Paging.Server,
            Permission = P.Read,
            Columns =
            [
                new Column("certificateNumber", "结婚证字号"), new Column("partyAName", "男方"), new Column("partyAIdNumber", "身份证号码", FieldType.IdNumber),
                new Column("partyBName", "女方"), new Column("partyBIdNumber", "身份证号码", FieldType.IdNumber),
                new Column("registeredOn", "登记日期", FieldType.Date) { Sortable = true },
                new Column("status", "状态", FieldType.Enum) { Options = UiOptions.MarriageStatuses },
            ],
            Search =
            [
                new FormField("name", "姓名"), new FormField("certificateNumber", "结婚证字号"),
                new FormField("status", "状态", FieldType.Enum) { Options = UiOptions.MarriageStatuses },
            ],
            DefaultSort = new SortOrder("registeredOn", Descending: true),
            StatusField = "status",
            RowOpens = "registration/{id}",
            Actions = [new UiAction("new", "办理结婚登记") { OpenPage = "register-marriage", Permission = P.Register }],
        },
        new FormPage("register-marriage", "办理结婚登记", UiEndpoint.Post("registrations"))
        {
            Permission = P.Register,
            Fields =
            [
                .. UiOptions.PartyFields("A", "男方"), .. UiOptions.PartyFields("B", "女方"),
                new FormField("declarationSigned", "双方已亲自签署《申请结婚登记声明书》", FieldType.Boolean)
                {
                    Required = true, Help = "声明自愿结婚、本人无配偶、双方无直系血亲和三代以内旁系血亲关系",
                },
                new FormField("ceremonyOn", "颁证仪式日期", FieldType.Date) { Help = "可选" },
            ],
            SubmitText = "登记并发证",
            AfterSubmit = "registration/{id}",
        },
        new DetailPage("registration", "结婚登记：{certificateNumber}", UiEndpoint.Get("registrations/{id}"))
        {
            Permission = P.Read,
            Sections =
            [
                new DetailSection("当事人",
                [
                    new DetailField("partyAName", "男方"), new DetailField("partyAIdNumber", "身份证号码", FieldType.IdNumber),
                    new DetailField("partyBName", "女方"), new DetailField("partyBIdNumber", "身份证号码", FieldType.IdNumber),
                ]),
                new DetailSection("登记",
                [
                    new DetailField("certificateNumber", "结婚证字号"), new DetailField("registeredOn", "登记日期", FieldType.Date),
                    new DetailField("registeredBy", "登记员"), new DetailField("ceremonyOn", "颁证仪式", FieldType.Date),
                    new DetailField("crossProvince", "跨省通办", FieldType.Boolean), new DetailField("divisionCode", "所属", FieldType.Division),
                    new DetailField("voidReason", "撤销原因", FieldType.MultilineText) { Wide = true },
                ]),
            ],
            StatusField = "status",
            Statuses = UiOptions.MarriageStatuses,
            Timeline = new Timeline("history"),
            Actions =
            [
                new UiAction("print", "打印结婚证") { OpenPage = "marriage-certificate/{id}", Permission = P.Register, AllowedStates = ["registered"] },
                new UiAction("void", "撤销登记")
                {
                    Endpoint = UiEndpoint.Post("registrations/{id}/void/{version}"), Permission = P.Void, AllowedStates = ["registered"], Danger = true,
                    Confirm = "撤销后结婚证号作废且不再使用，不能恢复。确定撤销？",
                    Fields = [new FormField("reason", "撤销原因", FieldType.MultilineText) { Required = true, MaxLength = 500 }],
                },
            ],
        },
        new PrintPage("marriage-certificate", "结婚证", UiEndpoint.Get("print/marriage-certificate/{id}"))
        {
            Permission = P.Register,
            Heading = "结婚证",
            Blocks =
            [
                new PrintFields(
                [
                    new DetailField("certificateNumber", "结婚证字号"), new DetailField("registeredOn", "登记日期", FieldType.Date),
                    new DetailField("partyAName", "姓名"), new DetailField("partyAIdNumber", "身份证件号"),
                    new DetailField("partyBName", "姓名"), new DetailField("partyBIdNumber", "身份证件号"),
                ]),
                new PrintText("申请结婚，经审查符合《中华人民共和国民法典》关于结婚的规定，予以登记，发给此证。"),
                new PrintText("{office}"),
                new PrintSignatures(["登记员", "婚姻登记专用章"]),
            ],
        },
    ];
}
