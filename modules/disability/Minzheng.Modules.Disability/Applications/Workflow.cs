using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Disability.Common;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Disability.Applications;

/// <summary>What every workflow endpoint does alike: load within scope, check version, record the step, save.</summary>
internal static class Workflow
{
    public static Task<SubsidyApplication?> LoadAsync(DisabilityDb db, ICallerContext caller, Guid id, CancellationToken cancellationToken) =>
        db.Applications.WithinScope(caller).Include(a => a.Steps).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public static ProblemHttpResult NotFound() => Problems.NotFound("没有这份两项补贴申请，或它不在您的辖区内。");

    public static ProblemHttpResult WrongLevel(string what) => Problems.Forbidden($"{what}。");

    /// <summary>400 when no version was sent, 409 when it is stale; null when the change may go on.</summary>
    public static IResult? CheckVersion(DisabilityDb db, SubsidyApplication application, int? version)
    {
        if (version is null)
        {
            return Problems.Validation("version", "请提供修改所依据的版本号（version）");
        }
        if (version != application.Version)
        {
            return Stale(application.Version);
        }
        // The database checks it again at save: a concurrent change between load and save is caught too.
        db.Entry(application).Property(a => a.Version).OriginalValue = version.Value;
        application.Version = version.Value + 1;
        return null;
    }

    public static ProblemHttpResult Stale(int current) =>
        Problems.StaleVersion($"这份申请已被他人修改（当前版本 {current}），请刷新后重试。");

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

    /// <summary>Saves; a concurrent change is a 409, not a 500.</summary>
    public static async Task<IResult?> SaveAsync(DisabilityDb db, SubsidyApplication application, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale(application.Version);
        }
    }

    /// <summary>An ineligible person: 400 naming each failed rule (the rule codes are the error keys).</summary>
    public static ValidationProblem Ineligible(SubsidyKind kind, Eligibility.Eligibility eligibility) =>
        TypedResults.ValidationProblem(
            eligibility.Failures.GroupBy(f => f.Rule).ToDictionary(g => g.Key, g => g.Select(f => f.Message).ToArray()),
            title: "不符合补贴条件",
            detail: $"不符合{SubsidyKinds.Label(kind)}的条件：{string.Join("；", eligibility.Failures.Select(f => f.Message))}。",
            extensions: new Dictionary<string, object?> { ["rules"] = eligibility.Failures.Select(f => f.Rule).ToArray() });

    public static ApplicationView View(SubsidyApplication a, SubsidyPolicy policy, DateOnly today) => new(
        a.Id, a.ResidentId, a.Name, Masking.IdNumber(a.IdNumber), a.DivisionCode, SubsidyKinds.Code(a.Kind),
        ApplicationCodes.Code(a.AppliedBy), a.ApplicantName, a.AppliedOn, new PayMonth(a.PaidFromMonth).ToString(),
        CategoryNames.Of(a.Category), a.Grade, a.CertificateValidUntil, a.NeedsLongTermCare, a.ReceivesWorkInjuryCareAllowance,
        a.BankName, Masking.Account(a.BankAccount),
        a.Documents.Select(d => new DocumentInput(d.Name, d.Copies, d.Note)).ToList(),
        ApplicationCodes.Code(a.Status), a.NoticeStartsOn, a.NoticeEndsOn, a.Reason, a.ApprovedOn,
        a.StopsFromMonth is { } stop ? new PayMonth(stop).ToString() : null, a.NextReviewOn,
        SubsidyRateRules.MonthlyAmount(policy, a.Kind, a.Grade, PayMonth.Of(today)), a.Version,
        a.Steps.OrderBy(s => s.At).Select(s => new StepView(s.At, s.Title, s.StaffName, s.Note)).ToList());
}
