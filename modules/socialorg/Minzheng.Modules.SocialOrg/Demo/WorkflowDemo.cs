using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Applications;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Demo;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Demo;

/// <summary>
/// The demo district's registration applications, made up: in each town a name approval in every state (待受理, 待审查,
/// 待决定, 已准予, 不予准许) and a 社团's preparation waiting for its decision; in the first town the decided workflows
/// (<see cref="WorkflowDecisionsDemo"/>: an establishment, a change and a branch approved with their certificates, an
/// establishment under review, one refused). Its organisation comes from an establishment, which the register's demo does
/// not count as data of its own, so both run in any order. Does nothing once the module holds an application.
/// </summary>
internal sealed class WorkflowDemo(SocialOrgDb db, IDivisionNames names, ApplicationOptions options, ICallerContext caller, TimeProvider clock,
    WorkflowDecisionsDemo decisions) : IModuleDemo
{
    private static readonly ApplicationStatus[] States =
        [ApplicationStatus.Submitted, ApplicationStatus.Accepted, ApplicationStatus.Reviewed, ApplicationStatus.Approved, ApplicationStatus.Rejected];

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.RegistrationApplications.AnyAsync(cancellationToken)) return false;
        var today = clock.BeijingToday();
        var prefix = ApplicationIntake.Prefix(options, names);
        var seeded = false;
        (string Name, string Village)? first = null;
        foreach (var town in names.TownsWithin(caller.Scope))
        {
            var townName = names.NameOf(town) ?? town;
            var village = $"{town}001";
            if (names.NameOf(village) is null) continue;
            first ??= (townName, village);
            foreach (var (status, i) in States.Select((s, i) => (s, i)))
            {
                var type = i % 2 == 0 || status == ApplicationStatus.Approved ? OrganisationType.SocialGroup : OrganisationType.SocialServiceAgency;
                var suffix = type == OrganisationType.SocialGroup ? "协会" : "服务中心";
                var application = Application(ApplicationKind.NameApproval, status, type, village, today.AddDays(-10 + i));
                application.Name = $"{prefix}{townName}{"乐群康养助学体育文化".Substring(i * 2, 2)}{suffix}（演示）";
                if (status == ApplicationStatus.Approved) application.ValidUntil = today.AddMonths(options.NameApprovalMonths);
                if (status == ApplicationStatus.Rejected) application.DecisionReason = "与辖区内已登记组织名称近似（演示）";
                if (status >= ApplicationStatus.Reviewed) application.ReviewOpinion = "名称符合规定（演示）";
                if (status == ApplicationStatus.Approved && type == OrganisationType.SocialGroup)
                {
                    var preparation = Application(ApplicationKind.Preparation, ApplicationStatus.Reviewed, type, village, today.AddDays(-2));
                    (preparation.NameApprovalId, preparation.Name, preparation.Founders) = (application.Id, application.Name, "演示发起人甲、演示发起人乙");
                    (preparation.IndividualMembers, preparation.UnitMembers, preparation.Funds) = (options.MinIndividualMembers + 5, 0, 3);
                }
                seeded = true;
            }
        }
        if (!seeded) return false;
        await db.SaveChangesAsync(cancellationToken);
        await decisions.SeedAsync(Application, prefix, first!.Value.Name, first.Value.Village, cancellationToken);
        return true;
    }

    private RegistrationApplication Application(ApplicationKind kind, ApplicationStatus status, OrganisationType type, string village, DateOnly appliedOn)
    {
        var application = new RegistrationApplication
        {
            Id = Guid.NewGuid(), Kind = kind, Status = status, OrganisationType = type, DivisionCode = village, ApplicantName = "演示申请人", AppliedOn = appliedOn,
            Documents = [.. options.Documents.GetValueOrDefault(kind, []).Select(d => new ApplicationDocument { Name = d })],
            DecidedOn = status is ApplicationStatus.Approved or ApplicationStatus.Rejected ? appliedOn.AddDays(3) : null,
        };
        db.RegistrationApplications.Add(application);
        db.ApplicationSteps.Add(new ApplicationStep
        {
            ApplicationId = application.Id, At = clock.GetUtcNow(), Title = $"提出{ApplicationRules.KindLabel(kind)}申请", StaffId = caller.Staff.Id,
            StaffName = caller.Staff.Name, Note = "演示数据",
        });
        return application;
    }
}
