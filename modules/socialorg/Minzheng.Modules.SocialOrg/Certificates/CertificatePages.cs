using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.SocialOrg.Certificates;

/// <summary>The certificates' pages: the list, one certificate with 补打, and its 正本 and 副本 as A4 pages.</summary>
internal static class CertificatePages
{
    private static readonly EnumOption[] Statuses = [new("valid", "有效") { Color = "green" }, new("voided", "已作废") { Color = "default" }];

    public static ListPage List => new("registration-certificates", "登记证书", UiEndpoint.Get("certificates"))
    {
        Permission = SocialOrgPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("number", "证书编号"), new Column("name", "名称"), new Column("creditCode", "统一社会信用代码"), new Column("issuedOn", "发证日期", FieldType.Date),
            new Column("reprints", "补打次数", FieldType.Number), new Column("status", "状态", FieldType.Enum) { Options = Statuses },
        ],
        Search = [new FormField("q", "名称或证书编号")],
        StatusField = "status",
        RowOpens = "registration-certificate/{id}",
    };

    private static DetailField[] Contents =>
    [
        new DetailField("name", "名称"), new DetailField("typeLabel", "类型"), new DetailField("creditCode", "统一社会信用代码"),
        new DetailField("legalRepresentativeName", "法定代表人"), new DetailField("supervisingUnit", "业务主管单位"),
        new DetailField("activityFunds", "开办资金（万元）", FieldType.Number), new DetailField("address", "住所"),
        new DetailField("businessScope", "业务范围") { Wide = true }, new DetailField("authority", "登记管理机关"),
        new DetailField("issuedOn", "发证日期", FieldType.Date), new DetailField("number", "证书编号"),
    ];

    public static DetailPage Detail => new("registration-certificate", "登记证书 {number}", UiEndpoint.Get("certificates/{id}"))
    {
        Permission = SocialOrgPermissions.Read,
        Sections =
        [
            new DetailSection("证书内容", Contents),
            new DetailSection("打印与作废",
            [
                new DetailField("reprints", "补打次数", FieldType.Number), new DetailField("reprintedOn", "最近补打日期", FieldType.Date),
                new DetailField("voidedOn", "作废日期", FieldType.Date), new DetailField("voidReason", "作废原因"),
            ]),
        ],
        StatusField = "status",
        Statuses = Statuses,
        Actions =
        [
            new UiAction("print-original", "打印正本") { OpenPage = "registration-certificate-original/{id}", AllowedStates = ["valid"] },
            new UiAction("print-duplicate", "打印副本") { OpenPage = "registration-certificate-duplicate/{id}", AllowedStates = ["valid"] },
            new UiAction("reprint", "补打（编号不变）")
            {
                Endpoint = UiEndpoint.Post("certificates/{id}/reprint/{version}"), Permission = SocialOrgPermissions.Decide, AllowedStates = ["valid"],
                Confirm = "补打的证书沿用原编号并标注“补打”，补打次数将记录在案。",
            },
        ],
    };

    public static PrintPage Original => Print("registration-certificate-original", "社会组织法人登记证书（正本）", Contents);

    public static PrintPage Duplicate => Print("registration-certificate-duplicate", "社会组织法人登记证书（副本）", Contents);

    // A branch's certificate: the branch, its 负责人, and the organisation it belongs to by its type and credit code.
    private static DetailField[] BranchContents =>
    [
        new DetailField("name", "分支机构名称"), new DetailField("typeLabel", "所属社会组织类型"), new DetailField("creditCode", "所属社会组织统一社会信用代码"),
        new DetailField("legalRepresentativeName", "负责人"), new DetailField("supervisingUnit", "业务主管单位"), new DetailField("address", "住所"),
        new DetailField("businessScope", "业务范围") { Wide = true }, new DetailField("authority", "登记管理机关"),
        new DetailField("issuedOn", "发证日期", FieldType.Date), new DetailField("number", "证书编号"),
    ];

    /// <summary>A branch's certificate, opened from the branches' list; 补打 as an organisation's.</summary>
    public static DetailPage BranchDetail => Detail with
    {
        Id = "branch-certificate",
        Title = "分支机构登记证书 {number}",
        Sections = [new DetailSection("证书内容", BranchContents), Detail.Sections[1]],
        Actions =
        [
            new UiAction("print-original", "打印正本") { OpenPage = "branch-certificate-original/{id}", AllowedStates = ["valid"] },
            new UiAction("print-duplicate", "打印副本") { OpenPage = "branch-certificate-duplicate/{id}", AllowedStates = ["valid"] },
            Detail.Actions[2],
        ],
    };

    public static PrintPage BranchOriginal => Print("branch-certificate-original", "分支机构登记证书（正本）", BranchContents);

    public static PrintPage BranchDuplicate => Print("branch-certificate-duplicate", "分支机构登记证书（副本）", BranchContents);

    private static PrintPage Print(string id, string heading, DetailField[] contents) => new(id, heading, UiEndpoint.Get("certificates/{id}"))
    {
        Permission = SocialOrgPermissions.Read,
        Heading = heading,
        Blocks =
        [
            new PrintText("证书编号：{number}　{reprintMark}"),
            new PrintFields(contents),
            new PrintText("经审查，准予登记。"),
            new PrintSignatures(["登记管理机关（盖章）"]),
        ],
    };
}
