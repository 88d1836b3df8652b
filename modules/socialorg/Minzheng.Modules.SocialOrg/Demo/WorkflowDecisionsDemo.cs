using Minzheng.Modules.SocialOrg.Applications;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Demo;

/// <summary>
/// The decided workflows of <see cref="WorkflowDemo"/>, in one town, decided through the module's own decision
/// (<see cref="ApplicationDecision"/>): a 基金会 established with its certificate, its 变更登记 approved (the certificate
/// reissued) and a 分支机构 approved with its own certificate; a 社会服务机构's establishment waiting for review; another's
/// refused after acceptance, with its 决定书文号 for the notice. Synthetic names; the legal representative a demo resident.
/// </summary>
internal sealed class WorkflowDecisionsDemo(SocialOrgDb db, IResidentRegistry registry, ApplicationDecision decision, ICallerContext caller, TimeProvider clock)
{
    /// <summary>Seeds them with <paramref name="make"/> (the demo's application factory) in <paramref name="village"/>; false without an adult resident.</summary>
    public async Task<bool> SeedAsync(Func<ApplicationKind, ApplicationStatus, OrganisationType, string, DateOnly, RegistrationApplication> make, string prefix,
        string townName, string village, CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        ResidentRecord? representative = null;
        await foreach (var r in registry.ListAsync(new ResidentFilter(Status: ResidentStatus.Alive), cancellationToken))
        {
            if (r.IdNumber.AgeOn(today) is >= 25 and <= 60) { representative = r; break; }
        }
        if (representative is null) return false;

        RegistrationApplication Named(OrganisationType type, string trade)
        {
            var name = make(ApplicationKind.NameApproval, ApplicationStatus.Approved, type, village, today.AddDays(-20));
            (name.Name, name.DecidedOn, name.ValidUntil, name.Used) = ($"{prefix}{townName}{trade}（演示）", today.AddDays(-18), today.AddMonths(5), false);
            return name;
        }

        RegistrationApplication Establishment(RegistrationApplication name, ApplicationStatus status, int sequence)
        {
            var a = make(ApplicationKind.Establishment, status, name.OrganisationType, village, today.AddDays(-15));
            var first17 = $"5{(int)name.OrganisationType}{caller.Scope.DivisionCode[..6]}MK{sequence:D7}";
            (a.NameApprovalId, a.Name, a.CreditCode, a.LegalRepresentativeName, a.LegalRepresentativeIdNumber) =
                (name.Id, name.Name, first17 + CreditCode.CheckCharacter(first17), representative.Name, representative.IdNumber.Value);
            (a.BusinessScope, a.SupervisingUnit, a.Funds, a.Address) = ("资助辖区困难学生（演示数据）", "区民政局", 200, $"{townName}演示路88号");
            if (status != ApplicationStatus.Submitted) ApplicationIntake.Record(db, a, caller, clock, RefusalNoticeRules.AcceptStep, "材料齐全（演示）");
            if (status is ApplicationStatus.Reviewed or ApplicationStatus.Rejected) a.ReviewOpinion = "（演示）";
            return a;
        }

        var foundationName = Named(OrganisationType.Foundation, "助学基金会");
        var established = Establishment(foundationName, ApplicationStatus.Reviewed, 1);
        var waiting = Establishment(Named(OrganisationType.SocialServiceAgency, "康养服务中心"), ApplicationStatus.Accepted, 2);
        var refused = Establishment(Named(OrganisationType.SocialServiceAgency, "托育服务中心"), ApplicationStatus.Rejected, 3);
        (refused.DecisionReason, refused.DecisionNumber) = ("拟设住所使用证明与实地核查不符（演示）", $"民社不登字〔{today.Year}〕1号（演示）");
        ApplicationIntake.Record(db, refused, caller, clock, RefusalNoticeRules.Decision(ApplicationKind.Establishment, accepted: true), refused.DecisionReason);
        await db.SaveChangesAsync(cancellationToken);

        await ApproveAsync(established, cancellationToken);
        var organisationId = established.OrganisationId!.Value;
        var change = make(ApplicationKind.Change, ApplicationStatus.Reviewed, OrganisationType.Foundation, village, today.AddDays(-5));
        (change.OrganisationId, change.Name, change.ChangeItem, change.Before) = (organisationId, established.Name, ChangeItem.BusinessScope, established.BusinessScope);
        (change.After, change.BusinessScope, change.Reason) = ("资助辖区困难学生和孤寡老人（演示数据）", "资助辖区困难学生和孤寡老人（演示数据）", "扩大资助范围（演示）");
        var branch = make(ApplicationKind.Branch, ApplicationStatus.Reviewed, OrganisationType.Foundation, village, today.AddDays(-4));
        (branch.OrganisationId, branch.Name, branch.LegalRepresentativeName) = (organisationId, $"{established.Name}助学专项分会", representative.Name);
        (branch.BusinessScope, branch.Address) = ("组织助学志愿服务（演示数据）", $"{townName}演示路90号");
        await ApproveAsync(change, cancellationToken);
        await ApproveAsync(branch, cancellationToken);
        return true;
    }

    // 准予 as the approve endpoint does it: the decision's own checks and effects, then the step; saved each time so the next decision sees it.
    private async Task ApproveAsync(RegistrationApplication a, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (await decision.ApplyAsync(a, errors, cancellationToken) is not null || errors.HasErrors)
        {
            throw new InvalidOperationException($"演示数据的{ApplicationRules.KindLabel(a.Kind)}不能准予。");
        }
        (a.Status, a.DecisionReason, a.DecidedOn) = (ApplicationStatus.Approved, "符合登记条件（演示）", decision.Today);
        ApplicationIntake.Record(db, a, caller, clock, $"准予{ApplicationRules.KindLabel(a.Kind)}", a.DecisionReason);
        await db.SaveChangesAsync(cancellationToken);
    }
}
