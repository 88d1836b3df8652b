using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Disability.Applications;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Modules.Disability.Rosters;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Disability.AnnualReview;

/// <summary>A 年审 conclusion (the outcome — continue, adjust or stop — and the version reviewed are in the route).</summary>
/// <param name="Note">Remark; required to stop.</param>
public sealed record AnnualReviewRequest(string? Note);

/// <summary>An entitlement due for review.</summary>
public sealed record DueReview(Guid Id, string Name, string IdNumber, string DivisionCode, string Kind, int Grade, DateOnly? NextReviewOn, int Version);

/// <summary>年审: everyone due, and the conclusion (continue, adjust, stop).</summary>
public sealed class AnnualReviewEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/annual-reviews", DueAsync).RequirePermission(DisabilityPermissions.Review)
            .WithName("DisabilityListDueReviews")
            .WithSummary("Entitlements due for review by a date (default today), within the caller's scope, paged on the server (sort: nextReviewOn).");
        app.MapPost("/applications/{id:guid}/annual-review/{outcome}/{version:int}", ReviewAsync)
            .RequirePermission(DisabilityPermissions.Review)
            .WithName("DisabilityRecordAnnualReview")
            .WithSummary("Records the review (town or district staff), checked against today's registry record.");
    }

    private static async Task<Ok<Paged<DueReview>>> DueAsync(
        DateOnly? dueBy, [AsParameters] PageQuery paging, DisabilityDb db, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var by = dueBy ?? clock.BeijingToday();
        var due = db.Applications.AsNoTracking().WithinScope(caller)
            .Where(a => a.Status == ApplicationStatus.Approved && a.NextReviewOn != null && a.NextReviewOn <= by);
        // Soonest due first unless asked otherwise; the id makes the order total, so pages neither overlap nor skip.
        var ordered = paging.SortsBy("nextReviewOn") && paging.Descending
            ? due.OrderByDescending(a => a.NextReviewOn).ThenBy(a => a.DivisionCode).ThenBy(a => a.Id)
            : due.OrderBy(a => a.NextReviewOn).ThenBy(a => a.DivisionCode).ThenBy(a => a.Id);
        var page = await ordered.ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(a => new DueReview(a.Id, a.Name, Masking.Mask(a.IdNumber), a.DivisionCode, SubsidyKinds.Code(a.Kind),
            a.Grade, a.NextReviewOn, a.Version)));
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult, ValidationProblem>> ReviewAsync(
        Guid id, string outcome, int version, AnnualReviewRequest? request, DisabilityDb db, IResidentRegistry registry, ICallerContext caller,
        SubsidyPolicy policy, EntitlementStopper stopper, TimeProvider clock, CancellationToken cancellationToken)
    {
        var note = request?.Note;
        if (!ApplicationRules.MayReviewAnnually(caller.Scope.Level)) return Workflow.WrongLevel("年审由镇街或区民政部门办理");
        if (!AnnualReviewRules.TryParse(outcome, out var conclusion)) return Problems.Validation("outcome", "年审结论应为继续享受（continue）、调整（adjust）或停发（stop）");
        if (conclusion == ReviewOutcome.Stop && string.IsNullOrWhiteSpace(note)) return Problems.Validation("note", "停发的，请填写原因");
        if (await Workflow.LoadAsync(db, caller, id, cancellationToken) is not { } application) return Workflow.NotFound();
        if (application.Status != ApplicationStatus.Approved) return Problems.Conflict($"申请当前为“{ApplicationCodes.Label(application.Status)}”，只有享受中的补贴需要年审。", "当前状态不能年审");
        if (await registry.GetAsync(application.ResidentId, cancellationToken) is not { } resident) return Problems.Conflict("居民信息库中已没有此人，请办理停发。");

        var today = clock.BeijingToday();
        var declaration = new ApplicantDeclaration(application.NeedsLongTermCare, application.ReceivesWorkInjuryCareAllowance);
        var eligibility = EligibilityRules.Check(resident, application.Kind, today, policy, declaration);
        if (AnnualReviewRules.Refuse(conclusion, eligibility.IsEligible, application.Grade, eligibility.Certificate?.Grade) is { } refusal)
        {
            return eligibility.IsEligible ? Problems.Validation("outcome", refusal) : Workflow.Ineligible(application.Kind, eligibility);
        }
        if (db.ExpectVersion(application, version) is { } stale) return stale;

        switch (conclusion)
        {
            case ReviewOutcome.Stop:
                await stopper.StopAsync(application, today, "年审停发：" + note!.Trim(), cancellationToken, bumpVersion: false);
                break;
            case ReviewOutcome.Adjust:
                var before = application.Grade;
                Entitlements.TakeCertificate(application, eligibility.Certificate!);
                application.NextReviewOn = today.AddMonths(policy.ReviewIntervalMonths);
                Workflow.Record(application, caller, clock, "年审：调整", $"残疾等级由{before}级调整为{application.Grade}级。{note}".Trim());
                break;
            default:
                Entitlements.TakeCertificate(application, eligibility.Certificate!);
                application.NextReviewOn = today.AddMonths(policy.ReviewIntervalMonths);
                Workflow.Record(application, caller, clock, "年审：继续享受", note?.Trim());
                break;
        }
        return TypedResults.Ok(Workflow.View(application, policy, today));
    }
}
