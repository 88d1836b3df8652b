using System.Globalization;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Lottery.Sales;

/// <summary>
/// Sales under <c>/api/lottery/sales</c>: the sales centre's monthly file imported (CSV/XLSX through the platform's
/// readers; each row checked, a re-sent month replacing the figure with the difference shown, the same file twice
/// changing nothing), the imports' outcomes, refused rows and replaced figures; reports by month, town and outlet.
/// </summary>
public sealed class SalesEndpoints : ICarterModule
{
    private static readonly string[] ReportHeader = ["编码", "名称", "有销量的网点数", "销售额（元）"];

    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/sales/imports", ListAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryListSalesImports").WithSummary("Sales imports made in the caller's scope, latest first; paged on the server.");
        app.MapGet("/sales/imports/{id:guid}", GetAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryGetSalesImport").WithSummary("One sales import's outcome: new, replaced (with the difference), unchanged, refused.");
        app.MapGet("/sales/imports/{id:guid}/errors", ErrorsAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotterySalesImportErrors").WithSummary("A sales import's refused rows with their reasons, in file order; paged on the server.");
        app.MapGet("/sales/imports/{id:guid}/replaced", ReplacedAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotterySalesImportReplaced").WithSummary("The figures a sales import replaced, each with its previous value and the difference; paged on the server.");
        app.MapPost("/sales/imports", ImportAsync).RequirePermission(LotteryPermissions.Sales).DisableAntiforgery()
            .WithName("LotteryImportSales").WithSummary("Imports the sales centre's monthly CSV/XLSX file: per outlet (网点编号), month and game kind; a re-sent month replaces.");
        app.MapGet("/sales/imports/template.xlsx", (ITableFiles tables) =>
                TypedResults.File(tables.WriteXlsx("销量", SalesFileImport.Header, []), TableMediaTypes.Xlsx, "销量导入模板.xlsx"))
            .RequirePermission(LotteryPermissions.Sales)
            .WithName("LotterySalesImportTemplate").WithSummary("The sales import's template: the header to fill under.");
        app.MapGet("/sales/report", ReportAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotterySalesReport").WithSummary("Sales in the caller's scope and a period of months, by month, town or outlet; paged on the server.");
        app.MapGet("/sales/report.xlsx", ExportAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotterySalesReportExport").WithSummary("The same report, every row, as an XLSX workbook with a total row.");
    }

    private static async Task<Ok<Paged<SalesImportView>>> ListAsync([AsParameters] PageQuery paging, LotteryDb db, ICallerContext caller, CancellationToken ct)
    {
        var page = await db.SalesImports.AsNoTracking().WithinScope(caller).OrderByDescending(i => i.ImportedAt).ThenBy(i => i.Id).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(SalesImportView.Of));
    }

    private static async Task<Results<Ok<SalesImportView>, ProblemHttpResult>> GetAsync(Guid id, LotteryDb db, ICallerContext caller, CancellationToken ct) =>
        await FindAsync(db, caller, id, ct) is { } import ? TypedResults.Ok(SalesImportView.Of(import)) : NotFound();

    private static async Task<Results<Ok<Paged<RowError>>, ProblemHttpResult>> ErrorsAsync(Guid id, [AsParameters] PageQuery paging, LotteryDb db,
        ICallerContext caller, CancellationToken ct) =>
        await FindAsync(db, caller, id, ct) is { } import ? TypedResults.Ok(import.RowErrors.ToPage(paging)) : NotFound();

    private static async Task<Results<Ok<Paged<SaleRevisionRow>>, ProblemHttpResult>> ReplacedAsync(Guid id, [AsParameters] PageQuery paging, LotteryDb db,
        ICallerContext caller, CancellationToken ct)
    {
        if (await FindAsync(db, caller, id, ct) is null) return NotFound();
        var page = await (from r in db.SaleRevisions.AsNoTracking().WithinScope(caller)
                          where r.ImportId == id
                          join s in db.Sales on r.SaleId equals s.Id
                          join o in db.Outlets on s.OutletId equals o.Id
                          orderby r.Row
                          select new { r.Row, o.StationNumber, o.Name, s.Month, s.Game, r.Previous, r.Amount }).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(r => new SaleRevisionRow(r.Row, r.StationNumber ?? "", r.Name, r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), r.Game,
            r.Previous, r.Amount, r.Amount - r.Previous)));
    }

    // The file opened by the platform's readers; a problem with the file as a whole answered on "file" with nothing saved,
    // else the import kept with its outcome and the figures saved with it in the request's one commit.
    private static async Task<Results<Created<SalesImportView>, ValidationProblem>> ImportAsync(IFormFile? file, LotteryDb db, ITableFiles tables,
        SalesFileImport importer, ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return Problems.Validation("file", "请选择要导入的文件（CSV或XLSX）");
        var record = new SalesImport
        {
            Id = Guid.NewGuid(), FileName = Path.GetFileName(file.FileName) is { Length: > 0 and <= 200 } name ? name : "上传的文件",
            ImportedAt = clock.GetUtcNow(), StaffName = caller.Staff.Name, DivisionCode = caller.Scope.DivisionCode,
        };
        try
        {
            using var table = await tables.OpenUploadAsync(file, ct);
            if (await importer.RunAsync(table, record, ct) is { } problem) return Problems.Validation("file", problem);
        }
        catch (TableFileException e)
        {
            return Problems.Validation("file", e.Message);
        }
        db.SalesImports.Add(record);
        return TypedResults.Created($"/api/lottery/sales/imports/{record.Id}", SalesImportView.Of(record));
    }

    private static async Task<Results<Ok<Paged<SalesReportRow>>, ValidationProblem>> ReportAsync(string? by, string? from, string? to, string? game,
        [AsParameters] PageQuery paging, SalesReport report, SalesOptions options, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (SalesReportQuery.Read(errors, by, from, to, game, options, clock.BeijingToday()) is not { } query) return errors.ToProblem();
        return TypedResults.Ok(await report.PageAsync(query, paging, ct));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(string? by, string? from, string? to, string? game,
        SalesReport report, ITableFiles tables, SalesOptions options, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (SalesReportQuery.Read(errors, by, from, to, game, options, clock.BeijingToday()) is not { } query) return errors.ToProblem();
        var rows = await report.AllAsync(query, ct);
        var (outlets, amount) = await report.TotalAsync(query, ct);
        var cells = rows.Select(r => (IReadOnlyList<object?>)[r.Key, r.Label, r.Outlets, r.Amount]).Append(["合计", "", outlets, amount]);
        var period = string.Create(CultureInfo.InvariantCulture, $"{query.From:yyyy-MM}至{query.To:yyyy-MM}");
        return TypedResults.File(tables.WriteXlsx(query.GroupingText, ReportHeader, cells), TableMediaTypes.Xlsx,
            $"福利彩票销量统计-{query.Game ?? "全部游戏"}-{query.GroupingText}-{period}.xlsx");
    }

    private static Task<SalesImport?> FindAsync(LotteryDb db, ICallerContext caller, Guid id, CancellationToken ct) =>
        db.SalesImports.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(i => i.Id == id, ct);

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这次导入，或其不在您的辖区内。");
}
