using Minzheng.Sdk.Ui;
using P = Minzheng.Modules.Marriage.MarriagePermissions;

namespace Minzheng.Modules.Marriage.Ui;

public sealed partial class MarriageUi
{
    private static IEnumerable<UiPage> DivorcePages() =>
    [
        new ListPage("divorces", "离婚登记", UiEndpoint.Get("divorces"))
        {
            Paging = Paging.Server,
            Permission = P.Read,
            Columns =
            [
                new Column("partyAName", "男方/甲方"), new Column("partyBName", "女方/乙方"),
                new Column("appliedOn", "申请日期", FieldType.Date) { Sortable = true },
                new Column("coolingOffEnds", "冷静期届满", FieldType.Date), new Column("requestWindowEnds", "申请发证截止", FieldType.Date),
                new Column("certificateNumber", "离婚证字号"),
                new Column("status", "状态", FieldType.Enum) { Options = UiOptions.DivorceStatuses },
            ],
            Search = [new FormField("name", "姓名"), new FormField("status", "状态", FieldType.Enum) { Options = UiOptions.DivorceStatuses }],
            DefaultSort = new SortOrder("appliedOn", Descending: true),
            StatusField = "status",
            RowOpens = "divorce/{id}",
            Actions = [new UiAction("new", "离婚登记申请") { OpenPage = "apply-divorce", Permission = P.Accept }],
        },
        new FormPage("apply-divorce", "离婚登记申请", UiEndpoint.Post("divorces"))
        {
            Permission = P.Accept,
            Fields =
            [
                .. UiOptions.PartyFields("A", "男方/甲方"), .. UiOptions.PartyFields("B", "女方/乙方"),
                new FormField("marriageCertificateNumber", "结婚证字号") { Required = true, MaxLength = 40 },
                new FormField("agreement", "离婚协议要点", FieldType.MultilineText) { Required = true, MaxLength = 4000, Help = "子女抚养、财产及债务处理等" },
                new FormField("agreementSigned", "双方已共同签署书面离婚协议", FieldType.Boolean) { Required = true },
            ],
            SubmitText = "提交申请",
            AfterSubmit = "divorce/{id}",
        },
        new DetailPage("divorce", "离婚登记申请", UiEndpoint.Get("divorces/{id}"))
        {
            Permission = P.Read,
            Sections =
            [
                new DetailSection("当事人",
                [
                    new DetailField("partyAName", "男方/甲方"), new DetailField("partyAIdNumber", "身份证号码", FieldType.IdNumber),
                    new DetailField("partyBName", "女方/乙方"), new DetailField("partyBIdNumber", "身份证号码", FieldType.IdNumber),
                    new DetailField("marriageCertificateNumber", "结婚证字号"),
                ]),
                new DetailSection("办理",
                [
                    new DetailField("appliedOn", "申请日期", FieldType.Date), new DetailField("acceptedOn", "受理日期", FieldType.Date),
                    new DetailField("coolingOffEnds", "冷静期届满", FieldType.Date), new DetailField("requestWindowEnds", "申请发证截止", FieldType.Date),
                    new DetailField("requestedOn", "申请发证日期", FieldType.Date), new DetailField("divorcedOn", "离婚登记日期", FieldType.Date),
                    new DetailField("certificateNumber", "离婚证字号"), new DetailField("withdrawnBy", "撤回方"),
                    new DetailField("refusalReason", "不予受理/不予登记理由", FieldType.MultilineText) { Wide = true },
                    new DetailField("agreement", "离婚协议要点", FieldType.MultilineText) { Wide = true },
                ]),
            ],
            StatusField = "status",
            Statuses = UiOptions.DivorceStatuses,
            Timeline = new Timeline("history"),
            Actions =
            [
                Step("accept", "受理", P.Accept, "applied", "受理后进入30日离婚冷静期，并出具受理回执。确定受理？"),
                Step("refuse", "不予受理", P.Accept, "applied", "不予受理后申请即终结。确定？", reason: "不予受理的理由") with { Danger = true },
                Step("withdraw", "撤回申请", P.Accept, "cooling_off", "撤回后申请终结，不能恢复。确定撤回？") with
                {
                    Danger = true, Fields = [new FormField("party", "撤回方", FieldType.Enum) { Required = true, Options = UiOptions.Parties }],
                },
                Step("request-certificate", "双方申请发证", P.Accept, "awaiting_request", "请确认双方均亲自到场，共同申请发给离婚证。"),
                Step("register", "登记离婚", P.Register, "requested", "登记后发给离婚证，证号不能收回。确定登记？"),
                Step("refuse-registration", "不予登记", P.Register, "requested", "不予登记后申请即终结。确定？", reason: "不予登记的理由") with { Danger = true },
                new UiAction("receipt", "打印受理回执") { OpenPage = "divorce-receipt/{id}", AllowedStates = ["cooling_off", "awaiting_request", "requested"] },
                new UiAction("certificate", "打印离婚证") { OpenPage = "divorce-certificate/{id}", Permission = P.Register, AllowedStates = ["registered"] },
                new UiAction("counselling", "记录婚姻家庭辅导") { OpenPage = "record-counselling", Permission = P.Counselling, AllowedStates = ["cooling_off"] },
            ],
        },
        new PrintPage("divorce-receipt", "离婚登记申请受理回执", UiEndpoint.Get("print/divorce-receipt/{id}"))
        {
            Permission = P.Read,
            Heading = "离婚登记申请受理回执单",
            Blocks =
            [
                new PrintText("{partyAName}、{partyBName}：你们于{acceptedOn}申请离婚登记，本机关已受理。"),
                new PrintFields(
                [
                    new DetailField("partyAName", "男方/甲方"), new DetailField("partyAIdNumber", "身份证号码"),
                    new DetailField("partyBName", "女方/乙方"), new DetailField("partyBIdNumber", "身份证号码"),
                    new DetailField("marriageCertificateNumber", "结婚证字号"), new DetailField("acceptedOn", "受理日期", FieldType.Date),
                    new DetailField("coolingOffEnds", "冷静期届满日", FieldType.Date), new DetailField("requestWindowEnds", "申请发证截止日", FieldType.Date),
                ]),
                new PrintText("自受理之日起三十日内，任何一方不愿意离婚的，可以持本回执向本机关撤回离婚登记申请。冷静期届满后三十日内，双方应当亲自到本机关申请发给离婚证；未申请的，视为撤回离婚登记申请。"),
                new PrintSignatures(["受理人：{acceptedBy}", "{office}（盖章）"]),
            ],
        },
        new PrintPage("divorce-certificate", "离婚证", UiEndpoint.Get("print/divorce-certificate/{id}"))
        {
            Permission = P.Register,
            Heading = "离婚证",
            Blocks =
            [
                new PrintFields(
                [
                    new DetailField("certificateNumber", "离婚证字号"), new DetailField("divorcedOn", "登记日期", FieldType.Date),
                    new DetailField("partyAName", "姓名"), new DetailField("partyAIdNumber", "身份证件号"),
                    new DetailField("partyBName", "姓名"), new DetailField("partyBIdNumber", "身份证件号"),
                ]),
                new PrintText("申请离婚，经审查符合《中华人民共和国民法典》关于离婚的规定，准予登记，发给此证。"),
                new PrintText("{office}"),
                new PrintSignatures(["登记员", "婚姻登记专用章"]),
            ],
        },
    ];

    // A workflow step: the version travels in the path (action endpoints cannot carry a body field from the record).
    private static UiAction Step(string action, string title, string permission, string state, string confirm, string? reason = null) =>
        new(action, title)
        {
            Endpoint = UiEndpoint.Post($"divorces/{{id}}/{action}/{{version}}"), Permission = permission, AllowedStates = [state], Confirm = confirm,
            Fields = reason is null ? [] : [new FormField("reason", reason, FieldType.MultilineText) { Required = true, MaxLength = 1000 }],
        };
}
