using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Disability.Applications;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Discovery;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Demo;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Disability.Demo;

/// <summary>
/// The demo district's subsidies, from its synthetic residents: of the residents eligible by the registry, about
/// half receive the subsidy, some have an application waiting for the town's review or the district's decision,
/// and the rest are left for discovery — so the coverage, the plan's rows 3–4 and the home page's work all show
/// something real. Does nothing once the module holds an application.
/// </summary>
internal sealed class DisabilityDemo(DisabilityDb db, IResidentRegistry registry, SubsidyPolicy policy, ICallerContext caller, TimeProvider clock)
    : IModuleDemo
{
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Applications.AnyAsync(cancellationToken))
        {
            return false;
        }
        var today = clock.BeijingToday();
        var eligible = new List<EligibleResident>();
        await foreach (var found in EligibleResidents.ScanAsync(db, registry, policy, today, null, cancellationToken))
        {
            eligible.Add(found);
        }
        foreach (var (found, index) in eligible.OrderBy(f => f.Resident.IdNumber.Value, StringComparer.Ordinal).ThenBy(f => f.Kind).Select((f, i) => (f, i)))
        {
            // Every sixth resident left unapplied for discovery; three in six receiving; one to review, one to decide.
            var stage = index % 6;
            if (stage == 5) continue;
            var appliedOn = today.AddDays(stage == 3 ? -2 : -40);
            var application = ApplicationIntake.Draft(found.Resident, found.Kind, ApplicantRole.Self, null, appliedOn, found.Certificate,
                new ApplicantDeclaration(found.Kind == SubsidyKind.CareSubsidy, false), "中国农业银行", "62284800" + found.Resident.IdNumber.Value[6..17], []);
            Workflow.Record(application, caller, clock, "受理", "演示数据");
            if (stage != 3)
            {
                application.Status = ApplicationStatus.InNotice;
                application.NoticeStartsOn = appliedOn.AddDays(10);
                application.NoticeEndsOn = appliedOn.AddDays(10 + policy.NoticeDays);
                Workflow.Record(application, caller, clock, "镇街审核通过", "演示数据");
            }
            if (stage is 0 or 1 or 2)
            {
                application.Status = ApplicationStatus.Approved;
                application.ApprovedOn = application.NoticeEndsOn!.Value.AddDays(1);
                application.NextReviewOn = application.ApprovedOn.Value.AddMonths(policy.ReviewIntervalMonths);
                Workflow.Record(application, caller, clock, "区民政审批通过", "演示数据");
            }
            db.Applications.Add(application);
        }
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
