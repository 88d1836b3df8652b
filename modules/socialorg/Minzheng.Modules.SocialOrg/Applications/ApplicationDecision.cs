using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Certificates;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Events;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>
/// What 准予 does, per workflow, checked again on the day of the decision (a name taken since, an approval expired, an
/// organisation deregistered meanwhile): a refusal (409) or field errors, and nothing applied; else the register changed
/// through the register's own rules, the certificate issued or voided, the event published.
/// </summary>
internal sealed class ApplicationDecision(SocialOrgDb db, IResidentRegistry registry, IDivisionNames names, ApplicationOptions options, SocialOrgOptions module,
    ICallerContext caller, TimeProvider clock)
{
    public DateOnly Today { get; } = clock.BeijingToday();

    private string District => caller.Scope.DivisionCode[..6];

    public async Task<ProblemHttpResult?> ApplyAsync(RegistrationApplication a, FieldErrors errors, CancellationToken cancellationToken)
    {
        switch (a.Kind)
        {
            case ApplicationKind.NameApproval:
                if (await ApplicationIntake.NameTakenAsync(db, a.Name!, a.Id, Today, cancellationToken) is { } taken) return Problems.Conflict($"{taken}。", "名称已被占用");
                a.ValidUntil = Today.AddMonths(options.NameApprovalMonths).AddDays(-1);
                return null;
            case ApplicationKind.Preparation:
                var approval = await db.RegistrationApplications.FirstOrDefaultAsync(x => x.Id == a.NameApprovalId, cancellationToken);
                if (ApplicationRules.UsableProblem(approval, ApplicationKind.NameApproval, Today) is { } unusable) return Problems.Conflict($"{unusable}，不能准予筹备。", "名称核准不可用");
                a.ValidUntil = Today.AddMonths(options.PreparationMonths).AddDays(-1);
                return null;
            case ApplicationKind.Establishment:
                return await EstablishAsync(a, errors, cancellationToken);
            case ApplicationKind.Change:
                return await ChangeAsync(a, cancellationToken);
            case ApplicationKind.Deregistration:
                var organisation = await OrganisationAsync(a, cancellationToken);
                if (OrganisationRegistration.Deregister(db, organisation, a.Reason!, caller, clock, Today, $"注销登记申请 {a.AppliedOn:yyyy-MM-dd} 准予") is { } refused) return refused;
                await CertificateIssuer.EndRegistrationAsync(db, organisation.Id, "注销登记，证书收缴", Today, cancellationToken);
                return null;
            case ApplicationKind.Branch:
                var parent = await OrganisationAsync(a, cancellationToken);
                if (OrganisationRegistration.NotRegistered(parent) is { } gone) return gone;
                if (ApplicationRules.BranchProblem(parent.Type) is { } noBranches) return Problems.Conflict($"{noBranches}。", "不得设立分支机构");
                var branch = new Branch
                {
                    Id = Guid.NewGuid(), OrganisationId = parent.Id, Name = a.Name!, PersonInCharge = a.LegalRepresentativeName!, BusinessScope = a.BusinessScope!,
                    Address = a.Address!, DivisionCode = a.DivisionCode, RegisteredOn = Today,
                };
                db.Branches.Add(branch);
                a.BranchId = branch.Id;
                OrganisationHistory.Record(db, parent, caller, clock, "分支机构设立登记", branch.Name);
                await CertificateIssuer.IssueForBranchAsync(db, branch, parent, District, module.AuthorityOf(names), Today, cancellationToken);
                return null;
            default:
                var ended = await db.Branches.FirstAsync(b => b.Id == a.BranchId, cancellationToken);
                if (ended.DeregisteredOn is not null) return Problems.Conflict("该分支机构已注销。", "已注销");
                ended.DeregisteredOn = Today;
                await CertificateIssuer.VoidBranchAsync(db, ended.Id, "分支机构注销登记，证书收缴", Today, cancellationToken);
                OrganisationHistory.Record(db, await OrganisationAsync(a, cancellationToken), caller, clock, "分支机构注销登记", $"{ended.Name}：{a.Reason}");
                return null;
        }
    }

    private async Task<ProblemHttpResult?> EstablishAsync(RegistrationApplication a, FieldErrors errors, CancellationToken cancellationToken)
    {
        var basis = await Establishment.PrerequisitesAsync(db, caller, a.NameApprovalId, Today, errors, cancellationToken);
        if (basis is null) return null;
        // The register's own checks and record, as for a direct registration (the decider confirms a code override).
        if (OrganisationRegistration.Check(errors, Establishment.RegisterRequest(a, Today), names, caller, Today) is not { } registration) return null;
        if (await OrganisationRegistration.CodeTakenAsync(db, registration.CreditCode, cancellationToken) is { } taken) return taken;
        var organisation = await OrganisationRegistration.EnterAsync(db, registry, registration, caller, clock, "成立登记（依申请）", cancellationToken);
        basis.NameApproval.Used = true;
        if (basis.Preparation is not null) basis.Preparation.Used = true;
        a.OrganisationId = organisation.Id;
        await CertificateIssuer.IssueAsync(db, organisation, District, module.AuthorityOf(names), Today, cancellationToken);
        return null;
    }

    private async Task<ProblemHttpResult?> ChangeAsync(RegistrationApplication a, CancellationToken cancellationToken)
    {
        var organisation = await OrganisationAsync(a, cancellationToken);
        if (Changes.NotChangeable(organisation) is { } refused) return refused;
        if (a.ChangeItem == ChangeItem.Name && await ApplicationIntake.NameTakenAsync(db, a.After!, null, Today, cancellationToken) is { } taken)
        {
            return Problems.Conflict($"{taken}。", "名称已被占用");
        }
        var resident = a.ChangeItem == ChangeItem.LegalRepresentative && IdNumber.TryParse(a.LegalRepresentativeIdNumber, Today, out var id, out _)
            ? await registry.FindAsync(id, cancellationToken)
            : null;
        a.Before = Changes.Apply(a, organisation, resident?.Id);
        OrganisationHistory.Record(db, organisation, caller, clock, "变更登记", $"{a.Before} → {a.After}");
        db.Publish(new OrganisationChanged(organisation.Id, organisation.CreditCode, ApplicationRules.ChangeCode(a.ChangeItem!.Value), a.Before, a.After!, organisation.Name,
            organisation.Address, organisation.DivisionCode, organisation.LegalRepresentativeName, organisation.BusinessScope, organisation.ActivityFunds, Today));
        // Every item a change may change is printed on the certificate: the old one is voided, a new one issued.
        await CertificateIssuer.VoidOwnAsync(db, organisation.Id, "登记事项变更，换发新证", Today, cancellationToken);
        await CertificateIssuer.IssueAsync(db, organisation, District, module.AuthorityOf(names), Today, cancellationToken);
        return null;
    }

    private Task<Organisation> OrganisationAsync(RegistrationApplication a, CancellationToken cancellationToken) =>
        db.Organisations.Include(o => o.Steps).FirstAsync(o => o.Id == a.OrganisationId, cancellationToken);
}
