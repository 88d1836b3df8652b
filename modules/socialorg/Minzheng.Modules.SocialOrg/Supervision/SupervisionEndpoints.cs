using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Certificates;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Events;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Supervision;

/// <summary>列入名录: which list, why, the decision's number and date (default today).</summary>
public sealed record ListRequest(string? List, string? Cause, string? DecisionNumber, DateOnly? EnteredOn);

/// <summary>移出名录: why (the cause remedied, the time served).</summary>
public sealed record RemoveRequest(string? Reason);

/// <summary>行政处罚: the kind, the amount for a fine or confiscation, the facts, the decision's number and date.</summary>
public sealed record PenaltyRequest(string? Kind, decimal? Amount, string? Facts, string? DecisionNumber, DateOnly? DecidedOn);

/// <summary>A list entry as staff see it.</summary>
public sealed record ListEntryView(Guid Id, Guid OrganisationId, string OrganisationName, string List, string Cause, string DecisionNumber, DateOnly EnteredOn,
    string EnteredBy, DateOnly? RemovedOn, string? RemovalReason, bool Active, int Version);

/// <summary>A penalty as staff see it, and the list entry it caused, if any.</summary>
public sealed record PenaltyView(Guid Id, Guid OrganisationId, string Kind, decimal? Amount, string Facts, string DecisionNumber, DateOnly DecidedOn, ListEntryView? Listed);

/// <summary>
/// 监督管理, under <c>/api/socialorg/</c>: the credit lists (列入, 移出 — never deleted) and penalties (a serious one lists the
/// organisation on the 严重违法失信名单 by itself; revocation ends its registration). District staff only.
/// </summary>
public sealed class SupervisionEndpoints : ICarterModule
{
    private static readonly string[] ExportHeader = ["社会组织", "统一社会信用代码", "名录", "列入原因", "决定书文号", "列入日期", "列入人", "移出日期", "移出原因"];

    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/list-entries", ListAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgListCreditListEntries")
            .WithSummary("Entries on the credit lists within the caller's scope (list: abnormal|serious; active: true for those still listed), newest first; paged.");
        app.MapGet("/list-entries.xlsx", ExportAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgExportCreditListEntries")
            .WithSummary("The same entries with the same search, every row, as an XLSX workbook.");
        app.MapPost("/organisations/{id:guid}/list-entries", EnterAsync).RequirePermission(SocialOrgPermissions.Supervise)
            .WithName("SocialOrgEnterCreditList")
            .WithSummary("列入 活动异常名录 or 严重违法失信名单 with the cause and decision; publishes socialorg.listed.");
        app.MapPost("/list-entries/{id:guid}/remove/{version:int}", RemoveAsync).RequirePermission(SocialOrgPermissions.Supervise)
            .WithName("SocialOrgRemoveFromCreditList")
            .WithSummary("移出 with a reason, on the version shown; the entry stays in the history; publishes socialorg.delisted.");
        app.MapPost("/organisations/{id:guid}/penalties", PenaliseAsync).RequirePermission(SocialOrgPermissions.Supervise)
            .WithName("SocialOrgPenalise")
            .WithSummary("Records a penalty; a serious one (stop, revocation, a fine of 50,000 元 or more, a second within three years) lists the organisation as seriously untrustworthy; publishes socialorg.penalised.");
    }

    private static async Task<Ok<Paged<ListEntryView>>> ListAsync(string? list, bool? active, [AsParameters] PageQuery paging, SocialOrgDb db, ICallerContext caller,
        CancellationToken cancellationToken)
    {
        var page = await Search(db, caller, list, active).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(x => View(x.Entry, x.Name)));
    }

    private static async Task<FileContentHttpResult> ExportAsync(string? list, bool? active, SocialOrgDb db, ICallerContext caller, ITableFiles tables,
        CancellationToken cancellationToken)
    {
        var rows = await Search(db, caller, list, active).ToListAsync(cancellationToken);
        var cells = rows.Select(x => (IReadOnlyList<object?>)
        [
            x.Name, x.CreditCode, SupervisionRules.ListLabel(x.Entry.List), x.Entry.Cause, x.Entry.DecisionNumber, Day(x.Entry.EnteredOn), x.Entry.EnteredBy,
            x.Entry.RemovedOn is { } removed ? Day(removed) : null, x.Entry.RemovalReason,
        ]);
        return TypedResults.File(tables.WriteXlsx("信用名录", ExportHeader, cells), TableMediaTypes.Xlsx, "社会组织信用名录.xlsx");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static IQueryable<ListedEntry> Search(SocialOrgDb db, ICallerContext caller, string? list, bool? active)
    {
        var query = db.CreditListEntries.AsNoTracking().WithinScope(caller);
        if (SupervisionRules.TryParseList(list, out var wanted)) query = query.Where(e => e.List == wanted);
        if (active == true) query = query.Where(e => e.RemovedOn == null);
        return query.OrderByDescending(e => e.EnteredOn).ThenBy(e => e.Id)
            .Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => new ListedEntry(e, o.Name, o.CreditCode));
    }

    private sealed record ListedEntry(CreditListEntry Entry, string Name, string CreditCode);

    private static async Task<Results<Created<ListEntryView>, ProblemHttpResult, ValidationProblem>> EnterAsync(
        Guid id, ListRequest request, SocialOrgDb db, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        if (!SupervisionRules.TryParseList(request.List, out var list)) errors.Add("list", "请选择名录：活动异常名录（abnormal）或严重违法失信名单（serious）");
        var cause = errors.Text("cause", request.Cause, "列入原因", 200);
        var decision = errors.Text("decisionNumber", request.DecisionNumber, "决定书文号", 100);
        var today = clock.BeijingToday();
        var enteredOn = request.EnteredOn ?? today;
        if (enteredOn > today) errors.Add("enteredOn", "列入日期不能晚于今天");
        if (errors.HasErrors) return errors.ToProblem();
        if (await FindAsync(db, caller, id, cancellationToken) is not { } organisation) return NotFound();
        if (organisation.Status != OrganisationStatus.Registered) return Problems.Conflict("只有在册的社会组织可以列入名录。", "已不在册");
        if (await db.CreditListEntries.AnyAsync(e => e.OrganisationId == id && e.List == list && e.RemovedOn == null, cancellationToken))
        {
            return Problems.Conflict($"该社会组织已在{SupervisionRules.ListLabel(list)}中。", "已列入");
        }
        var entry = Enter(db, organisation, list, cause, decision, enteredOn, caller, clock);
        return TypedResults.Created($"/api/socialorg/list-entries/{entry.Id}", View(entry, organisation.Name));
    }

    private static async Task<Results<Ok<ListEntryView>, ProblemHttpResult, ValidationProblem>> RemoveAsync(
        Guid id, int version, RemoveRequest? request, SocialOrgDb db, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, "移出原因", 500);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.CreditListEntries.WithinScope(caller).FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } entry)
        {
            return Problems.NotFound("没有这条名录记录，或它不在您的辖区内。");
        }
        if (db.ExpectVersion(entry, version) is { } stale) return stale;
        if (entry.RemovedOn is not null) return Problems.Conflict("该记录已移出名录。", "已移出");
        var organisation = (await FindAsync(db, caller, entry.OrganisationId, cancellationToken))!;
        entry.RemovedOn = clock.BeijingToday();
        entry.RemovalReason = reason;
        entry.RemovedBy = caller.Staff.Name;
        OrganisationHistory.Record(db, organisation, caller, clock, $"移出{SupervisionRules.ListLabel(entry.List)}", reason);
        db.Publish(new OrganisationDelisted(entry.Id, organisation.Id, organisation.CreditCode, SupervisionRules.ListCode(entry.List), entry.RemovedOn.Value));
        return TypedResults.Ok(View(entry, organisation.Name));
    }

    private static async Task<Results<Created<PenaltyView>, ProblemHttpResult, ValidationProblem>> PenaliseAsync(
        Guid id, PenaltyRequest request, SocialOrgDb db, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DistrictOnly(caller) is { } forbidden) return forbidden;
        var errors = new FieldErrors();
        if (!SupervisionRules.TryParsePenalty(request.Kind, out var kind)) errors.Add("kind", "请选择处罚种类");
        else if (kind is PenaltyKind.Fine or PenaltyKind.Confiscation && request.Amount is not > 0) errors.Add("amount", "罚款或没收的，请填写金额（元）");
        var facts = errors.Text("facts", request.Facts, "违法事实", 2000);
        var decision = errors.Text("decisionNumber", request.DecisionNumber, "处罚决定书文号", 100);
        var today = clock.BeijingToday();
        var decidedOn = request.DecidedOn ?? today;
        if (decidedOn > today) errors.Add("decidedOn", "决定日期不能晚于今天");
        if (errors.HasErrors) return errors.ToProblem();
        if (await FindAsync(db, caller, id, cancellationToken) is not { } organisation) return NotFound();
        if (organisation.Status != OrganisationStatus.Registered) return Problems.Conflict("该社会组织已不在册，不能再作处罚。", "已不在册");

        var earlier = await db.Penalties.Where(p => p.OrganisationId == id).Select(p => p.DecidedOn).ToListAsync(cancellationToken);
        var amount = kind is PenaltyKind.Fine or PenaltyKind.Confiscation ? request.Amount : null;
        var penalty = new Penalty
        {
            Id = Guid.NewGuid(), OrganisationId = id, DivisionCode = organisation.DivisionCode, Kind = kind, Amount = amount, Facts = facts,
            DecisionNumber = decision, DecidedOn = decidedOn, DecidedBy = caller.Staff.Name,
        };
        db.Penalties.Add(penalty);
        OrganisationHistory.Record(db, organisation, caller, clock, $"行政处罚：{SupervisionRules.PenaltyLabel(kind)}", $"{decision}。{facts}");
        db.Publish(new OrganisationPenalised(penalty.Id, id, organisation.CreditCode, SupervisionRules.PenaltyCode(kind), amount, decidedOn));

        CreditListEntry? listed = null;
        var alreadySerious = await db.CreditListEntries.AnyAsync(e => e.OrganisationId == id && e.List == CreditList.Serious && e.RemovedOn == null, cancellationToken);
        if (!alreadySerious && SupervisionRules.SeriousCause(kind, amount, decidedOn, earlier) is { } cause)
        {
            listed = Enter(db, organisation, CreditList.Serious, cause, decision, decidedOn, caller, clock);
        }
        if (kind == PenaltyKind.Revocation)
        {
            organisation.Status = OrganisationStatus.Revoked;
            organisation.Version++;
            await CertificateIssuer.EndRegistrationAsync(db, id, "撤销登记，证书收缴", decidedOn, cancellationToken);
        }
        return TypedResults.Created($"/api/socialorg/organisations/{id}/penalties/{penalty.Id}",
            new PenaltyView(penalty.Id, id, SupervisionRules.PenaltyCode(kind), amount, facts, decision, decidedOn, listed is null ? null : View(listed, organisation.Name)));
    }

    // Also the inspection's overdue job's: one way onto a list, with its history step and event.
    internal static CreditListEntry Enter(SocialOrgDb db, Organisation organisation, CreditList list, string cause, string decision, DateOnly enteredOn,
        ICallerContext caller, TimeProvider clock)
    {
        var entry = new CreditListEntry
        {
            Id = Guid.NewGuid(), OrganisationId = organisation.Id, DivisionCode = organisation.DivisionCode, List = list, Cause = cause,
            DecisionNumber = decision, EnteredOn = enteredOn, EnteredBy = caller.Staff.Name,
        };
        db.CreditListEntries.Add(entry);
        OrganisationHistory.Record(db, organisation, caller, clock, $"列入{SupervisionRules.ListLabel(list)}", cause);
        db.Publish(new OrganisationListed(entry.Id, organisation.Id, organisation.CreditCode, SupervisionRules.ListCode(list), cause, enteredOn));
        return entry;
    }

    private static ListEntryView View(CreditListEntry e, string organisationName) =>
        new(e.Id, e.OrganisationId, organisationName, SupervisionRules.ListCode(e.List), e.Cause, e.DecisionNumber, e.EnteredOn, e.EnteredBy, e.RemovedOn,
            e.RemovalReason, e.RemovedOn is null, e.Version);

    private static Task<Organisation?> FindAsync(SocialOrgDb db, ICallerContext caller, Guid id, CancellationToken cancellationToken) =>
        db.Organisations.WithinScope(caller).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    private static ProblemHttpResult? DistrictOnly(ICallerContext caller) =>
        Problems.DistrictOnly(caller, "名录和行政处罚由区民政局（登记管理机关）决定。");

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这个社会组织，或它不在您的辖区内。");
}
