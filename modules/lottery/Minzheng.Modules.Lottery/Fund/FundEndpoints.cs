using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Lottery.Fund;

/// <summary>
/// 公益金 ledger, under <c>/api/lottery/fund</c>: receipts, projects, allocations, disbursements, returns and reversals.
/// Posting is the district's; no route edits or deletes a movement (a reversal names the one it undoes, once).
/// </summary>
public sealed class FundEndpoints : ICarterModule
{
    private static readonly string[] ExportHeader = ["日期", "类型", "来源", "项目", "金额（元）", "摘要", "开奖日期", "冲销的记录", "经办人"];

    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/fund", SummaryAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryFundSummary").WithSummary("The fund's unallocated balance, what projects hold, this year's receipts.");
        app.MapGet("/fund/movements", MovementsAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryFundMovements").WithSummary("The ledger's movements in the caller's scope, latest first, by year, kind or project; paged on the server.");
        app.MapGet("/fund/movements.xlsx", ExportAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryFundMovementsExport").WithSummary("The same movements, every row, as an XLSX workbook.");
        app.MapPost("/fund/receipts", ReceiveAsync).RequirePermission(LotteryPermissions.Fund)
            .WithName("LotteryFundReceive").WithSummary("Posts a receipt into the fund (上级下达, 本级留成, unclaimed prizes 60 days after the draw or later, other).");
        app.MapPost("/fund/movements/{id:guid}/reverse", ReverseAsync).RequirePermission(LotteryPermissions.Fund)
            .WithName("LotteryFundReverse").WithSummary("Reverses a movement by a new one naming it (once; refused if a balance would go below zero).");
        app.MapGet("/fund/projects", ProjectsAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryFundProjects").WithSummary("公益金资助项目 in the caller's scope, by year; paged on the server.");
        app.MapGet("/fund/projects/{id:guid}", ProjectAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryFundProject").WithSummary("One project: its recipient, balance, movements and funding-mark photos.");
        app.MapGet("/fund/projects/{id:guid}/movements", (Guid id, [AsParameters] PageQuery paging, LotteryDb db, ICallerContext caller, CancellationToken ct) =>
                MovementsAsync(null, null, id, paging, db, caller, ct)).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryFundProjectMovements").WithSummary("One project's movements, latest first; paged on the server.");
        app.MapPost("/fund/projects", AddProjectAsync).RequirePermission(LotteryPermissions.Fund)
            .WithName("LotteryFundAddProject").WithSummary("Registers a project (recipient: an organisation with its credit code, or a unit).");
        app.MapPost("/fund/projects/{id:guid}/allocate/{version:int}", AllocateAsync).RequirePermission(LotteryPermissions.Fund)
            .WithName("LotteryFundAllocate").WithSummary("拨付: from the fund to the project; refused beyond the fund's balance or while the recipient is on a credit list.");
        app.MapPost("/fund/projects/{id:guid}/disburse/{version:int}", DisburseAsync).RequirePermission(LotteryPermissions.Fund)
            .WithName("LotteryFundDisburse").WithSummary("支出: from the project to its recipient; refused beyond the project's balance.");
        app.MapPost("/fund/projects/{id:guid}/return/{version:int}", ReturnAsync).RequirePermission(LotteryPermissions.Fund)
            .WithName("LotteryFundReturn").WithSummary("缴回: the project's unused money back to the fund.");
        app.MapPost("/fund/projects/{id:guid}/evidence", UploadAsync).RequirePermission(LotteryPermissions.Fund).DisableAntiforgery()
            .WithName("LotteryFundUploadEvidence").WithSummary("Uploads a 公益金标识 photo (JPEG or PNG, at most 5 MB) of the project.");
        app.MapGet("/fund/projects/{id:guid}/evidence/{evidenceId:guid}", PhotoAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryFundEvidencePhoto").WithSummary("One funding-mark photo of a project.");
    }

    private static async Task<Ok<FundSummary>> SummaryAsync(LotteryDb db, TimeProvider clock, CancellationToken ct)
    {
        var account = await db.FundAccounts.AsNoTracking().SingleAsync(ct);
        var held = await db.FundProjects.SumAsync(p => p.Balance, ct);
        var year = clock.BeijingToday().Year;
        var raised = await FundFigures.RaisedAsync(db, year, year, ct);
        return TypedResults.Ok(new FundSummary(account.Balance / 100m, held / 100m, raised / 100m, account.Version));
    }

    private static async Task<Results<Ok<Paged<MovementRow>>, ValidationProblem>> MovementsAsync(int? year, string? kind, Guid? projectId, [AsParameters] PageQuery paging,
        LotteryDb db, ICallerContext caller, CancellationToken ct)
    {
        if (Filter(db, caller, year, kind, projectId) is not { } query) return Problems.Validation("kind", "类型应为 receipt、allocation、disbursement、return 或 reversal");
        var page = await query.OrderByDescending(m => m.OccurredOn).ThenByDescending(m => m.PostedAt).ThenBy(m => m.Id).ToPageAsync(paging, ct);
        var rows = await RowsAsync(db, page.Items, ct);
        return TypedResults.Ok(page.Map(m => rows[m.Id]));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(int? year, string? kind, Guid? projectId, LotteryDb db, ICallerContext caller,
        ITableFiles tables, CancellationToken ct)
    {
        if (Filter(db, caller, year, kind, projectId) is not { } query) return Problems.Validation("kind", "类型应为 receipt、allocation、disbursement、return 或 reversal");
        var movements = await query.OrderBy(m => m.OccurredOn).ThenBy(m => m.PostedAt).ToListAsync(ct);
        var rows = await RowsAsync(db, movements, ct);
        var cells = movements.Select(m => rows[m.Id]).Select(r => (IReadOnlyList<object?>)
            [r.OccurredOn.ToString("yyyy-MM-dd"), r.KindText, r.SourceText, r.ProjectName, r.Amount, r.Note, r.DrawDate?.ToString("yyyy-MM-dd"), r.ReversesId?.ToString(), r.StaffName]);
        return TypedResults.File(tables.WriteXlsx("公益金收支", ExportHeader, cells), TableMediaTypes.Xlsx, $"公益金收支明细{(year is { } y ? "-" + y : "")}.xlsx");
    }

    private static async Task<Results<Created<MovementRow>, ProblemHttpResult, ValidationProblem>> ReceiveAsync(ReceiptRequest request, LotteryDb db, ICallerContext caller,
        FundPosting posting, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var source = FundRules.ParseSource(request.Source);
        if (source is null) errors.Add("source", "请选择收入来源：上级下达、本级留成、逾期未兑奖奖金或其他收入");
        var amount = FundRules.Fen(request.Amount);
        if (amount is null) errors.Add("amount", "金额应大于0，最多两位小数");
        var on = request.ReceivedOn ?? today;
        if (on > today) errors.Add("receivedOn", "到账日期不能晚于今天");
        var note = errors.Text("note", request.Note, "摘要", 200, required: false);
        if (source == ReceiptSource.UnclaimedPrizes)
        {
            if (request.DrawDate is not { } draw)
            {
                errors.Add("drawDate", "逾期未兑奖奖金须填写开奖日期");
            }
            else if (!FundRules.ClaimPeriodOver(draw, on))
            {
                errors.Add("drawDate", $"开奖后{FundRules.ClaimDays}日兑奖期未满（{draw.AddDays(FundRules.ClaimDays):yyyy-MM-dd}起方可转入公益金）");
            }
        }
        if (errors.HasErrors) return errors.ToProblem();
        var movement = new FundMovement
        {
            Kind = MovementKind.Receipt, Source = source, Amount = amount!.Value, OccurredOn = on, Note = note,
            DrawDate = source == ReceiptSource.UnclaimedPrizes ? request.DrawDate : null,
        };
        if (await posting.PostAsync(movement, null, ct) is { } refused) return refused;
        return TypedResults.Created($"/api/lottery/fund/movements/{movement.Id}", (await RowsAsync(db, [movement], ct))[movement.Id]);
    }

    private static async Task<Results<Created<MovementRow>, ProblemHttpResult, ValidationProblem>> ReverseAsync(Guid id, ReversalRequest? request, LotteryDb db,
        ICallerContext caller, FundPosting posting, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, "冲销原因", 200);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.FundMovements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is not { } original) return Problems.NotFound("没有这笔收支记录。");
        if (original.Kind == MovementKind.Reversal) return Problems.Conflict("冲销记录不能再冲销；如有错误，请重新登记正确的收支。", "不能冲销");
        // Checked here for a clear message; the unique index on ReversesId refuses the second of two racing reversals.
        if (await db.FundMovements.AnyAsync(m => m.ReversesId == id, ct)) return Problems.Conflict("这笔记录已冲销过，不能重复冲销。", "已冲销");
        var project = original.ProjectId is { } projectId ? await db.FundProjects.FirstAsync(p => p.Id == projectId, ct) : null;
        var reversal = new FundMovement
        {
            Kind = MovementKind.Reversal, ReversesId = original.Id, ReversedKind = original.Kind, Source = original.Source, ProjectId = original.ProjectId,
            Amount = original.Amount, OccurredOn = clock.BeijingToday(), Note = reason,
        };
        if (await posting.PostAsync(reversal, project, ct) is { } refused) return refused;
        return TypedResults.Created($"/api/lottery/fund/movements/{reversal.Id}", (await RowsAsync(db, [reversal], ct))[reversal.Id]);
    }

    private static async Task<Ok<Paged<ProjectRow>>> ProjectsAsync(int? year, [AsParameters] PageQuery paging, LotteryDb db, ICallerContext caller, CancellationToken ct)
    {
        var query = db.FundProjects.AsNoTracking().WithinScope(caller);
        if (year is { } y) query = query.Where(p => p.Year == y);
        var page = await query.OrderByDescending(p => p.Year).ThenBy(p => p.Name).ThenBy(p => p.Id).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(p => new ProjectRow(p.Id, p.Name, p.RecipientName, p.DivisionCode, p.Year, p.Balance / 100m, p.Version)));
    }

    private static async Task<Results<Ok<ProjectView>, ProblemHttpResult>> ProjectAsync(Guid id, LotteryDb db, ICallerContext caller, CancellationToken ct) =>
        await db.FundProjects.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(p => p.Id == id, ct) is { } project
            ? TypedResults.Ok(await ViewAsync(db, project, ct))
            : NotFound();

    private static async Task<Results<Created<ProjectView>, ProblemHttpResult, ValidationProblem>> AddProjectAsync(ProjectRequest request, LotteryDb db,
        ICallerContext caller, IDivisionNames divisions, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, "项目名称", 100);
        var recipient = errors.Text("recipientName", request.RecipientName, "承接单位", 100);
        string? code = null;
        if (!string.IsNullOrWhiteSpace(request.RecipientCreditCode))
        {
            if (CreditCode.TryParse(request.RecipientCreditCode, out var parsed, out var error)) code = parsed.Value.Value;
            else errors.Add("recipientCreditCode", error!);
        }
        var purpose = errors.Text("purpose", request.Purpose, "资助用途", 500);
        var district = caller.Scope.DivisionCode[..6];
        var division = string.IsNullOrWhiteSpace(request.DivisionCode)
            ? district
            : errors.Division("divisionCode", request.DivisionCode, "所在镇街", divisions, caller.Scope, townAllowed: true);
        var year = request.Year ?? today.Year;
        if (year < 2000 || year > today.Year + 1) errors.Add("year", $"项目年度应在2000至{today.Year + 1}年之间");
        if (errors.HasErrors) return errors.ToProblem();
        var project = new FundProject
        {
            Id = Guid.NewGuid(), Name = name, RecipientName = recipient, RecipientCreditCode = code, Purpose = purpose, DivisionCode = division, Year = year,
            CreatedAt = clock.GetUtcNow(),
        };
        db.FundProjects.Add(project);
        return TypedResults.Created($"/api/lottery/fund/projects/{project.Id}", await ViewAsync(db, project, ct));
    }

    private static Task<Results<Ok<ProjectView>, ProblemHttpResult, ValidationProblem>> AllocateAsync(Guid id, int version, MovementRequest request, LotteryDb db,
        ICallerContext caller, FundPosting posting, TimeProvider clock, CancellationToken ct) =>
        MoveAsync(id, version, request, MovementKind.Allocation, db, caller, posting, clock, ct);

    private static Task<Results<Ok<ProjectView>, ProblemHttpResult, ValidationProblem>> DisburseAsync(Guid id, int version, MovementRequest request, LotteryDb db,
        ICallerContext caller, FundPosting posting, TimeProvider clock, CancellationToken ct) =>
        MoveAsync(id, version, request, MovementKind.Disbursement, db, caller, posting, clock, ct);

    private static Task<Results<Ok<ProjectView>, ProblemHttpResult, ValidationProblem>> ReturnAsync(Guid id, int version, MovementRequest request, LotteryDb db,
        ICallerContext caller, FundPosting posting, TimeProvider clock, CancellationToken ct) =>
        MoveAsync(id, version, request, MovementKind.Return, db, caller, posting, clock, ct);

    private static async Task<Results<Ok<ProjectView>, ProblemHttpResult, ValidationProblem>> MoveAsync(Guid id, int version, MovementRequest request,
        MovementKind kind, LotteryDb db, ICallerContext caller, FundPosting posting, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var amount = FundRules.Fen(request.Amount);
        if (amount is null) errors.Add("amount", "金额应大于0，最多两位小数");
        var on = request.OccurredOn ?? today;
        if (on > today) errors.Add("occurredOn", "日期不能晚于今天");
        var note = errors.Text("note", request.Note, "摘要", 200, required: false);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.FundProjects.FirstOrDefaultAsync(p => p.Id == id, ct) is not { } project) return NotFound();
        if (db.ExpectVersion(project, version) is { } stale) return stale;
        if (kind == MovementKind.Allocation && project.RecipientCreditCode is { } code
            && await db.ListedOrganisations.AsNoTracking().Where(l => l.CreditCode == code && l.RemovedOn == null).OrderBy(l => l.EnteredOn).FirstOrDefaultAsync(ct) is { } listed)
        {
            return Problems.Conflict($"承接单位已于{listed.EnteredOn:yyyy-MM-dd}列入{ListedOrganisation.ListName(listed.List)}（{listed.Cause}），不得拨付公益金。", "承接单位在信用名录中");
        }
        var movement = new FundMovement { Kind = kind, ProjectId = project.Id, Amount = amount!.Value, OccurredOn = on, Note = note };
        if (await posting.PostAsync(movement, project, ct) is { } refused) return refused;
        return TypedResults.Ok(await ViewAsync(db, project, ct, movement));
    }

    private static async Task<Results<Created<EvidenceRow>, ProblemHttpResult, ValidationProblem>> UploadAsync(Guid id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? note,
        LotteryDb db, ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var text = errors.Text("note", note, "说明", 200, required: false);
        var photo = await Uploads.ReadAsync(errors, "file", file, UploadRules.Photos, ct);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.FundProjects.AsNoTracking().AnyAsync(p => p.Id == id, ct) is false) return NotFound();
        var evidence = new ProjectEvidence
        {
            Id = Guid.NewGuid(), ProjectId = id, FileName = photo!.FileName, ContentType = photo.ContentType,
            Content = photo.Content, Note = text, UploadedAt = clock.GetUtcNow(), StaffName = caller.Staff.Name,
        };
        db.ProjectEvidence.Add(evidence);
        return TypedResults.Created(EvidenceUrl(evidence), Evidence(evidence));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PhotoAsync(Guid id, Guid evidenceId, LotteryDb db, ICallerContext caller, CancellationToken ct)
    {
        if (!await db.FundProjects.AsNoTracking().WithinScope(caller).AnyAsync(p => p.Id == id, ct)) return NotFound();
        return await db.ProjectEvidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId && e.ProjectId == id, ct) is { } e
            ? TypedResults.File(e.Content, e.ContentType, e.FileName)
            : Problems.NotFound("没有这张照片。");
    }

    private static IQueryable<FundMovement>? Filter(LotteryDb db, ICallerContext caller, int? year, string? kind, Guid? projectId)
    {
        var query = db.FundMovements.AsNoTracking().WithinScope(caller);
        if (year is { } y) query = query.Where(m => m.Year == y);
        if (!string.IsNullOrEmpty(kind))
        {
            if (FundRules.ParseKind(kind) is not { } k) return null;
            query = query.Where(m => m.Kind == k);
        }
        if (projectId is { } p) query = query.Where(m => m.ProjectId == p);
        return query;
    }

    private static async Task<Dictionary<Guid, MovementRow>> RowsAsync(LotteryDb db, IReadOnlyCollection<FundMovement> movements, CancellationToken ct)
    {
        var ids = movements.Select(m => m.Id).ToList();
        var projectIds = movements.Where(m => m.ProjectId != null).Select(m => m.ProjectId!.Value).Distinct().ToList();
        var names = await db.FundProjects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        foreach (var local in db.FundProjects.Local.Where(p => projectIds.Contains(p.Id))) names[local.Id] = local.Name;
        var reversals = await db.FundMovements.AsNoTracking().Where(m => m.ReversesId != null && ids.Contains(m.ReversesId.Value))
            .ToDictionaryAsync(m => m.ReversesId!.Value, m => m.Id, ct);
        return movements.ToDictionary(m => m.Id, m => new MovementRow(m.Id, FundRules.Code(m.Kind),
            m.Kind == MovementKind.Reversal && m.ReversedKind is { } r ? $"冲销（{FundRules.Label(r)}）" : FundRules.Label(m.Kind),
            m.Source is { } s ? FundRules.Code(s) : null, m.Source is { } t ? FundRules.Label(t) : null,
            m.ProjectId, m.ProjectId is { } p ? names.GetValueOrDefault(p) : null, m.Amount / 100m, m.OccurredOn, m.DrawDate, m.Note, m.ReversesId,
            reversals.TryGetValue(m.Id, out var by) ? by : null, m.StaffName, m.PostedAt));
    }

    private static async Task<ProjectView> ViewAsync(LotteryDb db, FundProject project, CancellationToken ct, FundMovement? unsaved = null)
    {
        var movements = await db.FundMovements.AsNoTracking().Where(m => m.ProjectId == project.Id).ToListAsync(ct);
        if (unsaved is not null) movements.Add(unsaved);
        movements = [.. movements.OrderByDescending(m => m.OccurredOn).ThenByDescending(m => m.PostedAt)];
        var rows = await RowsAsync(db, movements, ct);
        long Sum(MovementKind kind) => movements.Sum(m => m.Kind == kind ? m.Amount : m.Kind == MovementKind.Reversal && m.ReversedKind == kind ? -m.Amount : 0);
        var evidence = await db.ProjectEvidence.AsNoTracking().Where(e => e.ProjectId == project.Id).OrderBy(e => e.UploadedAt)
            .Select(e => new ProjectEvidence { Id = e.Id, ProjectId = e.ProjectId, FileName = e.FileName, Note = e.Note, UploadedAt = e.UploadedAt, StaffName = e.StaffName })
            .ToListAsync(ct);
        var listing = "未核查（非社会组织）";
        if (project.RecipientCreditCode is { } code)
        {
            var lists = await db.ListedOrganisations.AsNoTracking().Where(l => l.CreditCode == code && l.RemovedOn == null).Select(l => l.List).ToListAsync(ct);
            listing = lists.Count == 0 ? "未列入信用名录" : "已列入" + string.Join("、", lists.Distinct().Select(ListedOrganisation.ListName));
        }
        return new ProjectView(project.Id, project.Name, project.RecipientName, project.RecipientCreditCode, project.Purpose, project.DivisionCode, project.Year,
            project.Balance / 100m, Sum(MovementKind.Allocation) / 100m, Sum(MovementKind.Disbursement) / 100m, Sum(MovementKind.Return) / 100m, listing, project.Version,
            [.. movements.Select(m => rows[m.Id])], [.. evidence.Select(Evidence)]);
    }

    private static EvidenceRow Evidence(ProjectEvidence e) => new(e.Id, e.FileName, e.Note, e.UploadedAt, e.StaffName, EvidenceUrl(e));

    private static string EvidenceUrl(ProjectEvidence e) => $"/api/lottery/fund/projects/{e.ProjectId}/evidence/{e.Id}";

    private static ProblemHttpResult? DistrictOnly(ICallerContext caller) =>
        Problems.DistrictOnly(caller, "公益金的收支由区民政局登记。");

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这个公益金资助项目，或它不在您的辖区内。");
}
