using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Disability.Common;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Modules.Disability.Rosters;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Disability.Applications;

/// <summary>Application → town review with public notice → district decision; and stopping an entitlement.</summary>
public sealed class ApplicationEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/applications", ListAsync).RequirePermission(DisabilityPermissions.Read)
            .WithName("DisabilityListApplications")
            .WithSummary("Applications and entitlements within the caller's scope, paged on the server (sort: appliedOn).");
        app.MapPost("/applications", ApplicationIntake.AcceptAsync).RequirePermission(DisabilityPermissions.Apply)
            .WithName("DisabilityAcceptApplication")
            .WithSummary("受理: village or town staff; an ineligible person is refused naming the failed rules.");
        app.MapGet("/applications/{id:guid}", GetAsync).RequirePermission(DisabilityPermissions.Read)
            .WithName("DisabilityGetApplication")
            .WithSummary("One application with its history (ID number and bank account masked).");
        // Outcomes are separate routes so that a page's button needs no body; the version the change is based on
        // is the last segment (the shell fills it from the record).
        app.MapPost("/applications/{id:guid}/review/pass/{version:int}",
                (Guid id, int version, ReviewRequest? request, DisabilityDb db, ICallerContext caller, SubsidyPolicy policy, TimeProvider clock, CancellationToken ct) =>
                    ReviewAsync(id, version, true, request?.Note, db, caller, policy, clock, ct))
            .RequirePermission(DisabilityPermissions.Review)
            .WithName("DisabilityPassReview")
            .WithSummary("镇街审核通过 (town staff): the public notice starts.");
        app.MapPost("/applications/{id:guid}/review/reject/{version:int}",
                (Guid id, int version, ReviewRequest? request, DisabilityDb db, ICallerContext caller, SubsidyPolicy policy, TimeProvider clock, CancellationToken ct) =>
                    ReviewAsync(id, version, false, request?.Note, db, caller, policy, clock, ct))
            .RequirePermission(DisabilityPermissions.Review)
            .WithName("DisabilityRejectReview")
            .WithSummary("镇街审核不通过 (town staff), with a reason.");
        app.MapPost("/applications/{id:guid}/decide/approve/{version:int}",
                (Guid id, int version, DecisionRequest? request, DisabilityDb db, IResidentRegistry registry, ICallerContext caller, SubsidyPolicy policy, TimeProvider clock, CancellationToken ct) =>
                    DecideAsync(id, version, true, request?.Reason, db, registry, caller, policy, clock, ct))
            .RequirePermission(DisabilityPermissions.Decide)
            .WithName("DisabilityApproveApplication")
            .WithSummary("区民政审批通过 (district staff) once the notice period is over; eligibility is checked again on today's registry record.");
        app.MapPost("/applications/{id:guid}/decide/reject/{version:int}",
                (Guid id, int version, DecisionRequest? request, DisabilityDb db, IResidentRegistry registry, ICallerContext caller, SubsidyPolicy policy, TimeProvider clock, CancellationToken ct) =>
                    DecideAsync(id, version, false, request?.Reason, db, registry, caller, policy, clock, ct))
            .RequirePermission(DisabilityPermissions.Decide)
            .WithName("DisabilityRejectApplication")
            .WithSummary("区民政不予批准 (district staff), with a reason.");
        app.MapPost("/applications/{id:guid}/stop/{version:int}", StopAsync)
            .RequirePermission(DisabilityPermissions.Decide)
            .WithName("DisabilityStopEntitlement")
            .WithSummary("停发 from next month (on request, false material, …), with a reason; months already paid after it are flagged for recovery.");
    }

    private static async Task<Results<Ok<Paged<ApplicationRow>>, ValidationProblem>> ListAsync(
        string? status, string? kind, string? name, string? divisionCode, [AsParameters] PageQuery paging,
        DisabilityDb db, ICallerContext caller, CancellationToken cancellationToken)
    {
        var query = db.Applications.AsNoTracking().WithinScope(caller);
        if (!string.IsNullOrEmpty(status))
        {
            if (!ApplicationCodes.TryParseStatus(status, out var s)) return Problems.Validation("status", "没有这个状态");
            query = query.Where(a => a.Status == s);
        }
        if (!string.IsNullOrEmpty(kind))
        {
            if (!SubsidyKinds.TryParse(kind, out var k)) return Problems.Validation("kind", "没有这个补贴类别");
            query = query.Where(a => a.Kind == k);
        }
        if (!string.IsNullOrWhiteSpace(name)) query = query.Where(a => a.Name.Contains(name.Trim()));
        if (!string.IsNullOrWhiteSpace(divisionCode)) query = query.Where(a => a.DivisionCode.StartsWith(divisionCode.Trim()));
        // Latest first unless asked otherwise; the id makes the order total, so pages neither overlap nor skip.
        var ordered = paging.SortsBy("appliedOn") && !paging.Descending
            ? query.OrderBy(a => a.AppliedOn).ThenBy(a => a.Name).ThenBy(a => a.Id)
            : query.OrderByDescending(a => a.AppliedOn).ThenBy(a => a.Name).ThenBy(a => a.Id);
        var page = await ordered.ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(a => new ApplicationRow(a.Id, a.Name, Masking.Mask(a.IdNumber), a.DivisionCode, SubsidyKinds.Code(a.Kind),
            ApplicationCodes.Code(a.AppliedBy), a.AppliedOn, ApplicationCodes.Code(a.Status), a.Grade)));
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> GetAsync(
        Guid id, DisabilityDb db, ICallerContext caller, SubsidyPolicy policy, TimeProvider clock, CancellationToken cancellationToken) =>
        await Workflow.LoadAsync(db, caller, id, cancellationToken) is { } application
            ? TypedResults.Ok(Workflow.View(application, policy, clock.BeijingToday()))
            : Workflow.NotFound();

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult, ValidationProblem>> ReviewAsync(
        Guid id, int version, bool pass, string? note, DisabilityDb db, ICallerContext caller, SubsidyPolicy policy, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!ApplicationRules.MayReview(caller.Scope.Level)) return Workflow.WrongLevel("镇街审核由镇街工作人员办理");
        if (!pass && string.IsNullOrWhiteSpace(note)) return Problems.Validation("note", "审核不通过的，请填写理由");
        if (await Workflow.LoadAsync(db, caller, id, cancellationToken) is not { } application) return Workflow.NotFound();
        if (ApplicationRules.RefuseReview(application.Status) is { } refusal) return Problems.Conflict(refusal, "当前状态不能审核");
        if (db.ExpectVersion(application, version) is { } stale) return stale;

        var today = clock.BeijingToday();
        if (pass)
        {
            var (starts, ends) = ApplicationRules.NoticePeriod(today, policy.NoticeDays);
            application.Status = ApplicationStatus.InNotice;
            application.NoticeStartsOn = starts;
            application.NoticeEndsOn = ends;
            Workflow.Record(application, caller, clock, "镇街审核通过，开始公示", $"公示期 {starts:yyyy-MM-dd} 至 {ends:yyyy-MM-dd}。{note}".Trim());
        }
        else
        {
            application.Status = ApplicationStatus.Rejected;
            application.Reason = note!.Trim();
            Workflow.Record(application, caller, clock, "镇街审核不通过", application.Reason);
        }
        return TypedResults.Ok(Workflow.View(application, policy, today));
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult, ValidationProblem>> DecideAsync(
        Guid id, int version, bool approve, string? reason, DisabilityDb db, IResidentRegistry registry, ICallerContext caller, SubsidyPolicy policy,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!ApplicationRules.MayDecide(caller.Scope.Level)) return Workflow.WrongLevel("两项补贴由区民政部门审批");
        if (!approve && string.IsNullOrWhiteSpace(reason)) return Problems.Validation("reason", "不予批准的，请填写理由");
        if (await Workflow.LoadAsync(db, caller, id, cancellationToken) is not { } application) return Workflow.NotFound();
        var today = clock.BeijingToday();
        if (ApplicationRules.RefuseDecision(application.Status, application.NoticeEndsOn, today) is { } refusal) return Problems.Conflict(refusal, "当前状态不能审批");
        if (db.ExpectVersion(application, version) is { } stale) return stale;

        if (approve)
        {
            // The registry may have changed during the notice: decide on today's record.
            var resident = await registry.GetAsync(application.ResidentId, cancellationToken);
            if (resident is null) return Problems.Conflict("居民信息库中已没有此人，不能批准。");
            var declaration = new ApplicantDeclaration(application.NeedsLongTermCare, application.ReceivesWorkInjuryCareAllowance);
            var eligibility = EligibilityRules.Check(resident, application.Kind, today, policy, declaration);
            if (!eligibility.IsEligible) return Workflow.Ineligible(application.Kind, eligibility);
            Entitlements.TakeCertificate(application, eligibility.Certificate!);
            application.Status = ApplicationStatus.Approved;
            application.ApprovedOn = today;
            application.NextReviewOn = today.AddMonths(policy.ReviewIntervalMonths);
            Workflow.Record(application, caller, clock, "区民政审批通过", $"自{new PayMonth(application.PaidFromMonth)}起发放。{reason}".Trim());
        }
        else
        {
            application.Status = ApplicationStatus.Rejected;
            application.Reason = reason!.Trim();
            Workflow.Record(application, caller, clock, "区民政不予批准", application.Reason);
        }
        return TypedResults.Ok(Workflow.View(application, policy, today));
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult, ValidationProblem>> StopAsync(
        Guid id, int version, StopRequest? request, DisabilityDb db, ICallerContext caller, SubsidyPolicy policy, EntitlementStopper stopper,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!ApplicationRules.MayDecide(caller.Scope.Level)) return Workflow.WrongLevel("停发由区民政部门决定");
        if (request?.Reason is not { } reason || string.IsNullOrWhiteSpace(reason)) return Problems.Validation("reason", "请填写停发原因");
        if (await Workflow.LoadAsync(db, caller, id, cancellationToken) is not { } application) return Workflow.NotFound();
        if (application.Status != ApplicationStatus.Approved) return Problems.Conflict($"申请当前为“{ApplicationCodes.Label(application.Status)}”，只有享受中的补贴可以停发。", "当前状态不能停发");
        if (db.ExpectVersion(application, version) is { } stale) return stale;
        var today = clock.BeijingToday();
        await stopper.StopAsync(application, today, reason.Trim(), cancellationToken, bumpVersion: false);
        return TypedResults.Ok(Workflow.View(application, policy, today));
    }
}
