using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Disability.Common;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Audit;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Disability.Rosters;

/// <summary>发放名册: generate, review and approve (maker-checker), export for the bank, record the bank's return.</summary>
public sealed class RosterEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/rosters", ListAsync).RequirePermission(DisabilityPermissions.Read)
            .WithName("DisabilityListRosters")
            .WithSummary("The monthly rosters, latest month first, paged on the server (sort: month).");
        app.MapPost("/rosters", GenerateAsync).RequirePermission(DisabilityPermissions.Roster)
            .WithName("DisabilityGenerateRoster")
            .WithSummary("Generates a month's roster (district staff); idempotent, an approved month is returned unchanged.");
        app.MapGet("/rosters/{id:guid}", GetAsync).RequirePermission(DisabilityPermissions.Read)
            .WithName("DisabilityGetRoster")
            .WithSummary("One roster's summary: lines, total, arrears, bank outcomes.");
        app.MapGet("/rosters/{id:guid}/lines", LinesAsync).RequirePermission(DisabilityPermissions.Read)
            .WithName("DisabilityListRosterLines")
            .WithSummary("A roster's lines within the caller's scope (ID number and account masked), by place and person, paged on the server.");
        app.MapGet("/rosters/{id:guid}/print", PrintAsync).RequirePermission(DisabilityPermissions.Read)
            .WithName("DisabilityPrintRoster")
            .WithSummary("A roster with all its lines within the caller's scope, for the printed, signed copy.");
        app.MapPost("/rosters/{id:guid}/approve/{version:int}", ApproveAsync).RequirePermission(DisabilityPermissions.RosterApprove)
            .WithName("DisabilityApproveRoster")
            .WithSummary("Approves and freezes a roster; the approver must not be the one who generated it.");
        app.MapGet("/rosters/{id:guid}/export.csv", (Guid id, DisabilityDb db, IAuditTrail audit, ITableFiles tables, CancellationToken ct) => ExportAsync(id, db, audit, tables, csv: true, ct))
            .RequirePermission(DisabilityPermissions.Roster)
            .WithName("DisabilityExportRosterCsv")
            .WithSummary("The approved roster for the bank as CSV (UTF-8 with BOM), with full ID numbers and accounts; the read is audited.");
        app.MapGet("/rosters/{id:guid}/export.xlsx", (Guid id, DisabilityDb db, IAuditTrail audit, ITableFiles tables, CancellationToken ct) => ExportAsync(id, db, audit, tables, csv: false, ct))
            .RequirePermission(DisabilityPermissions.Roster)
            .WithName("DisabilityExportRosterXlsx")
            .WithSummary("The approved roster for the bank as XLSX, with full ID numbers and accounts; the read is audited.");
        app.MapPost("/rosters/{id:guid}/bank-return", ImportReturnAsync).RequirePermission(DisabilityPermissions.Roster).DisableAntiforgery()
            .WithName("DisabilityImportBankReturn")
            .WithSummary("Marks lines paid or failed from the bank's return file (CSV or XLSX: 明细编号, 发放结果, 失败原因); failed months come back as arrears.");
        app.MapGet("/overpayments", OverpaymentsAsync).RequirePermission(DisabilityPermissions.Read)
            .WithName("DisabilityListOverpayments")
            .WithSummary("Months paid that are owed back, within the caller's scope, by place and month, paged on the server (sort: forMonth).");
        app.MapPost("/overpayments/{id:guid}/recovered", RecoveredAsync).RequirePermission(DisabilityPermissions.Roster)
            .WithName("DisabilityRecordRecovery")
            .WithSummary("Records that an overpayment was recovered (追回); once only.");
    }

    private static ProblemHttpResult? DistrictOnly(ICallerContext caller) =>
        Problems.DistrictOnly(caller, "发放名册由区民政部门办理。");

    private static async Task<Ok<Paged<RosterView>>> ListAsync([AsParameters] PageQuery paging, DisabilityDb db, CancellationToken cancellationToken)
    {
        // One roster per month (unique index): the month alone orders them totally.
        var ordered = paging.SortsBy("month") && !paging.Descending
            ? db.Rosters.AsNoTracking().OrderBy(r => r.Month)
            : db.Rosters.AsNoTracking().OrderByDescending(r => r.Month);
        var page = await ordered.ToPageAsync(paging, cancellationToken);
        var counts = await CountsAsync(db, page.Items.Select(r => r.Id).ToList(), cancellationToken);
        return TypedResults.Ok(page.Map(r => View(r, counts)));
    }

    private static async Task<Results<Ok<RosterView>, ProblemHttpResult, ValidationProblem>> GenerateAsync(
        GenerateRosterRequest request, RosterGenerator generator, DisabilityDb db, ICallerContext caller, CancellationToken cancellationToken)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        if (!PayMonth.TryParse(request.Month, out var month)) return Problems.Validation("month", "请按“2026-06”的格式填写发放月份");
        var result = await generator.GenerateAsync(month.Value, cancellationToken);
        if (result.Roster is null)
        {
            return result.Conflict ? Problems.Conflict(result.Problem!, "不能生成名册") : Problems.Validation("month", result.Problem!);
        }
        // A roster just written has no bank outcomes and its arrears were counted as written: no need to read its lines back.
        return TypedResults.Ok(result.ArrearsLines is { } arrears
            ? View(result.Roster, arrears, paid: 0, failed: 0)
            : await ViewAsync(db, result.Roster, cancellationToken));
    }

    private static async Task<Results<Ok<RosterView>, ProblemHttpResult>> GetAsync(Guid id, DisabilityDb db, CancellationToken cancellationToken) =>
        await db.Rosters.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } roster
            ? TypedResults.Ok(await ViewAsync(db, roster, cancellationToken))
            : NotFound();

    private static async Task<Results<Ok<Paged<RosterLineView>>, ProblemHttpResult, ValidationProblem>> LinesAsync(
        Guid id, string? outcome, [AsParameters] PageQuery paging, DisabilityDb db, ICallerContext caller, CancellationToken cancellationToken)
    {
        if (!await db.Rosters.AnyAsync(r => r.Id == id, cancellationToken)) return NotFound();
        var query = ScopedLines(db, caller).Where(l => l.RosterId == id);
        if (outcome is { Length: > 0 })
        {
            var wanted = Outcomes.FirstOrDefault(o => Code(o) == outcome);
            if (wanted == default) return Problems.Validation("outcome", "发放结果应为 pending、paid 或 failed");
            query = query.Where(l => l.Outcome == wanted);
        }
        var page = await InPrintOrder(query).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(LineView));
    }

    private static async Task<Results<Ok<RosterPrint>, ProblemHttpResult>> PrintAsync(Guid id, DisabilityDb db, ICallerContext caller, CancellationToken cancellationToken)
    {
        if (await db.Rosters.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } roster) return NotFound();
        // Every line: the printed roster is signed and sealed as the complete record of the month.
        var lines = await InPrintOrder(ScopedLines(db, caller).Where(l => l.RosterId == id)).ToListAsync(cancellationToken);
        var view = await ViewAsync(db, roster, cancellationToken);
        return TypedResults.Ok(new RosterPrint(view.Id, view.Month, view.Status, view.LineCount, view.Total, view.GeneratedBy, view.ApprovedBy,
            lines.Select(LineView).ToList()));
    }

    private static async Task<Results<Ok<RosterView>, ProblemHttpResult>> ApproveAsync(
        Guid id, int version, DisabilityDb db, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        if (await db.Rosters.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } roster) return NotFound();
        if (roster.Status == RosterStatus.Approved) return Problems.Conflict($"{new PayMonth(roster.Month)}名册已审批，不能再次审批。", "名册已审批");
        if (db.ExpectVersion(roster, version) is { } stale) return stale;
        if (!RosterRules.MayApprove(roster.GeneratedById, caller.Staff.Id)) return Problems.Forbidden("名册生成人不能审批自己生成的名册，请由另一名工作人员审批。");
        roster.Status = RosterStatus.Approved;
        roster.ApprovedById = caller.Staff.Id;
        roster.ApprovedByName = caller.Staff.Name;
        roster.ApprovedAt = clock.GetUtcNow();
        return TypedResults.Ok(await ViewAsync(db, roster, cancellationToken));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        Guid id, DisabilityDb db, IAuditTrail audit, ITableFiles tables, bool csv, CancellationToken cancellationToken)
    {
        if (await db.Rosters.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } roster) return NotFound();
        if (roster.Status != RosterStatus.Approved) return Problems.Conflict("名册审批后才能导出给银行。", "名册未审批");
        var lines = await InPrintOrder(db.RosterLines.AsNoTracking().Where(l => l.RosterId == id)).ToListAsync(cancellationToken);
        // The file carries full ID numbers and accounts: the export is a sensitive read.
        await audit.RecordSensitiveReadAsync(nameof(PaymentRoster), roster.Id.ToString(), csv ? "bank-export-csv" : "bank-export-xlsx", cancellationToken);
        var month = new PayMonth(roster.Month);
        return csv
            ? TypedResults.File(RosterFiles.Csv(lines), "text/csv; charset=utf-8", $"两项补贴发放名册-{month}.csv")
            : TypedResults.File(RosterFiles.Xlsx(tables, lines, month.ToString()), TableMediaTypes.Xlsx, $"两项补贴发放名册-{month}.xlsx");
    }

    private static async Task<Results<Ok<BankReturnResult>, ProblemHttpResult, ValidationProblem>> ImportReturnAsync(
        Guid id, IFormFile? file, DisabilityDb db, ITableFiles tables, ICallerContext caller, CancellationToken cancellationToken)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        if (file is null || file.Length == 0) return Problems.Validation("file", "请选择银行回盘文件（CSV或XLSX）");
        if (await db.Rosters.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } roster) return NotFound();
        if (roster.Status != RosterStatus.Approved) return Problems.Conflict("名册审批并发放后才能导入银行回盘。", "名册未审批");
        List<(int Row, Guid LineId, bool Paid, string? Reason)> rows;
        List<RowError> errors;
        try
        {
            using var table = await tables.OpenUploadAsync(file, cancellationToken);
            (rows, errors) = RosterFiles.ReadReturn(table);
        }
        catch (TableFileException e)
        {
            return Problems.Validation("file", e.Message);
        }
        var ids = rows.Select(r => r.LineId).ToList();
        var lines = await db.RosterLines.Where(l => l.RosterId == id && ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        int paid = 0, failed = 0;
        foreach (var row in rows)
        {
            if (!lines.TryGetValue(row.LineId, out var line))
            {
                errors.Add(new RowError(row.Row, "本名册中没有这条明细"));
                continue;
            }
            line.Outcome = row.Paid ? PaymentOutcome.Paid : PaymentOutcome.Failed;
            line.FailureReason = row.Paid ? null : row.Reason;
            if (row.Paid) paid++; else failed++;
        }
        return TypedResults.Ok(new BankReturnResult(paid, failed, errors.OrderBy(e => e.Row).ToList()));
    }

    private static async Task<Ok<Paged<OverpaymentView>>> OverpaymentsAsync(
        [AsParameters] PageQuery paging, DisabilityDb db, ICallerContext caller, CancellationToken cancellationToken)
    {
        var rows = db.Overpayments.AsNoTracking().WithinScope(caller)
            .Join(db.Applications, o => o.ApplicationId, a => a.Id, (o, a) => new { o, a.Name });
        // By place, then month, unless asked by month; the id makes the order total.
        var ordered = !paging.SortsBy("forMonth")
            ? rows.OrderBy(r => r.o.DivisionCode).ThenBy(r => r.o.ForMonth).ThenBy(r => r.o.Id)
            : paging.Descending
                ? rows.OrderByDescending(r => r.o.ForMonth).ThenBy(r => r.o.DivisionCode).ThenBy(r => r.o.Id)
                : rows.OrderBy(r => r.o.ForMonth).ThenBy(r => r.o.DivisionCode).ThenBy(r => r.o.Id);
        var page = await ordered.ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(r => new OverpaymentView(r.o.Id, r.o.ApplicationId, r.Name, r.o.DivisionCode, new PayMonth(r.o.ForMonth).ToString(),
            r.o.Amount, r.o.Reason, r.o.Recovered)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RecoveredAsync(Guid id, DisabilityDb db, ICallerContext caller, CancellationToken cancellationToken)
    {
        if (await db.Overpayments.WithinScope(caller).FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } overpayment)
        {
            return Problems.NotFound("没有这笔待追回款项。");
        }
        if (overpayment.Recovered) return Problems.Conflict("这笔款项已登记为追回。", "已追回");
        // The change itself is audited with who and when by the platform's interceptor.
        overpayment.Recovered = true;
        return TypedResults.NoContent();
    }

    // By place and person, as the town checks it and the bank pays it; the id makes the order total.
    private static IQueryable<RosterLine> InPrintOrder(IQueryable<RosterLine> lines) =>
        lines.OrderBy(l => l.DivisionCode).ThenBy(l => l.IdNumber).ThenBy(l => l.Kind).ThenBy(l => l.ForMonth).ThenBy(l => l.Id);

    private static IQueryable<RosterLine> ScopedLines(DisabilityDb db, ICallerContext caller) =>
        caller.Scope.Level == OrgLevel.District
            ? db.RosterLines.AsNoTracking()
            : db.RosterLines.AsNoTracking().Where(l => l.DivisionCode.StartsWith(caller.Scope.DivisionCode));

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这份发放名册。");

    private static readonly PaymentOutcome[] Outcomes = Enum.GetValues<PaymentOutcome>();

    internal static string Code(PaymentOutcome outcome) => outcome switch
    {
        PaymentOutcome.Pending => "pending",
        PaymentOutcome.Paid => "paid",
        _ => "failed",
    };

    internal static string Code(RosterStatus status) => status == RosterStatus.Draft ? "draft" : "approved";

    private static RosterLineView LineView(RosterLine l) => new(
        l.Id, l.ApplicationId, l.Name, Masking.Mask(l.IdNumber), l.DivisionCode, SubsidyKinds.Code(l.Kind), l.Grade,
        new PayMonth(l.ForMonth).ToString(), l.LineKind == LineKind.Regular ? "regular" : "arrears", l.Amount, l.BankName,
        Masking.Account(l.BankAccount), Code(l.Outcome), l.FailureReason);

    private sealed record LineCounts(int Arrears, int Paid, int Failed);

    private static async Task<Dictionary<Guid, LineCounts>> CountsAsync(DisabilityDb db, IReadOnlyList<Guid> rosterIds, CancellationToken cancellationToken)
    {
        var counts = await db.RosterLines.AsNoTracking().Where(l => rosterIds.Contains(l.RosterId))
            .GroupBy(l => new { l.RosterId, l.Outcome, l.LineKind }).Select(g => new { g.Key.RosterId, g.Key.Outcome, g.Key.LineKind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.GroupBy(c => c.RosterId).ToDictionary(g => g.Key, g => new LineCounts(
            g.Where(c => c.LineKind == LineKind.Arrears).Sum(c => c.Count),
            g.Where(c => c.Outcome == PaymentOutcome.Paid).Sum(c => c.Count),
            g.Where(c => c.Outcome == PaymentOutcome.Failed).Sum(c => c.Count)));
    }

    private static async Task<RosterView> ViewAsync(DisabilityDb db, PaymentRoster r, CancellationToken cancellationToken) =>
        View(r, await CountsAsync(db, [r.Id], cancellationToken));

    private static RosterView View(PaymentRoster r, Dictionary<Guid, LineCounts> counts) =>
        counts.TryGetValue(r.Id, out var c) ? View(r, c.Arrears, c.Paid, c.Failed) : View(r, 0, 0, 0);

    private static RosterView View(PaymentRoster r, int arrears, int paid, int failed) =>
        new(r.Id, new PayMonth(r.Month).ToString(), Code(r.Status), r.LineCount, r.Total, arrears, r.GeneratedByName, r.GeneratedAt,
            r.ApprovedByName, r.ApprovedAt, paid, failed, r.Version);
}
