using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>
/// The applications' workflow, under <c>/api/socialorg/applications</c>: 受理 by a town's or the district's staff in their
/// scope (the documents on the checklist complete), 审查 and 决定 by the district only, each on the version shown.
/// </summary>
public sealed class ApplicationEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/applications", ListAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgListApplications").WithSummary("Registration applications in the caller's scope by workflow (kind), status and name; paged.");
        app.MapGet("/applications/{id:guid}", GetAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgGetApplication").WithSummary("One application with its documents (and those missing from the checklist), decision and history.");
        app.MapPost("/applications/{id:guid}/accept/{version:int}", AcceptAsync).RequirePermission(SocialOrgPermissions.Application)
            .WithName("SocialOrgAcceptApplication").WithSummary("受理 an application whose documents are complete (a town's or the district's staff in scope).");
        app.MapPost("/applications/{id:guid}/review/{version:int}", ReviewAsync).RequirePermission(SocialOrgPermissions.Review)
            .WithName("SocialOrgReviewApplication").WithSummary("审查 an accepted application with an opinion (district only).");
        app.MapPost("/applications/{id:guid}/approve/{version:int}", ApproveAsync).RequirePermission(SocialOrgPermissions.Decide)
            .WithName("SocialOrgApproveApplication").WithSummary("准予 a reviewed application (district only): applies it to the register, issues or voids the certificate, publishes the event.");
        app.MapPost("/applications/{id:guid}/reject/{version:int}", RejectAsync).RequirePermission(SocialOrgPermissions.Decide)
            .WithName("SocialOrgRejectApplication").WithSummary("不予受理 / 不予登记 an undecided application with the reason and the decision's number (district only); its notice prints from refusal-notice.");
        app.MapGet("/branches", BranchesAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgListBranches").WithSummary("Branch offices in the caller's scope (of one organisation with organisationId), each with its valid certificate; paged.");
    }

    private static async Task<Ok<Paged<ApplicationRow>>> ListAsync(string? kind, string? status, string? q, [AsParameters] PageQuery paging, SocialOrgDb db,
        ICallerContext caller, CancellationToken cancellationToken)
    {
        var query = db.RegistrationApplications.AsNoTracking().WithinScope(caller);
        if (ApplicationRules.TryParseKind(kind, out var k)) query = query.Where(a => a.Kind == k);
        if (ApplicationRules.TryParseStatus(status, out var s)) query = query.Where(a => a.Status == s);
        if (status == "pending") query = query.Where(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.Reviewed);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(a => a.Name != null && a.Name.Contains(q.Trim()));
        var page = await query.OrderByDescending(a => a.AppliedOn).ThenBy(a => a.Id).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(ApplicationView.Row));
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> GetAsync(Guid id, SocialOrgDb db, ICallerContext caller, ApplicationOptions options,
        CancellationToken cancellationToken) =>
        await db.RegistrationApplications.AsNoTracking().WithinScope(caller).Include(a => a.Steps).FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } a
            ? TypedResults.Ok(ApplicationView.Of(a, options, await CertificateOfAsync(db, a, cancellationToken)))
            : NotFound();

    // The valid certificate, for the link from an approved establishment or change (the organisation's) or branch (the branch's) to its print.
    private static Task<Guid?> CertificateOfAsync(SocialOrgDb db, RegistrationApplication a, CancellationToken cancellationToken) =>
        a.Status == ApplicationStatus.Approved && a.OrganisationId is { } o
            ? db.RegistrationCertificates.Where(c => c.OrganisationId == o && c.BranchId == BranchOf(a) && c.VoidedOn == null).Select(c => (Guid?)c.Id)
                .FirstOrDefaultAsync(cancellationToken)
            : Task.FromResult<Guid?>(null);

    // The certificate an application's link opens: a branch registration's is the branch's, every other the organisation's own.
    private static Guid? BranchOf(RegistrationApplication a) => a.Kind == ApplicationKind.Branch ? a.BranchId : null;

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult, ValidationProblem>> AcceptAsync(Guid id, int version, DecisionRequest? request, SocialOrgDb db,
        ICallerContext caller, ApplicationOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await LoadAsync(db, caller, id, cancellationToken) is not { } a) return NotFound();
        if (db.ExpectVersion(a, version) is { } stale) return stale;
        if (ApplicationRules.TransitionProblem(a.Status, ApplicationStatus.Submitted, "受理") is { } wrong) return Problems.Conflict($"{wrong}。", "状态不允许");
        var missing = ApplicationRules.MissingDocuments(a.Kind, a.Documents.Select(d => d.Name), options);
        if (missing.Count > 0)
        {
            var errors = new FieldErrors();
            errors.Add("documents", $"材料不全，不能受理：缺少{string.Join("、", missing)}");
            return errors.ToProblem();
        }
        a.Status = ApplicationStatus.Accepted;
        ApplicationIntake.Record(db, a, caller, clock, RefusalNoticeRules.AcceptStep, Trimmed(request?.Reason));
        return TypedResults.Ok(ApplicationView.Of(a, options));
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult, ValidationProblem>> ReviewAsync(Guid id, int version, DecisionRequest? request, SocialOrgDb db,
        ICallerContext caller, ApplicationOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Problems.DistrictOnly(caller, "登记申请由区民政局（登记管理机关）审查。") is { } notDistrict) return notDistrict;
        var errors = new FieldErrors();
        var opinion = errors.Text("reason", request?.Reason, "审查意见", ApplicationRules.ReasonLength);
        if (errors.HasErrors) return errors.ToProblem();
        if (await LoadAsync(db, caller, id, cancellationToken) is not { } a) return NotFound();
        if (db.ExpectVersion(a, version) is { } stale) return stale;
        if (ApplicationRules.TransitionProblem(a.Status, ApplicationStatus.Accepted, "审查") is { } wrong) return Problems.Conflict($"{wrong}。", "状态不允许");
        (a.Status, a.ReviewOpinion) = (ApplicationStatus.Reviewed, opinion);
        ApplicationIntake.Record(db, a, caller, clock, "审查", opinion);
        return TypedResults.Ok(ApplicationView.Of(a, options));
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult, ValidationProblem>> ApproveAsync(Guid id, int version, DecisionRequest? request, SocialOrgDb db,
        ICallerContext caller, ApplicationOptions options, ApplicationDecision decision, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Problems.DistrictOnly(caller, "登记申请由区民政局（登记管理机关）作出决定，街道（乡镇）只能受理。") is { } notDistrict) return notDistrict;
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, "决定理由", ApplicationRules.ReasonLength);
        if (errors.HasErrors) return errors.ToProblem();
        if (await LoadAsync(db, caller, id, cancellationToken) is not { } a) return NotFound();
        if (db.ExpectVersion(a, version) is { } stale) return stale;
        if (ApplicationRules.TransitionProblem(a.Status, ApplicationStatus.Reviewed, "作出准予决定") is { } wrong) return Problems.Conflict($"{wrong}。", "状态不允许");
        var refused = await decision.ApplyAsync(a, errors, cancellationToken);
        if (refused is not null) return refused;
        if (errors.HasErrors) return errors.ToProblem();
        (a.Status, a.DecisionReason, a.DecidedOn) = (ApplicationStatus.Approved, reason, decision.Today);
        ApplicationIntake.Record(db, a, caller, clock, $"准予{ApplicationRules.KindLabel(a.Kind)}", reason);
        var issued = db.RegistrationCertificates.Local.FirstOrDefault(c => c.OrganisationId == a.OrganisationId && c.BranchId == BranchOf(a) && c.VoidedOn == null)?.Id;
        return TypedResults.Ok(ApplicationView.Of(a, options, issued));
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult, ValidationProblem>> RejectAsync(Guid id, int version, DecisionRequest? request, SocialOrgDb db,
        ICallerContext caller, ApplicationOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Problems.DistrictOnly(caller, "不予登记的决定由区民政局（登记管理机关）作出。") is { } notDistrict) return notDistrict;
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, "不予准许的理由", ApplicationRules.ReasonLength);
        var number = errors.Text("decisionNumber", request?.DecisionNumber, "决定书文号", 100, required: false);
        if (errors.HasErrors) return errors.ToProblem();
        if (await LoadAsync(db, caller, id, cancellationToken) is not { } a) return NotFound();
        if (db.ExpectVersion(a, version) is { } stale) return stale;
        if (a.Status is ApplicationStatus.Approved or ApplicationStatus.Rejected) return Problems.Conflict($"该申请{ApplicationRules.StatusLabel(a.Status)}，不能再作决定。", "已作出决定");
        var title = a.Status == ApplicationStatus.Submitted ? "不予受理" : $"不予{ApplicationRules.KindLabel(a.Kind)}";
        (a.Status, a.DecisionReason, a.DecidedOn, a.DecisionNumber) = (ApplicationStatus.Rejected, reason, clock.BeijingToday(), number.Length == 0 ? null : number);
        ApplicationIntake.Record(db, a, caller, clock, title, reason);
        return TypedResults.Ok(ApplicationView.Of(a, options));
    }

    private static async Task<Ok<Paged<BranchView>>> BranchesAsync(Guid? organisationId, [AsParameters] PageQuery paging, SocialOrgDb db, ICallerContext caller,
        CancellationToken cancellationToken)
    {
        var query = db.Branches.AsNoTracking().WithinScope(caller);
        if (organisationId is { } o) query = query.Where(b => b.OrganisationId == o);
        var page = await query.OrderBy(b => b.Name).ThenBy(b => b.Id).ToPageAsync(paging, cancellationToken);
        var ids = page.Items.Select(b => (Guid?)b.Id).ToList();
        var certificates = await db.RegistrationCertificates.AsNoTracking().Where(c => ids.Contains(c.BranchId) && c.VoidedOn == null).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.Map(b => BranchView.Of(b, certificates.FirstOrDefault(c => c.BranchId == b.Id))));
    }

    private static Task<RegistrationApplication?> LoadAsync(SocialOrgDb db, ICallerContext caller, Guid id, CancellationToken cancellationToken) =>
        db.RegistrationApplications.WithinScope(caller).Include(a => a.Steps).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这份登记申请，或它不在您的辖区内。");
}
