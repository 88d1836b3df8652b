using System.Collections.Concurrent;
using Autofac;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Modules;
using Minzheng.Sdk.Ui;

namespace Minzheng.E2E.Visits;

public sealed class VisitsModule : IMinzhengModule
{
    public void ConfigureServices(ContainerBuilder builder, ModuleContext context) => builder.RegisterType<VisitStore>().SingleInstance();
}

public sealed record VisitStep(DateTimeOffset At, string Title, string By, string? Note);

public sealed class Visit
{
    public Guid Id { get; init; }
    public required string Name { get; init; }
    public required string IdNumber { get; init; }
    public required string DivisionCode { get; init; }
    public required string VisitDate { get; init; }
    public required string Kind { get; init; }
    public decimal Subsidy { get; init; }
    public string? Notes { get; init; }
    public string Status { get; set; } = "draft";
    public List<VisitStep> History { get; } = [];
}

/// <summary>Kept in memory: the browser tests need behaviour, not storage.</summary>
public sealed class VisitStore
{
    public ConcurrentDictionary<string, ConcurrentDictionary<Guid, Visit>> ByDistrict { get; } = new();

    public ConcurrentDictionary<Guid, Visit> Of(ICallerContext caller) => ByDistrict.GetOrAdd(caller.DistrictId, _ => new());
}

public sealed record NewVisit(string? Name, string? IdNumber, string? DivisionCode, string? VisitDate, string? Kind, decimal? Subsidy, string? Notes);

public sealed record ReturnReason(string? Reason);

public sealed class VisitEndpoints : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/visits", (string? name, string? status, VisitStore store, ICallerContext caller) =>
                store.Of(caller).Values
                    .Where(v => caller.Scope.Contains(v.DivisionCode))
                    .Where(v => string.IsNullOrEmpty(name) || v.Name.Contains(name, StringComparison.Ordinal))
                    .Where(v => string.IsNullOrEmpty(status) || v.Status == status)
                    .OrderByDescending(v => v.VisitDate)
                    .Select(v => new { v.Id, v.Name, IdNumber = Mask(v.IdNumber), v.DivisionCode, v.VisitDate, v.Kind, v.Subsidy, v.Status })
                    .ToList())
            .RequirePermission(VisitsPermissions.Read);

        app.MapPost("/visits", (NewVisit input, VisitStore store, ICallerContext caller, TimeProvider clock) =>
            {
                var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
                var errors = new Dictionary<string, string[]>();
                if (string.IsNullOrWhiteSpace(input.Name)) errors["name"] = ["请填写姓名"];
                if (!Minzheng.Sdk.Registry.IdNumber.TryParse(input.IdNumber, today, out _, out var idError)) errors["idNumber"] = [idError];
                if (string.IsNullOrWhiteSpace(input.DivisionCode)) errors["divisionCode"] = ["请选择所在村居"];
                else if (!caller.Scope.Contains(input.DivisionCode)) errors["divisionCode"] = ["只能登记您辖区内的走访"];
                if (!DateOnly.TryParse(input.VisitDate, out var date)) errors["visitDate"] = ["请选择走访日期"];
                else if (date > today) errors["visitDate"] = ["走访日期不能晚于今天"];
                if (input.Kind is not ("holiday" or "illness" or "disaster")) errors["kind"] = ["请选择走访类型"];
                if (input.Subsidy is < 0) errors["subsidy"] = ["慰问金不能为负数"];
                if (errors.Count > 0)
                {
                    return (IResult)Problems.Validation(errors);
                }
                var visit = new Visit
                {
                    Id = Guid.NewGuid(), Name = input.Name!.Trim(), IdNumber = input.IdNumber!.ToUpperInvariant(), DivisionCode = input.DivisionCode!,
                    VisitDate = input.VisitDate!, Kind = input.Kind!, Subsidy = input.Subsidy ?? 0, Notes = input.Notes,
                };
                visit.History.Add(new VisitStep(clock.GetUtcNow(), "登记", caller.Staff.Name, null));
                store.Of(caller)[visit.Id] = visit;
                return TypedResults.Created($"/api/visits/visits/{visit.Id}", new { visit.Id });
            })
            .RequirePermission(VisitsPermissions.Write);

        app.MapGet("/visits/{id:guid}", (Guid id, VisitStore store, ICallerContext caller) =>
                store.Of(caller).TryGetValue(id, out var v) && caller.Scope.Contains(v.DivisionCode)
                    ? (IResult)TypedResults.Ok(new { v.Id, v.Name, IdNumber = Mask(v.IdNumber), v.DivisionCode, v.VisitDate, v.Kind, v.Subsidy, v.Notes, v.Status, v.History })
                    : Problems.NotFound("没有这条走访记录。"))
            .RequirePermission(VisitsPermissions.Read);

        app.MapPost("/visits/{id:guid}/submit", (Guid id, VisitStore store, ICallerContext caller, TimeProvider clock) =>
                Move(store, caller, clock, id, "draft", "submitted", "提交审核", null))
            .RequirePermission(VisitsPermissions.Write);
        app.MapPost("/visits/{id:guid}/approve", (Guid id, VisitStore store, ICallerContext caller, TimeProvider clock) =>
                Move(store, caller, clock, id, "submitted", "approved", "审核通过", null))
            .RequirePermission(VisitsPermissions.Approve);
        app.MapPost("/visits/{id:guid}/return", (Guid id, ReturnReason body, VisitStore store, ICallerContext caller, TimeProvider clock) =>
                string.IsNullOrWhiteSpace(body.Reason)
                    ? Problems.Validation("reason", "请填写退回原因")
                    : Move(store, caller, clock, id, "submitted", "draft", "退回", body.Reason))
            .RequirePermission(VisitsPermissions.Approve);

        app.MapGet("/stats", (VisitStore store, ICallerContext caller) =>
            {
                var visits = store.Of(caller).Values.Where(v => caller.Scope.Contains(v.DivisionCode)).ToList();
                return new
                {
                    total = visits.Count,
                    approved = visits.Count(v => v.Status == "approved"),
                    subsidy = visits.Where(v => v.Status == "approved").Sum(v => v.Subsidy),
                    byKind = Kinds.Select(k => new { label = k.Label, value = visits.Count(v => v.Kind == k.Value) }),
                    byStatus = Statuses.Select(s => new { label = s.Label, value = visits.Count(v => v.Status == s.Value) }),
                };
            })
            .RequirePermission(VisitsPermissions.Read);
    }

    internal static readonly EnumOption[] Kinds = [new("holiday", "节日慰问"), new("illness", "因病慰问"), new("disaster", "受灾慰问")];

    internal static readonly EnumOption[] Statuses =
    [
        new("draft", "草稿") { Color = "default" }, new("submitted", "待审核") { Color = "orange" }, new("approved", "已通过") { Color = "green" },
    ];

    private static string Mask(string idNumber) => string.Concat(idNumber.AsSpan(0, 6), "********", idNumber.AsSpan(14, 4));

    private static IResult Move(VisitStore store, ICallerContext caller, TimeProvider clock, Guid id, string from, string to, string title, string? note)
    {
        if (!store.Of(caller).TryGetValue(id, out var visit) || !caller.Scope.Contains(visit.DivisionCode))
        {
            return Problems.NotFound("没有这条走访记录。");
        }
        lock (visit)
        {
            if (visit.Status != from)
            {
                return Problems.Conflict($"当前状态不能{title}。");
            }
            visit.Status = to;
            visit.History.Add(new VisitStep(clock.GetUtcNow(), title, caller.Staff.Name, note));
        }
        return TypedResults.NoContent();
    }
}

/// <summary>The module's pages: a list, a form, a detail page with a workflow, a dashboard and a printable record.</summary>
public sealed class VisitsUi : IModuleUi
{
    public ModuleUi Describe() => new()
    {
        Menu =
        [
            new MenuEntry("走访记录", "visits") { Icon = UiIcons.Heart },
            new MenuEntry("登记走访", "new-visit") { Icon = UiIcons.File },
            new MenuEntry("走访统计", "stats") { Icon = UiIcons.Dashboard },
        ],
        Pages =
        [
            new ListPage("visits", "走访记录", UiEndpoint.Get("visits"))
            {
                Permission = VisitsPermissions.Read,
                Columns =
                [
                    new Column("name", "姓名"), new Column("idNumber", "身份证号码", FieldType.IdNumber),
                    new Column("divisionCode", "村居", FieldType.Division), new Column("visitDate", "走访日期", FieldType.Date) { Sortable = true },
                    new Column("kind", "类型", FieldType.Enum) { Options = VisitEndpoints.Kinds },
                    new Column("subsidy", "慰问金", FieldType.Money) { Sortable = true },
                    new Column("status", "状态", FieldType.Enum) { Options = VisitEndpoints.Statuses },
                ],
                Search =
                [
                    new FormField("name", "姓名"),
                    new FormField("status", "状态", FieldType.Enum) { Options = VisitEndpoints.Statuses },
                ],
                DefaultSort = new SortOrder("visitDate", Descending: true),
                StatusField = "status",
                RowOpens = "visit/{id}",
                RowActions =
                [
                    new UiAction("open", "查看") { OpenPage = "visit/{id}" },
                    new UiAction("print", "打印") { OpenPage = "visit-print/{id}", AllowedStates = ["approved"] },
                ],
                Actions = [new UiAction("new", "登记走访") { OpenPage = "new-visit", Permission = VisitsPermissions.Write }],
            },
            new FormPage("new-visit", "登记走访", UiEndpoint.Post("visits"))
            {
                Permission = VisitsPermissions.Write,
                Fields =
                [
                    new FormField("name", "姓名") { Required = true, MaxLength = 20 },
                    new FormField("idNumber", "身份证号码", FieldType.IdNumber) { Required = true },
                    new FormField("divisionCode", "所在村居", FieldType.Division) { Required = true },
                    new FormField("visitDate", "走访日期", FieldType.Date) { Required = true },
                    new FormField("kind", "走访类型", FieldType.Enum) { Required = true, Options = VisitEndpoints.Kinds },
                    new FormField("subsidy", "慰问金（元）", FieldType.Money) { Default = "0" },
                    new FormField("notes", "走访情况", FieldType.MultilineText) { MaxLength = 500 },
                ],
                SubmitText = "保存",
                AfterSubmit = "visit/{id}",
            },
            new DetailPage("visit", "走访记录：{name}", UiEndpoint.Get("visits/{id}"))
            {
                Permission = VisitsPermissions.Read,
                Sections =
                [
                    new DetailSection("对象信息",
                    [
                        new DetailField("name", "姓名"), new DetailField("idNumber", "身份证号码", FieldType.IdNumber),
                        new DetailField("divisionCode", "所在村居", FieldType.Division),
                    ]),
                    new DetailSection("走访情况",
                    [
                        new DetailField("visitDate", "走访日期", FieldType.Date), new DetailField("kind", "走访类型", FieldType.Enum) { Options = VisitEndpoints.Kinds },
                        new DetailField("subsidy", "慰问金", FieldType.Money), new DetailField("notes", "走访情况", FieldType.MultilineText) { Wide = true },
                    ]),
                ],
                StatusField = "status",
                Statuses = VisitEndpoints.Statuses,
                Timeline = new Timeline("history"),
                Actions =
                [
                    new UiAction("submit", "提交审核") { Endpoint = UiEndpoint.Post("visits/{id}/submit"), Permission = VisitsPermissions.Write, AllowedStates = ["draft"] },
                    new UiAction("approve", "审核通过")
                    {
                        Endpoint = UiEndpoint.Post("visits/{id}/approve"), Permission = VisitsPermissions.Approve, AllowedStates = ["submitted"],
                        Confirm = "审核通过后不能撤回，慰问金将进入发放流程。",
                    },
                    new UiAction("return", "退回")
                    {
                        Endpoint = UiEndpoint.Post("visits/{id}/return"), Permission = VisitsPermissions.Approve, AllowedStates = ["submitted"], Danger = true,
                        Fields = [new FormField("reason", "退回原因", FieldType.MultilineText) { Required = true }],
                    },
                    new UiAction("print", "打印走访记录") { OpenPage = "visit-print/{id}", AllowedStates = ["approved"] },
                ],
            },
            new DashboardPage("stats", "走访统计", UiEndpoint.Get("stats"))
            {
                Permission = VisitsPermissions.Read,
                Cards = [new StatCard("走访次数", "total") { Suffix = "次" }, new StatCard("已审核", "approved") { Suffix = "次" }, new StatCard("已发放慰问金", "subsidy", FieldType.Money)],
                Charts = [new Chart("按类型", "byKind"), new Chart("按状态", "byStatus", ChartKind.Pie)],
            },
            new PrintPage("visit-print", "走访记录单", UiEndpoint.Get("visits/{id}"))
            {
                Permission = VisitsPermissions.Read,
                Heading = "困难群众走访慰问记录单",
                Blocks =
                [
                    new PrintText("兹于{visitDate}走访慰问{name}同志，情况如下。"),
                    new PrintFields(
                    [
                        new DetailField("name", "姓名"), new DetailField("idNumber", "身份证号码"), new DetailField("divisionCode", "所在村居", FieldType.Division),
                        new DetailField("kind", "走访类型", FieldType.Enum) { Options = VisitEndpoints.Kinds }, new DetailField("subsidy", "慰问金", FieldType.Money),
                        new DetailField("notes", "走访情况", FieldType.MultilineText),
                    ]),
                    new PrintTable("history", [new Column("title", "环节"), new Column("by", "经办人"), new Column("at", "时间", FieldType.DateTime)]),
                    new PrintSignatures(["走访人", "审核人", "单位盖章"]),
                ],
            },
        ],
    };
}
