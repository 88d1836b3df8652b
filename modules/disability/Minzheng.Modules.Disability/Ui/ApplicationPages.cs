using Minzheng.Sdk.Ui;
using P = Minzheng.Modules.Disability.DisabilityPermissions;

namespace Minzheng.Modules.Disability.Ui;

/// <summary>Applications: list, intake form, detail with the workflow, annual review.</summary>
internal static class ApplicationPages
{
    public static ListPage List => new("applications", "申请与享受对象", UiEndpoint.Get("applications"))
    {
        Permission = P.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "姓名"), new Column("idNumber", "身份证号码", FieldType.IdNumber), new Column("divisionCode", "村居", FieldType.Division),
            new Column("kind", "补贴类别", FieldType.Enum) { Options = UiOptions.Kinds }, new Column("grade", "等级", FieldType.Number),
            new Column("appliedOn", "受理日期", FieldType.Date) { Sortable = true }, new Column("status", "状态", FieldType.Enum) { Options = UiOptions.Statuses },
        ],
        Search =
        [
            new FormField("name", "姓名"), new FormField("status", "状态", FieldType.Enum) { Options = UiOptions.Statuses },
            new FormField("kind", "补贴类别", FieldType.Enum) { Options = UiOptions.Kinds }, new FormField("divisionCode", "村居", FieldType.Division),
        ],
        DefaultSort = new SortOrder("appliedOn", Descending: true),
        StatusField = "status",
        RowOpens = "application/{id}",
        Actions = [new UiAction("new", "受理申请") { OpenPage = "new-application", Permission = P.Apply }],
    };

    public static FormPage New => new("new-application", "受理两项补贴申请", UiEndpoint.Post("applications"))
    {
        Permission = P.Apply,
        Fields =
        [
            new FormField("idNumber", "残疾人身份证号码", FieldType.IdNumber) { Required = true },
            new FormField("kind", "申请补贴", FieldType.Enum) { Required = true, Options = UiOptions.Kinds },
            new FormField("appliedBy", "申请人", FieldType.Enum) { Required = true, Options = UiOptions.Roles, Default = "self" },
            new FormField("applicantName", "申请人姓名") { MaxLength = 50, Help = "由监护人、近亲属或村（居）委会代为申请时填写" },
            new FormField("appliedOn", "受理日期", FieldType.Date) { Help = "补贴自受理当月起发放；不填为今天" },
            new FormField("needsLongTermCare", "需长期照护（6个月以上）", FieldType.Boolean) { Help = "申请护理补贴时勾选" },
            new FormField("receivesWorkInjuryCareAllowance", "已享受工伤保险生活护理费", FieldType.Boolean),
            new FormField("bankName", "开户银行") { Required = true, MaxLength = 50 },
            new FormField("bankAccount", "银行账号") { Required = true, Pattern = "^[0-9]{10,30}$", PatternMessage = "银行账号应为10至30位数字" },
        ],
        SubmitText = "受理",
        AfterSubmit = "application/{id}",
    };

    public static DetailPage Detail => new("application", "两项补贴：{name}", UiEndpoint.Get("applications/{id}"))
    {
        Permission = P.Read,
        Sections =
        [
            new DetailSection("对象",
            [
                new DetailField("name", "姓名"), new DetailField("idNumber", "身份证号码", FieldType.IdNumber), new DetailField("divisionCode", "村居", FieldType.Division),
                new DetailField("certificateCategory", "残疾类别"), new DetailField("grade", "残疾等级", FieldType.Number),
                new DetailField("certificateValidUntil", "残疾人证有效期至", FieldType.Date),
            ]),
            new DetailSection("申请",
            [
                new DetailField("kind", "补贴类别", FieldType.Enum) { Options = UiOptions.Kinds }, new DetailField("appliedBy", "申请人", FieldType.Enum) { Options = UiOptions.Roles },
                new DetailField("applicantName", "申请人姓名"), new DetailField("appliedOn", "受理日期", FieldType.Date),
                new DetailField("needsLongTermCare", "需长期照护", FieldType.Boolean), new DetailField("bankName", "开户银行"), new DetailField("bankAccount", "银行账号"),
            ]),
            new DetailSection("审批与发放",
            [
                new DetailField("noticeStartsOn", "公示开始", FieldType.Date), new DetailField("noticeEndsOn", "公示结束", FieldType.Date),
                new DetailField("approvedOn", "批准日期", FieldType.Date), new DetailField("paidFromMonth", "起发月份"),
                new DetailField("monthlyAmount", "当前月标准", FieldType.Money), new DetailField("stopsFromMonth", "停发月份"),
                new DetailField("nextReviewOn", "下次年审", FieldType.Date), new DetailField("reason", "原因", FieldType.MultilineText) { Wide = true },
            ]),
        ],
        StatusField = "status",
        Statuses = UiOptions.Statuses,
        Timeline = new Timeline("history"),
        Actions =
        [
            new UiAction("review-pass", "镇街审核通过并公示")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/review/pass/{version}"), Permission = P.Review, AllowedStates = ["submitted"],
                Fields = [new FormField("note", "审核意见", FieldType.MultilineText) { MaxLength = 500 }],
            },
            new UiAction("review-reject", "镇街审核不通过")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/review/reject/{version}"), Permission = P.Review, AllowedStates = ["submitted"], Danger = true,
                Confirm = "审核不通过后申请即办结，不能恢复。", Fields = [new FormField("note", "不通过理由", FieldType.MultilineText) { Required = true, MaxLength = 500 }],
            },
            new UiAction("approve", "区民政审批通过")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/decide/approve/{version}"), Permission = P.Decide, AllowedStates = ["in-notice"],
                Confirm = "批准后自受理当月起发放补贴，进入每月发放名册。",
            },
            new UiAction("reject", "不予批准")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/decide/reject/{version}"), Permission = P.Decide, AllowedStates = ["in-notice"], Danger = true,
                Confirm = "不予批准后申请即办结，不能恢复。", Fields = [new FormField("reason", "不予批准理由", FieldType.MultilineText) { Required = true, MaxLength = 500 }],
            },
            new UiAction("review-continue", "年审：继续享受")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/annual-review/continue/{version}"), Permission = P.Review, AllowedStates = ["approved"],
                Fields = [new FormField("note", "年审意见", FieldType.MultilineText) { MaxLength = 500 }],
            },
            new UiAction("review-adjust", "年审：按新等级调整")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/annual-review/adjust/{version}"), Permission = P.Review, AllowedStates = ["approved"],
                Confirm = "按居民信息库中现有的残疾人证调整等级和标准。", Fields = [new FormField("note", "年审意见", FieldType.MultilineText) { MaxLength = 500 }],
            },
            new UiAction("review-stop", "年审：停发")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/annual-review/stop/{version}"), Permission = P.Review, AllowedStates = ["approved"], Danger = true,
                Confirm = "自下月起停发，不能恢复；已发放的下月及以后款项将列入待追回。", Fields = [new FormField("note", "停发原因", FieldType.MultilineText) { Required = true, MaxLength = 500 }],
            },
            new UiAction("stop", "停发")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/stop/{version}"), Permission = P.Decide, AllowedStates = ["approved"], Danger = true,
                Confirm = "自下月起停发，不能恢复；已发放的下月及以后款项将列入待追回。", Fields = [new FormField("reason", "停发原因", FieldType.MultilineText) { Required = true, MaxLength = 500 }],
            },
        ],
    };

    public static ListPage AnnualReviews => new("annual-reviews", "年审：到期对象", UiEndpoint.Get("annual-reviews"))
    {
        Permission = P.Review,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "姓名"), new Column("idNumber", "身份证号码", FieldType.IdNumber), new Column("divisionCode", "村居", FieldType.Division),
            new Column("kind", "补贴类别", FieldType.Enum) { Options = UiOptions.Kinds }, new Column("grade", "等级", FieldType.Number),
            new Column("nextReviewOn", "年审到期", FieldType.Date) { Sortable = true },
        ],
        Search = [new FormField("dueBy", "到期日不晚于", FieldType.Date)],
        DefaultSort = new SortOrder("nextReviewOn"),
        RowOpens = "application/{id}",
    };
}
