using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Disability.Applications;

/// <summary>Takes an application at the window (also when discovery starts one on the person's behalf).</summary>
internal static partial class ApplicationIntake
{
    [GeneratedRegex("^[0-9]{10,30}$")]
    private static partial Regex AccountPattern();

    public static async Task<Results<Created<ApplicationView>, ProblemHttpResult, ValidationProblem>> AcceptAsync(
        NewApplicationRequest request, DisabilityDb db, IResidentRegistry registry, ICallerContext caller, SubsidyPolicy policy,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!ApplicationRules.MayAccept(caller.Scope.Level))
        {
            return Workflow.WrongLevel("两项补贴申请由村（居）或镇街窗口受理");
        }
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var idNumber = errors.IdNumber("idNumber", request.IdNumber, today);
        if (!SubsidyKinds.TryParse(request.Kind, out var kind)) errors.Add("kind", "请选择补贴类别：生活补贴（living）或护理补贴（care）");
        if (!ApplicationCodes.TryParseRole(request.AppliedBy ?? "self", out var role)) errors.Add("appliedBy", "申请人应为本人、监护人、近亲属或村（居）委会");
        else if (role != ApplicantRole.Self && string.IsNullOrWhiteSpace(request.ApplicantName)) errors.Add("applicantName", "代为申请的，请填写申请人姓名");
        else if (role != ApplicantRole.Self) errors.PersonName("applicantName", request.ApplicantName, "申请人姓名");
        var appliedOn = request.AppliedOn ?? today;
        if (appliedOn > today) errors.Add("appliedOn", "受理日期不能晚于今天");
        if (string.IsNullOrWhiteSpace(request.BankName)) errors.Add("bankName", "请填写开户银行");
        if (request.BankAccount is null || !AccountPattern().IsMatch(request.BankAccount.Trim())) errors.Add("bankAccount", "银行账号应为10至30位数字");
        if (request.Documents?.Any(d => string.IsNullOrWhiteSpace(d.Name) || d.Copies is < 1) == true) errors.Add("documents", "每份材料都要写明名称，份数至少为1");
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        var resident = await registry.FindAsync(idNumber, cancellationToken);
        if (resident is null)
        {
            return Problems.Validation("idNumber", "居民信息库中没有此人，或此人不在您的辖区内；请先登记居民信息");
        }
        var declaration = new ApplicantDeclaration(request.NeedsLongTermCare ?? false, request.ReceivesWorkInjuryCareAllowance ?? false);
        var eligibility = EligibilityRules.Check(resident, kind, today, policy, declaration);
        if (!eligibility.IsEligible)
        {
            return Workflow.Ineligible(kind, eligibility);
        }
        var open = await db.Applications.AnyAsync(a => a.ResidentId == resident.Id && a.Kind == kind
            && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InNotice || a.Status == ApplicationStatus.Approved), cancellationToken);
        if (open)
        {
            return Problems.Conflict($"{resident.Name}已有在办或享受中的{SubsidyKinds.Label(kind)}，不能重复申请。", "重复申请");
        }

        var application = Draft(resident, kind, role, request.ApplicantName, appliedOn, eligibility.Certificate!, declaration, request.BankName!, request.BankAccount!,
            (request.Documents ?? []).Select(d => new ApplicationDocument { Name = d.Name!.Trim(), Copies = d.Copies ?? 1, Note = d.Note }).ToList());
        Workflow.Record(application, caller, clock, "受理", $"{ApplicationCodes.Label(role)}申请{SubsidyKinds.Label(kind)}");
        db.Applications.Add(application);
        return TypedResults.Created($"/api/disability/applications/{application.Id}", Workflow.View(application, policy, today));
    }

    /// <summary>A submitted application for <paramref name="resident"/>, carrying the certificate it was found eligible by.</summary>
    public static SubsidyApplication Draft(ResidentRecord resident, SubsidyKind kind, ApplicantRole role, string? applicantName, DateOnly appliedOn,
        DisabilityCertificate certificate, ApplicantDeclaration declaration, string bankName, string bankAccount, List<ApplicationDocument> documents) => new()
        {
            Id = Guid.NewGuid(),
            ResidentId = resident.Id,
            IdNumber = resident.IdNumber.Value,
            Name = resident.Name,
            DivisionCode = resident.DivisionCode,
            Kind = kind,
            AppliedBy = role,
            ApplicantName = role == ApplicantRole.Self ? null : applicantName!.Trim(),
            AppliedOn = appliedOn,
            PaidFromMonth = ApplicationRules.FirstPaidMonth(appliedOn).Key,
            CertificateNumber = certificate.Number,
            Category = certificate.Category,
            Grade = certificate.Grade,
            CertificateValidUntil = certificate.ValidUntil,
            NeedsLongTermCare = declaration.NeedsLongTermCare,
            ReceivesWorkInjuryCareAllowance = declaration.ReceivesWorkInjuryCareAllowance,
            BankName = bankName.Trim(),
            BankAccount = bankAccount.Trim(),
            Documents = documents,
            Status = ApplicationStatus.Submitted,
        };
}
