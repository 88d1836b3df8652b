using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Sample.Applications;

/// <summary>The pages of the applications feature: the list, the intake form, the detail page with 办结.</summary>
internal static class ApplicationPages
{
    private static readonly EnumOption[] Statuses =
    [
        new("submitted", "待办结") { Color = "orange" },
        new("closed", "已办结") { Color = "green" },
    ];

    public static ListPage List => new("applications", "申请列表", UiEndpoint.Get("applications"))
    {
        Permission = SamplePermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("applicantName", "申请人"), new Column("idNumber", "身份证号码", FieldType.IdNumber),
            new Column("divisionCode", "村（居）", FieldType.Division), new Column("subject", "申请事项"),
            new Column("submittedOn", "受理日期", FieldType.Date) { Sortable = true },
            new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        Search =
        [
            new FormField("name", "申请人"), new FormField("status", "状态", FieldType.Enum) { Options = Statuses },
            new FormField("divisionCode", "村（居）", FieldType.Division),
        ],
        DefaultSort = new SortOrder("submittedOn", Descending: true),
        StatusField = "status",
        RowOpens = "application/{id}",
        Actions = [new UiAction("new", "受理申请") { OpenPage = "new-application", Permission = SamplePermissions.Accept }],
    };

    public static FormPage New => new("new-application", "受理申请", UiEndpoint.Post("applications"))
    {
        Permission = SamplePermissions.Accept,
        Fields =
        [
            new FormField("applicantName", "申请人姓名") { Required = true, MaxLength = ApplicationRules.NameLength },
            new FormField("idNumber", "身份证号码", FieldType.IdNumber) { Required = true },
            new FormField("divisionCode", "所在村（居）", FieldType.Division) { Required = true },
            new FormField("subject", "申请事项", FieldType.MultilineText) { Required = true, MaxLength = ApplicationRules.SubjectLength },
        ],
        SubmitText = "受理",
        AfterSubmit = "application/{id}",
    };

    public static DetailPage Detail => new("application", "申请：{applicantName}", UiEndpoint.Get("applications/{id}"))
    {
        Permission = SamplePermissions.Read,
        Sections =
        [
            new DetailSection("申请",
            [
                new DetailField("applicantName", "申请人"), new DetailField("idNumber", "身份证号码", FieldType.IdNumber),
                new DetailField("divisionCode", "村（居）", FieldType.Division), new DetailField("submittedOn", "受理日期", FieldType.Date),
                new DetailField("subject", "申请事项", FieldType.MultilineText) { Wide = true },
            ]),
            new DetailSection("办结",
            [
                new DetailField("closedOn", "办结日期", FieldType.Date),
                new DetailField("outcome", "办结意见", FieldType.MultilineText) { Wide = true },
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Timeline = new Timeline("history"),
        Actions =
        [
            new UiAction("close", "办结")
            {
                Endpoint = UiEndpoint.Post("applications/{id}/close/{version}"),
                Permission = SamplePermissions.Close,
                AllowedStates = ["submitted"],
                Confirm = "办结后不能撤回。",
                Fields = [new FormField("outcome", "办结意见", FieldType.MultilineText) { Required = true, MaxLength = ApplicationRules.OutcomeLength }],
            },
        ],
    };
}
