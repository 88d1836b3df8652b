using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Disability.Applications;
using Minzheng.Modules.Disability.Common;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Modules.Disability.Rosters;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Disability.AnnualReview;

/// <summary>A 年审 conclusion (the outcome — continue, adjust or stop — is in the path).</summary>
/// <param name="Note">Remark; required to stop.</param>
/// <param name="Version">The version reviewed (or in the path).</param>
public sealed record AnnualReviewRequest(string? Note, int? Version);

/// <summary>An entitlement due for review.</summary>
public sealed record DueReview(Guid Id, string Name, string IdNumber, string DivisionCode, string Kind, int Grade, DateOnly? NextReviewOn, int Version);

/// <summary>年审: everyone due, and the conclusion (continue, adjust, stop).</summary>
public sealed class AnnualReviewEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/annual-reviews", DueAsync).RequirePermission(DisabilityPermissions.Review)
            .WithSummary("Entitlements due for review by a date (default today), within the caller's scope.");
        app.MapPost("/applications/{id:guid}/annual-review/{outcome}/{version:int?}",
                (Guid id, string outcome, int? version, AnnualReviewRequest? request, DisabilityDb db, IResidentRegistry registry, ICallerContext caller,
                    SubsidyPolicy policy, EntitlementStopper stopper, TimeProvider clock, CancellationToken ct) =>
                    ReviewAsync(id, outcome, request?.Note, request?.Version ?? version, db, registry, caller, policy, stopper, clock, ct))
            .RequirePermission(DisabilityPermissions.Review)
            .WithSummary("Records the review (town or district staff), checked against today's registry record.");
    }

    private static async Task<IResult> DueAsync(DateOnly? dueBy, DisabilityDb db, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var by = dueBy ?? ChinaClock.Today(clock);
        var rows = await db.Applications.AsNoTracking().WithinScope(caller)
            .Where(a => a.Status == ApplicationStatus.Approved && a.NextReviewOn != null && a.NextReviewOn <= by)
            .OrderBy(a => a.NextReviewOn).ThenBy(a => a.DivisionCode)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(a => new DueReview(a.Id, a.Name, Masking.IdNumber(a.IdNumber), a.DivisionCode, SubsidyKinds.Code(a.Kind),
            a.Grade, a.NextReviewOn, a.Version)).ToList());
    }

    private static async Task<IResult> ReviewAsync(
        Guid id, string outcomeCode, string? note, int? version, DisabilityDb db, IResidentRegistry registry, ICallerContext caller, SubsidyPolicy policy,
        EntitlementStopper stopper, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!ApplicationRules.MayReviewAnnually(caller.Scope.Level)) return Workflow.WrongLevel("年审由镇街或区民政部门办理");
        if (!AnnualReviewRules.TryParse(outcomeCode, out var outcome)) return Problems.Validation("outcome", "年审结论应为继续享受（continue）、调整（adjust）或停发（stop）");
        if (outcome == ReviewOutcome.Stop && string.IsNullOrWhiteSpace(note)) return Problems.Validation("note", "停发的，请填写原因");
        if (await Workflow.LoadAsync(db, caller, id, cancellationToken) is not { } application) return Workflow.NotFound();
        if (application.Status != ApplicationStatus.Approved) return Problems.Conflict($"申请当前为“{ApplicationCodes.Label(application.Status)}”，只有享受中的补贴需要年审。", "当前状态不能年审");
        if (await registry.GetAsync(application.ResidentId, cancellationToken) is not { } resident) return Problems.Conflict("居民信息库中已没有此人，请办理停发。");

        var today = ChinaClock.Today(clock);
        var declaration = new ApplicantDeclaration(application.NeedsLongTermCare, application.ReceivesWorkInjuryCareAllowance);
        var eligibility = EligibilityRules.Check(resident, application.Kind, today, policy, declaration);
        if (AnnualReviewRules.Refuse(outcome, eligibility.IsEligible, application.Grade, eligibility.Certificate?.Grade) is { } refusal)
        {
            return eligibility.IsEligible ? Problems.Validation("outcome", refusal) : Workflow.Ineligible(application.Kind, eligibility);
        }
        if (Workflow.CheckVersion(db, application, version) is { } versionProblem) return versionProblem;

        switch (outcome)
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
        return await Workflow.SaveAsync(db, application, cancellationToken) ?? TypedResults.Ok(Workflow.View(application, policy, today));
    }
}
