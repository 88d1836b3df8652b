using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Modules.Lottery.Outlets;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Lottery.Inspections;

/// <summary>
/// 检查, under <c>/api/lottery/</c>: the checklist, an inspection of an outlet in the caller's scope (a town's clerk
/// inspects the town's outlets), its findings each citing a clause, photos, a deadline to correct and the re-inspection;
/// corrections past their deadline listed.
/// </summary>
public sealed class InspectionEndpoints : ICarterModule
{

    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/checklist", (InspectionOptions options) => TypedResults.Ok(options.Checklist.Select(c => new ClauseView(c.Id, c.Text)).ToArray()))
            .RequirePermission(LotteryPermissions.Read).WithName("LotteryChecklist").WithSummary("The configured inspection checklist: each clause's id and text.");
        app.MapGet("/inspections", ListAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryListInspections").WithSummary("Inspections in the caller's scope (outletId; status: clean|correcting|rechecked; overdue: true for corrections past the deadline); paged.");
        app.MapGet("/inspections/{id:guid}", GetAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryGetInspection").WithSummary("One inspection with its findings.");
        app.MapPost("/outlets/{id:guid}/inspections", InspectAsync).RequirePermission(LotteryPermissions.Inspect)
            .WithName("LotteryInspectOutlet").WithSummary("检查 an open outlet in the caller's scope on a day by named inspectors.");
        app.MapPost("/inspections/{id:guid}/findings/{version:int}", FindAsync).RequirePermission(LotteryPermissions.Inspect)
            .WithName("LotteryAddFinding").WithSummary("Records a finding citing a checklist clause, with the deadline to correct; before the re-inspection only.");
        app.MapPost("/inspections/{id:guid}/recheck/{version:int}", RecheckAsync).RequirePermission(LotteryPermissions.Inspect)
            .WithName("LotteryRecheckInspection").WithSummary("复查: not before the inspection; closes every finding as corrected or not corrected.");
        app.MapGet("/inspections/{id:guid}/photos", PhotosAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryListInspectionPhotos").WithSummary("The photos of an inspection (their facts; each file by its own route).");
        app.MapGet("/inspections/{id:guid}/photos/{photoId:guid}", PhotoAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryGetInspectionPhoto").WithSummary("One photo's file.");
        app.MapPost("/inspections/{id:guid}/photos", UploadAsync).RequirePermission(LotteryPermissions.Inspect).DisableAntiforgery()
            .WithName("LotteryUploadInspectionPhoto").WithSummary("Uploads a photo (JPEG or PNG, at most 5 MB) taken at the inspection.");
    }

    private static async Task<Ok<Paged<InspectionView>>> ListAsync(Guid? outletId, string? status, bool? overdue, [AsParameters] PageQuery paging, LotteryDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.BeijingToday();
        var query = db.Inspections.AsNoTracking().WithinScope(caller).Include(i => i.Findings).AsQueryable();
        if (outletId is { } outlet) query = query.Where(i => i.OutletId == outlet);
        if (Enum.GetValues<InspectionStatus>().FirstOrDefault(s => InspectionRules.Code(s) == status) is var wanted && wanted != default) query = query.Where(i => i.Status == wanted);
        if (overdue == true) query = Overdue(query, today);
        var page = await query.OrderByDescending(i => i.InspectedOn).ThenBy(i => i.Id)
            .Join(db.Outlets, i => i.OutletId, o => o.Id, (i, o) => new { Inspection = i, o.Name }).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(x => InspectionView.Of(x.Inspection, x.Name, today)));
    }

    /// <summary>The inspections whose correction is past its deadline without a re-inspection (also the work item's count).</summary>
    internal static IQueryable<Inspection> Overdue(IQueryable<Inspection> query, DateOnly today) =>
        query.Where(i => i.Status == InspectionStatus.Correcting && i.CorrectBy < today);

    private static async Task<Results<Ok<InspectionView>, ProblemHttpResult>> GetAsync(Guid id, LotteryDb db, ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        if (await LoadAsync(db, caller, id, ct) is not { } inspection) return NotFound();
        return TypedResults.Ok(await ViewAsync(db, inspection, clock, ct));
    }

    private static async Task<Results<Created<InspectionView>, ProblemHttpResult, ValidationProblem>> InspectAsync(Guid id, NewInspection request, LotteryDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = clock.BeijingToday();
        if (request.InspectedOn is not { } inspectedOn) errors.Add("inspectedOn", "请填写检查日期");
        else if (inspectedOn > today) errors.Add("inspectedOn", "检查日期不能晚于今天");
        var inspectors = errors.Text("inspectors", request.Inspectors, "检查人员", 200);
        var notes = errors.Text("notes", request.Notes, "检查情况", 2000, required: false);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.Outlets.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(o => o.Id == id, ct) is not { } outlet)
        {
            return Problems.NotFound("没有这个销售网点，或它不在您的辖区内。");
        }
        if (outlet.Status != OutletStatus.Open) return Problems.Conflict("只有营业中的网点可以检查。", "网点未营业");
        var inspection = new Inspection
        {
            Id = Guid.NewGuid(), OutletId = id, DivisionCode = outlet.DivisionCode, InspectedOn = request.InspectedOn!.Value, Inspectors = inspectors,
            Notes = notes.Length > 0 ? notes : null, Status = InspectionStatus.Clean, RecordedBy = caller.Staff.Name,
        };
        db.Inspections.Add(inspection);
        OutletHistory.Record(db, id, caller, clock, "检查", $"{inspection.InspectedOn:yyyy-MM-dd}，{inspectors}");
        return TypedResults.Created($"/api/lottery/inspections/{inspection.Id}", InspectionView.Of(inspection, outlet.Name, today));
    }

    private static async Task<Results<Ok<InspectionView>, ProblemHttpResult, ValidationProblem>> FindAsync(Guid id, int version, NewFinding request, LotteryDb db,
        ICallerContext caller, InspectionOptions options, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var clause = options.Clause(request.Clause);
        if (clause is null) errors.Add("clause", string.IsNullOrWhiteSpace(request.Clause) ? "请选择违反的检查条款" : $"检查清单中没有条款“{request.Clause}”");
        var note = errors.Text("note", request.Note, "问题情况", 1000);
        if (errors.HasErrors) return errors.ToProblem();
        if (await LoadAsync(db, caller, id, ct) is not { } inspection) return NotFound();
        if (db.ExpectVersion(inspection, version) is { } stale) return stale;
        if (inspection.Status == InspectionStatus.Rechecked) return Problems.Conflict("已复查的检查不能再记录问题，请另行检查。", "已复查");
        var correctBy = request.CorrectBy ?? inspection.CorrectBy;
        if (correctBy is null) return Problems.Validation("correctBy", "请填写整改期限");
        if (correctBy < inspection.InspectedOn) return Problems.Validation("correctBy", "整改期限不能早于检查日期");
        inspection.CorrectBy = correctBy;
        inspection.Status = InspectionStatus.Correcting;
        // Added to the set: EF takes a finding with its key set, reached only through a tracked inspection's navigation, for an existing row.
        var finding = new Finding { Id = Guid.NewGuid(), InspectionId = id, Number = inspection.Findings.Count + 1, ClauseId = clause!.Id, ClauseText = clause.Text, Note = note };
        db.Findings.Add(finding);
        OutletHistory.Record(db, inspection.OutletId, caller, clock, "检查发现问题", $"违反“{clause.Text}”：{note}；整改期限{correctBy:yyyy-MM-dd}");
        return TypedResults.Ok(await ViewAsync(db, inspection, clock, ct));
    }

    private static async Task<Results<Ok<InspectionView>, ProblemHttpResult, ValidationProblem>> RecheckAsync(Guid id, int version, Recheck request, LotteryDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        if (request.RecheckedOn is not { } recheckedOn) return Problems.Validation("recheckedOn", "请填写复查日期");
        if (await LoadAsync(db, caller, id, ct) is not { } inspection) return NotFound();
        if (InspectionRules.RecheckProblem(inspection, recheckedOn, clock.BeijingToday()) is { } problem) return Problems.Validation("recheckedOn", problem);
        var corrected = request.Corrected ?? [];
        if (corrected.FirstOrDefault(c => inspection.Findings.All(f => f.Id != c)) is var unknown && unknown != Guid.Empty)
        {
            return Problems.Validation("corrected", $"该检查没有编号为 {unknown} 的问题");
        }
        if (db.ExpectVersion(inspection, version) is { } stale) return stale;
        if (inspection.Status != InspectionStatus.Correcting) return Problems.Conflict("只有待整改的检查可以复查。", "无需复查");
        foreach (var finding in inspection.Findings)
        {
            finding.Outcome = request.CorrectedAll == true || corrected.Contains(finding.Id) ? FindingOutcome.Corrected : FindingOutcome.NotCorrected;
        }
        inspection.RecheckedOn = recheckedOn;
        inspection.Status = InspectionStatus.Rechecked;
        var left = inspection.Findings.Count(f => f.Outcome == FindingOutcome.NotCorrected);
        OutletHistory.Record(db, inspection.OutletId, caller, clock, "复查", left == 0 ? "问题均已整改" : $"{left}项问题未整改");
        return TypedResults.Ok(await ViewAsync(db, inspection, clock, ct));
    }

    private static async Task<Results<Ok<PhotoView[]>, ProblemHttpResult>> PhotosAsync(Guid id, LotteryDb db, ICallerContext caller, CancellationToken ct)
    {
        if (!await db.Inspections.WithinScope(caller).AnyAsync(i => i.Id == id, ct)) return NotFound();
        var photos = await db.InspectionPhotos.AsNoTracking().Where(p => p.InspectionId == id).OrderBy(p => p.UploadedAt)
            .Select(p => new PhotoView(p.Id, p.InspectionId, p.FileName, p.ContentType, p.Content.Length, p.UploadedAt, p.UploadedBy)).ToArrayAsync(ct);
        return TypedResults.Ok(photos);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PhotoAsync(Guid id, Guid photoId, LotteryDb db, ICallerContext caller, CancellationToken ct)
    {
        if (!await db.Inspections.WithinScope(caller).AnyAsync(i => i.Id == id, ct)) return NotFound();
        if (await db.InspectionPhotos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId && p.InspectionId == id, ct) is not { } photo)
        {
            return Problems.NotFound("没有这张照片。");
        }
        return TypedResults.File(photo.Content, photo.ContentType, photo.FileName);
    }

    private static async Task<Results<Created<PhotoView>, ProblemHttpResult, ValidationProblem>> UploadAsync(Guid id, IFormFile? file, LotteryDb db, ICallerContext caller,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var upload = await Uploads.ReadAsync(errors, "file", file, UploadRules.Photos, ct);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.Inspections.WithinScope(caller).FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inspection) return NotFound();
        var photo = new InspectionPhoto
        {
            Id = Guid.NewGuid(), InspectionId = id, FileName = upload!.FileName,
            ContentType = upload.ContentType, Content = upload.Content, UploadedAt = clock.GetUtcNow(), UploadedBy = caller.Staff.Name,
        };
        db.InspectionPhotos.Add(photo);
        OutletHistory.Record(db, inspection.OutletId, caller, clock, "上传检查照片", photo.FileName);
        return TypedResults.Created($"/api/lottery/inspections/{id}/photos/{photo.Id}",
            new PhotoView(photo.Id, id, photo.FileName, photo.ContentType, photo.Content.Length, photo.UploadedAt, photo.UploadedBy));
    }

    private static async Task<InspectionView> ViewAsync(LotteryDb db, Inspection inspection, TimeProvider clock, CancellationToken ct)
    {
        var name = await db.Outlets.Where(o => o.Id == inspection.OutletId).Select(o => o.Name).FirstAsync(ct);
        return InspectionView.Of(inspection, name, clock.BeijingToday());
    }

    private static Task<Inspection?> LoadAsync(LotteryDb db, ICallerContext caller, Guid id, CancellationToken ct) =>
        db.Inspections.WithinScope(caller).Include(i => i.Findings).FirstOrDefaultAsync(i => i.Id == id, ct);

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这次检查，或它不在您的辖区内。");
}
