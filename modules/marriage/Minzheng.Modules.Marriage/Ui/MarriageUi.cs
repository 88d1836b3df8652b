using Minzheng.Sdk.Ui;
using P = Minzheng.Modules.Marriage.MarriagePermissions;

namespace Minzheng.Modules.Marriage.Ui;

/// <summary>The module's pages in the staff web UI; the page groups are in the partial files beside this one.</summary>
public sealed partial class MarriageUi : IModuleUi
{
    /// <inheritdoc />
    public ModuleUi Describe() => new()
    {
        Menu =
        [
            new MenuEntry("结婚登记", "registrations") { Icon = UiIcons.Heart },
            new MenuEntry("离婚登记", "divorces") { Icon = UiIcons.File },
            new MenuEntry("证件", null)
            {
                Icon = UiIcons.Certificate,
                Children =
                [
                    new MenuEntry("补领证件", "reissue"),
                    new MenuEntry("婚姻登记记录证明", "record-certificate"),
                    new MenuEntry("证号登记簿", "certificates"),
                ],
            },
            new MenuEntry("预约", "appointments") { Icon = UiIcons.Calendar },
            new MenuEntry("婚姻家庭辅导", "counselling") { Icon = UiIcons.Team },
            new MenuEntry("统计", "statistics") { Icon = UiIcons.Dashboard },
        ],
        Pages = [.. RegistrationPages(), .. DivorcePages(), .. CertificatePages(), .. OfficePages()],
    };

    private static IEnumerable<UiPage> OfficePages() =>
    [
        new ListPage("appointments", "预约", UiEndpoint.Get("appointments"))
        {
            Permission = P.Appointments,
            Columns =
            [
                new Column("date", "日期", FieldType.Date), new Column("service", "事项", FieldType.Enum) { Options = UiOptions.Services },
                new Column("name", "姓名"), new Column("phone", "联系电话"), new Column("bookedByName", "登记人"),
                new Column("status", "状态", FieldType.Enum) { Options = UiOptions.AppointmentStatuses },
            ],
            Search = [new FormField("date", "日期", FieldType.Date), new FormField("service", "事项", FieldType.Enum) { Options = UiOptions.Services }],
            StatusField = "status",
            RowActions =
            [
                new UiAction("cancel", "取消预约")
                {
                    Endpoint = UiEndpoint.Post("appointments/{id}/cancel/{version}"), AllowedStates = ["booked"], Danger = true,
                    Confirm = "取消后名额将释放给他人，确定取消？", Fields = [new FormField("reason", "取消原因") { MaxLength = 200 }],
                },
            ],
            Actions = [new UiAction("book", "新增预约") { OpenPage = "book-appointment" }],
        },
        new FormPage("book-appointment", "新增预约", UiEndpoint.Post("appointments"))
        {
            Permission = P.Appointments,
            Fields =
            [
                new FormField("service", "预约事项", FieldType.Enum) { Required = true, Options = UiOptions.Services },
                new FormField("date", "预约日期", FieldType.Date) { Required = true },
                new FormField("name", "姓名") { Required = true, MaxLength = 50 },
                new FormField("phone", "联系电话") { Required = true, Pattern = "^[0-9-]{7,20}$", PatternMessage = "只能包含数字和“-”，至少7位" },
            ],
            SubmitText = "预约",
            AfterSubmit = "appointments",
        },
        new ListPage("counselling", "婚姻家庭辅导", UiEndpoint.Get("counselling"))
        {
            Paging = Paging.Server,
            Permission = P.Counselling,
            Columns =
            [
                new Column("heldOn", "日期", FieldType.Date) { Sortable = true }, new Column("counsellor", "辅导员"),
                new Column("participants", "参加人"), new Column("summary", "辅导情况"), new Column("divisionCode", "所属", FieldType.Division),
            ],
            DefaultSort = new SortOrder("heldOn", Descending: true),
            Actions = [new UiAction("record", "记录辅导") { OpenPage = "record-counselling" }],
        },
        new FormPage("record-counselling", "记录婚姻家庭辅导", UiEndpoint.Post("counselling"))
        {
            Permission = P.Counselling,
            Fields =
            [
                new FormField("divorceApplicationId", "关联离婚登记申请") { Help = "处于冷静期的申请编号（可在离婚申请详情页进入）" },
                new FormField("heldOn", "辅导日期", FieldType.Date) { Required = true },
                new FormField("counsellor", "辅导员") { Required = true, MaxLength = 50 },
                new FormField("participants", "参加人") { Required = true, MaxLength = 200 },
                new FormField("summary", "辅导情况", FieldType.MultilineText) { Required = true, MaxLength = 4000 },
            ],
            SubmitText = "保存",
            AfterSubmit = "counselling",
        },
        new DashboardPage("statistics", "婚姻登记统计", UiEndpoint.Get("statistics"))
        {
            Permission = P.Statistics,
            Cards =
            [
                new StatCard("结婚登记", "registrations") { Suffix = "对" }, new StatCard("离婚登记", "divorces") { Suffix = "对" },
                new StatCard("撤回（含视为撤回）", "withdrawals") { Suffix = "件" }, new StatCard("跨省通办占比", "crossProvinceShare") { Suffix = "%" },
            ],
            Charts =
            [
                new Chart("结婚登记（按月）", "registrationsByMonth", ChartKind.Line), new Chart("离婚登记（按月）", "divorcesByMonth", ChartKind.Line),
                new Chart("撤回（按月）", "withdrawalsByMonth", ChartKind.Line), new Chart("结婚登记（按镇街）", "registrationsByTown"),
                new Chart("离婚登记（按镇街）", "divorcesByTown"), new Chart("撤回（按镇街）", "withdrawalsByTown"),
            ],
        },
    ];
}
