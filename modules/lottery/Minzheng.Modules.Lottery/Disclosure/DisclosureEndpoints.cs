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

namespace Minzheng.Modules.Lottery.Disclosure;

/// <summary>
/// 公益金使用情况公告, under <c>/api/lottery/disclosures</c>: drafted from the ledger for a year, reviewed, published
/// (then frozen); a correction is a new edition superseding the published one. Printable (the shell's A4 page) and XLSX.
/// </summary>
public sealed class DisclosureEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/disclosures", ListAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryListDisclosures").WithSummary("The yearly disclosures, every edition, latest year first; paged on the server.");
        app.MapGet("/disclosures/{id:guid}", GetAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryGetDisclosure").WithSummary("One disclosure with its figures (a draft's as last computed, a published one's as frozen).");
        app.MapGet("/disclosures/{id:guid}.xlsx", ExportAsync).RequirePermission(LotteryPermissions.Read)
            .WithName("LotteryExportDisclosure").WithSummary("One disclosure as an XLSX workbook: by source, then by project.");
        app.MapPost("/disclosures", DraftAsync).RequirePermission(LotteryPermissions.Disclose)
            .WithName("LotteryDraftDisclosure").WithSummary("Drafts a past year's disclosure from the ledger; after publication, a correction edition.");
        app.MapPost("/disclosures/{id:guid}/refresh/{version:int}", RefreshAsync).RequirePermission(LotteryPermissions.Disclose)
            .WithName("LotteryRefreshDisclosure").WithSummary("Recomputes a draft's figures from the ledger (a published edition never changes).");
        app.MapPost("/disclosures/{id:guid}/publish/{version:int}", PublishAsync).RequirePermission(LotteryPermissions.Disclose)
            .WithName("LotteryPublishDisclosure").WithSummary("Publishes a draft: its figures are computed once more and frozen; an edition it corrects is marked superseded.");
    }

    private static async Task<Ok<Paged<DisclosureRow>>> ListAsync([AsParameters] PageQuery paging, LotteryDb db, CancellationToken ct)
    {
        var page = await db.FundDisclosures.AsNoTracking().OrderByDescending(d => d.Year).ThenByDescending(d => d.Edition).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(d => new DisclosureRow(d.Id, d.Year, d.Edition, DisclosureRules.Code(d.Status), d.Figures.Raised / 100m,
            d.Figures.Allocated / 100m, d.Figures.Used / 100m, d.PublishedOn, d.Version)));
    }

    private static async Task<Results<Ok<DisclosureView>, ProblemHttpResult>> GetAsync(Guid id, LotteryDb db, CancellationToken ct) =>
        await db.FundDisclosures.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) is { } d ? TypedResults.Ok(DisclosureView.Of(d)) : NotFound();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(Guid id, LotteryDb db, ITableFiles tables, CancellationToken ct)
    {
        if (await db.FundDisclosures.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) is not { } d) return NotFound();
        var v = DisclosureView.Of(d);
        var rows = new List<IReadOnlyList<object?>> { (object?[])["筹集", "合计", "", "", v.Raised, null, null] };
        rows.AddRange(v.BySource.Select(s => (IReadOnlyList<object?>)["筹集", s.Label, "", "", s.Amount, null, null]));
        rows.AddRange(v.Projects.Select(p => (IReadOnlyList<object?>)["项目", p.Name, p.RecipientName, p.Area, p.Allocated, p.Used, p.Returned]));
        rows.Add(["合计", "", "", "", null, v.Used, v.Returned]);
        rows.Add(["年末未拨付余额", "", "", "", v.FundBalanceAtYearEnd, null, null]);
        return TypedResults.File(tables.WriteXlsx($"{d.Year}年度公益金", ["类别", "来源或项目", "承接单位", "地区", "筹集或拨付（元）", "使用（元）", "缴回（元）"], rows),
            TableMediaTypes.Xlsx, $"{v.Title}.xlsx");
    }

    private static async Task<Results<Created<DisclosureView>, ProblemHttpResult, ValidationProblem>> DraftAsync(DraftRequest request, LotteryDb db, ICallerContext caller,
        IDivisionNames names, TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var note = errors.Text("note", request.Note, "说明", 500, required: false);
        if (request.Year is not { } year || year < 2000 || year >= today.Year) errors.Add("year", "请填写已结束的年度");
        if (errors.HasErrors) return errors.ToProblem();
        var editions = await db.FundDisclosures.Where(d => d.Year == request.Year).ToListAsync(ct);
        if (editions.Any(d => d.Status == DisclosureStatus.Draft)) return Problems.Conflict($"{request.Year}年度已有公告草稿，请在草稿上审核发布。", "已有草稿");
        var published = editions.FirstOrDefault(d => d.Status == DisclosureStatus.Published);
        if (published is not null && note.Length == 0) return Problems.Validation("note", "该年度公告已发布，更正须说明更正的内容");
        var draft = new FundDisclosure
        {
            Id = Guid.NewGuid(), Year = request.Year!.Value, Edition = editions.Count + 1, Status = DisclosureStatus.Draft, SupersedesId = published?.Id,
            DistrictName = $"{names.DistrictName}民政局", Note = note, DraftedAt = clock.GetUtcNow(),
            Figures = await DisclosureLedger.ComputeAsync(db, names, request.Year.Value, ct),
        };
        db.FundDisclosures.Add(draft);
        return TypedResults.Created($"/api/lottery/disclosures/{draft.Id}", DisclosureView.Of(draft));
    }

    private static async Task<Results<Ok<DisclosureView>, ProblemHttpResult>> RefreshAsync(Guid id, int version, LotteryDb db, ICallerContext caller, IDivisionNames names,
        CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        if (await db.FundDisclosures.FirstOrDefaultAsync(d => d.Id == id, ct) is not { } d) return NotFound();
        if (db.ExpectVersion(d, version) is { } stale) return stale;
        if (d.Status != DisclosureStatus.Draft) return Problems.Conflict("已发布的公告不能修改；如需更正，请新建更正版。", "公告已发布");
        d.Figures = await DisclosureLedger.ComputeAsync(db, names, d.Year, ct);
        return TypedResults.Ok(DisclosureView.Of(d));
    }

    private static async Task<Results<Ok<DisclosureView>, ProblemHttpResult>> PublishAsync(Guid id, int version, LotteryDb db, ICallerContext caller, IDivisionNames names,
        TimeProvider clock, CancellationToken ct)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        if (await db.FundDisclosures.FirstOrDefaultAsync(d => d.Id == id, ct) is not { } d) return NotFound();
        if (db.ExpectVersion(d, version) is { } stale) return stale;
        if (d.Status != DisclosureStatus.Draft) return Problems.Conflict("该公告已发布，不能重复发布。", "公告已发布");
        if (d.SupersedesId is { } previous && await db.FundDisclosures.FirstOrDefaultAsync(p => p.Id == previous, ct) is { } corrected)
        {
            corrected.Status = DisclosureStatus.Superseded;
            corrected.Version++;
        }
        // Computed at the moment of publication and stored: from now on nobody recomputes it.
        d.Figures = await DisclosureLedger.ComputeAsync(db, names, d.Year, ct);
        d.Status = DisclosureStatus.Published;
        d.PublishedOn = clock.BeijingToday();
        d.PublishedBy = caller.Staff.Name;
        return TypedResults.Ok(DisclosureView.Of(d));
    }

    private static ProblemHttpResult? DistrictOnly(ICallerContext caller) =>
        Problems.DistrictOnly(caller, "公益金使用情况公告由区民政局编制和发布。");

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这份公益金使用情况公告。");
}
