using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Disability.Common;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Disability.Applications;

/// <summary>What every workflow endpoint does alike: load within scope, record the step, show the application.</summary>
internal static class Workflow
{
    public static Task<SubsidyApplication?> LoadAsync(DisabilityDb db, ICallerContext caller, Guid id, CancellationToken cancellationToken) =>
        db.Applications.WithinScope(caller).Include(a => a.Steps).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public static ProblemHttpResult NotFound() => Problems.NotFound("没有这份两项补贴申请，或它不在您的辖区内。");

    public static ProblemHttpResult WrongLevel(string what) => Problems.Forbidden($"{what}。");

    public static void Record(SubsidyApplication application, ICallerContext caller, TimeProvider clock, string title, string? note = null) =>
        // No Id set: EF generates it and so knows the step is new (a preset key on a tracked
        // application's collection would be taken for an existing row and updated).
        application.Steps.Add(new ApplicationStep
        {
            ApplicationId = application.Id,
            At = clock.GetUtcNow(),
            Title = title,
            StaffId = caller.Staff.Id,
            StaffName = caller.Staff.Name,
            Note = note,
        });

    /// <summary>An ineligible person: 400 naming each failed rule (the rule codes are the error keys).</summary>
    public static ValidationProblem Ineligible(SubsidyKind kind, Eligibility.Eligibility eligibility)
    {
        var errors = new FieldErrors();
        foreach (var failure in eligibility.Failures)
        {
            errors.Add(failure.Rule, failure.Message);
        }
        return TypedResults.ValidationProblem(
            errors.Errors,
            title: "不符合补贴条件",
            detail: $"不符合{SubsidyKinds.Label(kind)}的条件：{string.Join("；", eligibility.Failures.Select(f => f.Message))}。",
            extensions: new Dictionary<string, object?> { ["rules"] = eligibility.Failures.Select(f => f.Rule).ToArray() });
    }

    public static ApplicationView View(SubsidyApplication a, SubsidyPolicy policy, DateOnly today) => new(
        a.Id, a.ResidentId, a.Name, Masking.Mask(a.IdNumber), a.DivisionCode, SubsidyKinds.Code(a.Kind),
        ApplicationCodes.Code(a.AppliedBy), a.ApplicantName, a.AppliedOn, new PayMonth(a.PaidFromMonth).ToString(),
        CategoryNames.Of(a.Category), a.Grade, a.CertificateValidUntil, a.NeedsLongTermCare, a.ReceivesWorkInjuryCareAllowance,
        a.BankName, Masking.Account(a.BankAccount),
        a.Documents.Select(d => new DocumentInput(d.Name, d.Copies, d.Note)).ToList(),
        ApplicationCodes.Code(a.Status), a.NoticeStartsOn, a.NoticeEndsOn, a.Reason, a.ApprovedOn,
        a.StopsFromMonth is { } stop ? new PayMonth(stop).ToString() : null, a.NextReviewOn,
        SubsidyRateRules.MonthlyAmount(policy, a.Kind, a.Grade, PayMonth.Of(today)), a.Version,
        a.Steps.ToTimeline());
}
