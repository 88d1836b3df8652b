using Minzheng.Sdk.Ui;

namespace Minzheng.Modules.Charity.Organisations;

/// <summary>The organisations' list and page.</summary>
internal static class OrganisationPages
{
    public static readonly EnumOption[] Types =
        [.. OrganisationRules.Types.Select(t => new EnumOption(t.Key, t.Value))];

    public static readonly EnumOption[] Standings =
    [
        new("registered", "已登记") { Color = "blue" },
        new("recognised", "慈善组织") { Color = "green" },
        new("deregistered", "已注销") { Color = "default" },
    ];

    public static ListPage List => new("organisations", "社会组织", UiEndpoint.Get("organisations"))
    {
        Permission = CharityPermissions.Read,
        Paging = Paging.Server,
        Columns =
        [
            new Column("name", "名称"), new Column("type", "类型", FieldType.Enum) { Options = Types }, new Column("creditCode", "统一社会信用代码"),
            new Column("divisionCode", "住所", FieldType.Division), new Column("registeredOn", "成立登记日期", FieldType.Date),
            new Column("recognisedOn", "认定日期", FieldType.Date), new Column("standing", "状态", FieldType.Enum) { Options = Standings },
        ],
        Search =
        [
            new FormField("name", "名称或信用代码"), new FormField("type", "类型", FieldType.Enum) { Options = Types },
            new FormField("standing", "状态", FieldType.Enum) { Options = Standings },
        ],
        StatusField = "standing",
        RowOpens = "organisation/{id}",
    };

    public static DetailPage Detail => new("organisation", "社会组织：{name}", UiEndpoint.Get("organisations/{id}"))
    {
        Permission = CharityPermissions.Read,
        Sections =
        [
            new DetailSection("登记信息（来自社会组织登记）",
            [
                new DetailField("name", "名称"), new DetailField("typeName", "类型"), new DetailField("creditCode", "统一社会信用代码"),
                new DetailField("divisionCode", "住所所在村（居）", FieldType.Division), new DetailField("address", "住所"),
                new DetailField("legalRepresentativeName", "法定代表人"), new DetailField("registeredOn", "成立登记日期", FieldType.Date),
                new DetailField("deregisteredOn", "注销日期", FieldType.Date), new DetailField("creditListing", "信用名录"),
                new DetailField("recognisedOn", "认定为慈善组织日期", FieldType.Date),
            ]),
        ],
        StatusField = "standing",
        Statuses = Standings,
        Tables =
        [
            new DetailTable("信用名录", "listEntries",
                [new Column("listName", "名录"), new Column("cause", "列入原因"), new Column("enteredOn", "列入日期", FieldType.Date), new Column("removedOn", "移出日期", FieldType.Date)]),
            new DetailTable("行政处罚", "penalties",
                [new Column("kind", "种类"), new Column("amount", "金额（元）", FieldType.Money), new Column("decidedOn", "决定日期", FieldType.Date)]),
        ],
        Actions = [new UiAction("gaps", "票据号码核对") { OpenPage = "receipt-gaps/{id}", AllowedStates = ["recognised"] }],
    };
}
