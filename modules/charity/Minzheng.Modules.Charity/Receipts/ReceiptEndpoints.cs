using System.Globalization;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Charity.Data;
using Minzheng.Modules.Charity.Donations;
using Minzheng.Modules.Charity.Organisations;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Charity.Receipts;

/// <summary>
/// 公益事业捐赠票据 under <c>/api/charity/</c>: the stock (ranges from the finance bureau), issuing for a donation in number
/// order, void, reissue, print (each print after the first marked 副本), the list and export, the gap report.
/// </summary>
public sealed class ReceiptEndpoints : ICarterModule
{
    private static readonly string[] ExportHeader = ["票据代码", "票据号码", "开票日期", "收款单位", "交款人", "交款人代码", "项目", "数量", "金额（元）", "金额（大写）", "备注", "开票人", "校验码", "状态", "作废原因", "补开"];

    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/receipt-stock", ListStockAsync).RequirePermission(CharityPermissions.Read)
            .WithName("CharityListReceiptStock").WithSummary("The receipt ranges within the caller's scope (organisationId), oldest first, with how many numbers are used; paged.");
        app.MapPost("/receipt-stock", AddStockAsync).RequirePermission(CharityPermissions.Stock)
            .WithName("CharityAddReceiptStock").WithSummary("Enters a range received from the finance bureau (票据代码, first and last number, date); ranges of one code never overlap.");
        app.MapPost("/donations/{id:guid}/receipt/{version:int}", IssueAsync).RequirePermission(CharityPermissions.Receipts)
            .WithName("CharityIssueReceipt").WithSummary("Issues the donation's receipt with the lowest unused number of the oldest range, within the configured days of the donation.");
        app.MapGet("/receipts", ListAsync).RequirePermission(CharityPermissions.Read)
            .WithName("CharityListReceipts").WithSummary("Receipts within the caller's scope (organisationId, status: issued|voided), by code and number; paged.");
        app.MapGet("/receipts.xlsx", ExportAsync).RequirePermission(CharityPermissions.Read)
            .WithName("CharityExportReceipts").WithSummary("The same receipts with the same search, every row, as an XLSX workbook.");
        app.MapGet("/receipts/{id:guid}", GetAsync).RequirePermission(CharityPermissions.Read)
            .WithName("CharityGetReceipt").WithSummary("One receipt with every field it carries.");
        app.MapGet("/receipts/{id:guid}/print", PrintAsync).RequirePermission(CharityPermissions.Receipts)
            .WithName("CharityPrintReceipt").WithSummary("The receipt to print, counted: the first print is the original (补开 once reissued), every later one is marked 副本.");
        app.MapPost("/receipts/{id:guid}/void/{version:int}", VoidAsync).RequirePermission(CharityPermissions.Receipts)
            .WithName("CharityVoidReceipt").WithSummary("作废 with a reason: the number stays voided, the donation stays and may be issued a new receipt.");
        app.MapPost("/receipts/{id:guid}/reissue/{version:int}", ReissueAsync).RequirePermission(CharityPermissions.Receipts)
            .WithName("CharityReissueReceipt").WithSummary("补开 a lost receipt under its own number, with the reason; its next print is marked 补开.");
        app.MapGet("/receipt-gaps", GapsAsync).RequirePermission(CharityPermissions.Read)
            .WithName("CharityReceiptGaps").WithSummary("The gap report of an organisation's stock: every number of every range issued, voided (with the reason) or unused, with totals per range.");
        app.MapGet("/organisations/{id:guid}/receipt-gaps", (Guid id, CharityDb db, ICallerContext caller, CancellationToken cancellationToken) =>
                GapsAsync(id, db, caller, cancellationToken)).RequirePermission(CharityPermissions.Read)
            .WithName("CharityOrganisationReceiptGaps").WithSummary("The same gap report, addressed by the organisation (its page in the staff UI).");
        app.MapGet("/organisations/{id:guid}/receipt-gaps.xlsx", (Guid id, CharityDb db, ICallerContext caller, ITableFiles tables, CancellationToken cancellationToken) =>
                ExportGapsAsync(id, db, caller, tables, cancellationToken)).RequirePermission(CharityPermissions.Read)
            .WithName("CharityExportOrganisationReceiptGaps").WithSummary("The same gap report's workbook, addressed by the organisation (its page's download).");
        app.MapGet("/receipt-gaps.xlsx", ExportGapsAsync).RequirePermission(CharityPermissions.Read)
            .WithName("CharityExportReceiptGaps").WithSummary("The gap report as an XLSX workbook, a line per issued or voided number and per run of unused ones, with totals.");
    }

    private static async Task<Ok<Paged<StockRow>>> ListStockAsync(Guid? organisationId, [AsParameters] PageQuery paging, CharityDb db, ICallerContext caller,
        CancellationToken cancellationToken)
    {
        var query = db.ReceiptStock.AsNoTracking().WithinScope(caller);
        if (organisationId is { } o) query = query.Where(s => s.OrganisationId == o);
        var page = await query.OrderBy(s => s.ReceivedOn).ThenBy(s => s.Code).ThenBy(s => s.FirstNumber).ThenBy(s => s.Id).ToPageAsync(paging, cancellationToken);
        var ids = page.Items.Select(s => s.Id).ToList();
        var used = await db.Receipts.AsNoTracking().Where(r => ids.Contains(r.StockId)).GroupBy(r => r.StockId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return TypedResults.Ok(page.Map(s => Row(s, used.GetValueOrDefault(s.Id))));
    }

    private static async Task<Results<Created<StockRow>, ValidationProblem, ProblemHttpResult>> AddStockAsync(NewStockRequest request, CharityDb db, ICallerContext caller,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        if (request.OrganisationId is null) errors.Add("organisationId", "请选择领用票据的慈善组织");
        var code = request.Code?.Trim() ?? "";
        if (code.Length is < 4 or > 20 || !code.All(char.IsAsciiDigit)) errors.Add("code", "票据代码应为4到20位数字");
        var first = Number(errors, "firstNumber", request.FirstNumber, "起始号码");
        var last = Number(errors, "lastNumber", request.LastNumber, "终止号码");
        if (first is not null && last is not null && request.FirstNumber!.Trim().Length != request.LastNumber!.Trim().Length)
            errors.Add("lastNumber", "起始号码和终止号码的位数应相同");
        var receivedOn = request.ReceivedOn ?? today;
        if (receivedOn > today) errors.Add("receivedOn", "领用日期不能晚于今天");
        if (errors.HasErrors) return errors.ToProblem();
        if (await OrganisationStore.FindAsync(db, caller, request.OrganisationId!.Value, cancellationToken) is not { } organisation) return OrganisationStore.NotFound();
        if (organisation.RecognisedOn is null) return Problems.Validation("organisationId", $"{organisation.Name}不是慈善组织，不能领用公益事业捐赠票据");
        var sameCode = await db.ReceiptStock.AsNoTracking().Where(s => s.Code == code).ToListAsync(cancellationToken);
        if (ReceiptRules.RefuseRange(code, first!.Value, last!.Value, sameCode) is { } refusal) return Problems.Validation("firstNumber", refusal);
        var stock = new ReceiptStock
        {
            Id = Guid.NewGuid(), OrganisationId = organisation.Id, DivisionCode = organisation.DivisionCode, Code = code, FirstNumber = first.Value, LastNumber = last.Value,
            NumberWidth = request.FirstNumber!.Trim().Length, ReceivedOn = receivedOn, StaffName = caller.Staff.Name,
        };
        db.ReceiptStock.Add(stock);
        return TypedResults.Created($"/api/charity/receipt-stock/{stock.Id}", Row(stock, 0));
    }

    private static async Task<Results<Created<ReceiptView>, ValidationProblem, ProblemHttpResult>> IssueAsync(Guid id, int version, CharityDb db, ICallerContext caller,
        ReceiptOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        if (await DonationStore.FindAsync(db, caller, id, cancellationToken) is not { } donation) return DonationStore.NotFound();
        if (db.ExpectVersion(donation, version) is { } stale) return stale;
        var replacesVoided = await db.Receipts.AnyAsync(r => r.DonationId == donation.Id && r.Status == ReceiptStatus.Voided, cancellationToken);
        if (ReceiptRules.RefuseIssue(donation, today, replacesVoided, options) is { } refusal) return Problems.Conflict(refusal, "不能开具票据");
        var stock = await db.ReceiptStock.AsNoTracking().Where(s => s.OrganisationId == donation.OrganisationId && s.ReceivedOn <= today).ToListAsync(cancellationToken);
        var stockIds = stock.Select(s => s.Id).ToList();
        var highest = await db.Receipts.AsNoTracking().Where(r => stockIds.Contains(r.StockId)).GroupBy(r => r.StockId)
            .Select(g => new { g.Key, Highest = g.Max(r => r.Number) }).ToDictionaryAsync(g => g.Key, g => g.Highest, cancellationToken);
        if (ReceiptRules.Next(stock, highest) is not var (range, number))
            return Problems.Conflict($"{donation.OrganisationName}没有可用的捐赠票据：请先登记从财政部门领用的号段。", "票据已用完");

        var receipt = new Receipt
        {
            Id = Guid.NewGuid(), StockId = range.Id, OrganisationId = donation.OrganisationId, DivisionCode = donation.DivisionCode, Code = range.Code, Number = number,
            NumberText = ReceiptRules.Format(number, range.NumberWidth), DonationId = donation.Id, IssuedOn = today, HandlerName = caller.Staff.Name, Status = ReceiptStatus.Issued,
        };
        ReceiptRules.Fill(receipt, donation);
        db.Receipts.Add(receipt);
        donation.ReceiptId = receipt.Id;
        return TypedResults.Created($"/api/charity/receipts/{receipt.Id}", View(receipt));
    }

    private static IQueryable<Receipt> Search(CharityDb db, ICallerContext caller, Guid? organisationId, string? status)
    {
        var query = db.Receipts.AsNoTracking().WithinScope(caller);
        if (organisationId is { } o) query = query.Where(r => r.OrganisationId == o);
        if (status == "issued") query = query.Where(r => r.Status == ReceiptStatus.Issued);
        if (status == "voided") query = query.Where(r => r.Status == ReceiptStatus.Voided);
        return query.OrderBy(r => r.Code).ThenBy(r => r.Number).ThenBy(r => r.Id);
    }

    private static async Task<Results<Ok<Paged<ReceiptView>>, ValidationProblem>> ListAsync(Guid? organisationId, string? status, [AsParameters] PageQuery paging, CharityDb db,
        ICallerContext caller, CancellationToken cancellationToken)
    {
        if (status is { Length: > 0 } and not ("issued" or "voided")) return Problems.Validation("status", "状态只能是已开具或已作废");
        var page = await Search(db, caller, organisationId, status).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(View));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(Guid? organisationId, string? status, CharityDb db, ICallerContext caller,
        ITableFiles tables, CancellationToken cancellationToken)
    {
        if (status is { Length: > 0 } and not ("issued" or "voided")) return Problems.Validation("status", "状态只能是已开具或已作废");
        var rows = (await Search(db, caller, organisationId, status).ToListAsync(cancellationToken)).Select(r => (IReadOnlyList<object?>)
        [
            r.Code, r.NumberText, r.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.OrganisationName, r.PayerName, r.PayerIdentifier, r.Item, r.Quantity,
            r.Amount, r.AmountInWords, r.Note, r.HandlerName, r.CheckCode, r.Status == ReceiptStatus.Voided ? "已作废" : "已开具", r.VoidReason, r.ReissuedOn is null ? "" : "补开",
        ]);
        return TypedResults.File(tables.WriteXlsx("捐赠票据", ExportHeader, rows), TableMediaTypes.Xlsx, "公益事业捐赠票据.xlsx");
    }

    private static async Task<Results<Ok<ReceiptView>, ProblemHttpResult>> GetAsync(Guid id, CharityDb db, ICallerContext caller, CancellationToken cancellationToken) =>
        await FindAsync(db, caller, id, cancellationToken) is { } receipt ? TypedResults.Ok(View(receipt)) : NotFound();

    private static async Task<Results<Ok<ReceiptView>, ProblemHttpResult>> PrintAsync(Guid id, CharityDb db, ICallerContext caller, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, caller, id, cancellationToken) is not { } receipt) return NotFound();
        if (receipt.Status == ReceiptStatus.Voided) return Problems.Conflict("已作废的票据不能打印。", "不能打印");
        receipt.PrintCount++;
        return TypedResults.Ok(View(receipt));
    }

    private static async Task<Results<Ok<ReceiptView>, ValidationProblem, ProblemHttpResult>> VoidAsync(Guid id, int version, ReceiptReasonRequest request, CharityDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request.Reason, "作废原因", ReceiptRules.ReasonLength);
        if (errors.HasErrors) return errors.ToProblem();
        if (await FindAsync(db, caller, id, cancellationToken) is not { } receipt) return NotFound();
        if (db.ExpectVersion(receipt, version) is { } stale) return stale;
        if (receipt.Status == ReceiptStatus.Voided) return Problems.Conflict("这张票据已经作废。", "不能再次作废");
        receipt.Status = ReceiptStatus.Voided;
        receipt.VoidedOn = clock.BeijingToday();
        receipt.VoidReason = reason;
        var donation = await db.Donations.FirstAsync(d => d.Id == receipt.DonationId, cancellationToken);
        if (donation.ReceiptId == receipt.Id) donation.ReceiptId = null;
        return TypedResults.Ok(View(receipt));
    }

    private static async Task<Results<Ok<ReceiptView>, ValidationProblem, ProblemHttpResult>> ReissueAsync(Guid id, int version, ReceiptReasonRequest request, CharityDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request.Reason, "补开原因", ReceiptRules.ReasonLength);
        if (errors.HasErrors) return errors.ToProblem();
        if (await FindAsync(db, caller, id, cancellationToken) is not { } receipt) return NotFound();
        if (db.ExpectVersion(receipt, version) is { } stale) return stale;
        if (receipt.Status == ReceiptStatus.Voided) return Problems.Conflict("已作废的票据不能补开；请为捐赠开具新票据。", "不能补开");
        receipt.ReissuedOn = clock.BeijingToday();
        receipt.ReissueReason = reason;
        receipt.PrintCount = 0;
        return TypedResults.Ok(View(receipt));
    }

    private static async Task<Results<Ok<GapReport>, ProblemHttpResult, ValidationProblem>> GapsAsync(Guid? organisationId, CharityDb db, ICallerContext caller,
        CancellationToken cancellationToken) =>
        await ReportAsync(db, caller, organisationId, cancellationToken) switch
        {
            (GapReport report, null) => TypedResults.Ok(report),
            (_, ValidationProblem invalid) => invalid,
            _ => OrganisationStore.NotFound(),
        };

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> ExportGapsAsync(Guid? organisationId, CharityDb db, ICallerContext caller,
        ITableFiles tables, CancellationToken cancellationToken)
    {
        var (report, invalid) = await ReportAsync(db, caller, organisationId, cancellationToken);
        if (invalid is not null) return invalid;
        if (report is null) return OrganisationStore.NotFound();
        var rows = report.Rows.Select(r => (IReadOnlyList<object?>)[r.Code, r.From, r.To, r.Count, StateName(r.State), r.Detail])
            .Concat(report.Ranges.Select(g => (IReadOnlyList<object?>)[g.Code, g.FirstNumber, g.LastNumber, g.Total, "号段合计", $"已开具{g.Issued}，已作废{g.Voided}，未使用{g.Unused}"]));
        return TypedResults.File(tables.WriteXlsx("票据使用情况", ["票据代码", "起始号码", "终止号码", "份数", "状态", "说明"], rows), TableMediaTypes.Xlsx,
            $"{report.OrganisationName}票据使用情况.xlsx");
    }

    private static async Task<(GapReport? Report, ValidationProblem? Invalid)> ReportAsync(CharityDb db, ICallerContext caller, Guid? organisationId, CancellationToken cancellationToken)
    {
        if (organisationId is null) return (null, Problems.Validation("organisationId", "请选择慈善组织"));
        if (await OrganisationStore.FindAsync(db, caller, organisationId.Value, cancellationToken) is not { } organisation) return (null, null);
        var stock = await db.ReceiptStock.AsNoTracking().Where(s => s.OrganisationId == organisation.Id).OrderBy(s => s.ReceivedOn).ThenBy(s => s.Code).ThenBy(s => s.FirstNumber)
            .ToListAsync(cancellationToken);
        var receipts = await db.Receipts.AsNoTracking().Where(r => r.OrganisationId == organisation.Id).ToListAsync(cancellationToken);
        var ranges = stock.Select(s =>
        {
            var lines = ReceiptRules.Account(s, receipts);
            int Sum(string state) => lines.Where(l => l.State == state).Sum(l => l.Count);
            return new GapRange(s.Id, s.Code, ReceiptRules.Format(s.FirstNumber, s.NumberWidth), ReceiptRules.Format(s.LastNumber, s.NumberWidth),
                (int)(s.LastNumber - s.FirstNumber + 1), Sum("issued"), Sum("voided"), Sum("unused"), lines);
        }).ToList();
        return (new GapReport(organisation.Id, organisation.Name, ranges.Sum(r => r.Total), ranges.Sum(r => r.Issued), ranges.Sum(r => r.Voided), ranges.Sum(r => r.Unused), ranges,
            [.. ranges.SelectMany(g => g.Lines.Select(l => new GapRow(g.Code, l.From, l.To, l.Count, l.State, l.Detail)))]), null);
    }

    private static string StateName(string state) => state switch { "issued" => "已开具", "voided" => "已作废", _ => "未使用" };

    private static long? Number(FieldErrors errors, string field, string? text, string label)
    {
        var value = text?.Trim() ?? "";
        if (value.Length is < 1 or > 18 || !value.All(char.IsAsciiDigit)) { errors.Add(field, $"请填写{label}（1到18位数字）"); return null; }
        return long.Parse(value, CultureInfo.InvariantCulture);
    }

    private static Task<Receipt?> FindAsync(CharityDb db, ICallerContext caller, Guid id, CancellationToken cancellationToken) =>
        db.Receipts.WithinScope(caller).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这张票据，或它不在您的辖区内。");

    private static StockRow Row(ReceiptStock s, int used) => new(s.Id, s.OrganisationId, s.Code, ReceiptRules.Format(s.FirstNumber, s.NumberWidth),
        ReceiptRules.Format(s.LastNumber, s.NumberWidth), (int)(s.LastNumber - s.FirstNumber + 1), used, s.ReceivedOn, s.StaffName);

    private static ReceiptView View(Receipt r) => new(r.Id, r.DonationId, r.OrganisationId, r.Code, r.NumberText, r.IssuedOn, r.OrganisationName, r.PayerName,
        r.PayerIdentifier, r.Item, r.Quantity, r.Amount, r.AmountInWords, r.Note, r.HandlerName, r.CheckCode, r.Status == ReceiptStatus.Voided ? "voided" : "issued",
        r.VoidedOn, r.VoidReason, r.ReissuedOn, r.ReissueReason, r.PrintCount, Mark(r), r.Version);

    // What the print says above the receipt: 补开 for a reissued one, 副本 for every print after the first.
    private static string Mark(Receipt r)
    {
        var marks = new List<string>();
        if (r.ReissuedOn is not null) marks.Add($"补开（{r.ReissuedOn:yyyy-MM-dd}）");
        if (r.PrintCount > 1) marks.Add($"副本（第{r.PrintCount}次打印）");
        return string.Join(" ", marks);
    }
}
