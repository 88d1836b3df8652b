using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>
/// Applications received (申请), under <c>/api/socialorg/applications/…</c>: by a town's or the district's staff, for an
/// organisation in their scope; each checked as far as it can be before its review.
/// </summary>
public sealed class SubmitEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/applications/name-approval", NameApprovalAsync).RequirePermission(SocialOrgPermissions.Application)
            .WithName("SocialOrgApplyNameApproval").WithSummary("名称核准申请: the name checked (the district's prefix, the type's suffix, not taken by an organisation or another approval).");
        app.MapPost("/applications/{id:guid}/preparation", PreparationAsync).RequirePermission(SocialOrgPermissions.Application)
            .WithName("SocialOrgApplyPreparation").WithSummary("筹备申请 of a 社会团体 on its approved name: founders, members (the configured minimum), funds.");
        app.MapPost("/applications/{id:guid}/establishment", EstablishmentAsync).RequirePermission(SocialOrgPermissions.Application)
            .WithName("SocialOrgApplyEstablishment").WithSummary("成立登记申请 on a valid name approval (and, for a 社会团体, an approved preparation): the register's checks of the fields.");
        app.MapPost("/organisations/{id:guid}/change-applications", ChangeAsync).RequirePermission(SocialOrgPermissions.Application)
            .WithName("SocialOrgApplyChange").WithSummary("变更登记申请 of one item (name, address, legal representative, business scope, funds), before and after kept; refused for an organisation not registered.");
        app.MapPost("/organisations/{id:guid}/deregistration-applications", DeregistrationAsync).RequirePermission(SocialOrgPermissions.Application)
            .WithName("SocialOrgApplyDeregistration").WithSummary("注销登记申请 with the reason (the liquidation report among the documents).");
        app.MapPost("/organisations/{id:guid}/branch-applications", BranchAsync).RequirePermission(SocialOrgPermissions.Application)
            .WithName("SocialOrgApplyBranch").WithSummary("分支机构设立登记申请 of a 社会团体 or 基金会 (a 社会服务机构 may have none).");
        app.MapPost("/branches/{id:guid}/deregistration-applications", BranchDeregistrationAsync).RequirePermission(SocialOrgPermissions.Application)
            .WithName("SocialOrgApplyBranchDeregistration").WithSummary("分支机构注销登记申请.");
    }

    private static async Task<Results<Created<ApplicationView>, ProblemHttpResult, ValidationProblem>> NameApprovalAsync(NameApprovalRequest request, SocialOrgDb db,
        IDivisionNames names, ApplicationOptions options, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (!OrganisationRules.TryParseType(request.Type, out var type)) errors.Add("type", "请选择类型：社会团体、社会服务机构或基金会");
        var name = errors.Text("name", request.Name, "拟定名称", OrganisationRules.NameLength);
        var applicant = errors.Text("applicantName", request.ApplicantName, "申请人", 50);
        var village = errors.Division("divisionCode", request.DivisionCode, "拟设住所所在村（居）", names, caller.Scope);
        var documents = ApplicationIntake.Documents(errors, request.Documents);
        if (!errors.Has("type") && !errors.Has("name") && ApplicationRules.NameProblem(name, type, ApplicationIntake.Prefix(options, names), options) is { } problem)
        {
            errors.Add("name", problem);
        }
        if (errors.HasErrors) return errors.ToProblem();
        if (await ApplicationIntake.NameTakenAsync(db, name, null, clock.BeijingToday(), cancellationToken) is { } taken) return Problems.Conflict($"{taken}。", "名称已被占用");
        var application = ApplicationIntake.New(db, ApplicationKind.NameApproval, type, village, applicant, documents, caller, clock);
        application.Name = name;
        return Created(application, options);
    }

    private static async Task<Results<Created<ApplicationView>, ProblemHttpResult, ValidationProblem>> PreparationAsync(Guid id, PreparationRequest request, SocialOrgDb db,
        ApplicationOptions options, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var approval = await db.RegistrationApplications.WithinScope(caller).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (ApplicationRules.UsableProblem(approval, ApplicationKind.NameApproval, clock.BeijingToday()) is { } unusable) errors.Add("nameApprovalId", unusable);
        else if (ApplicationRules.PreparationProblem(approval!.OrganisationType) is { } notGroup) errors.Add("nameApprovalId", notGroup);
        var founders = errors.Text("founders", request.Founders, "发起人", 500);
        if (ApplicationRules.MembersProblem(request.IndividualMembers ?? 0, request.UnitMembers ?? 0, options) is { } members) errors.Add("individualMembers", members);
        if (request.Funds is not { } funds || funds < 0) errors.Add("funds", "请填写活动资金（万元，不小于0）");
        var applicant = errors.Text("applicantName", request.ApplicantName, "申请人", 50);
        var documents = ApplicationIntake.Documents(errors, request.Documents);
        if (errors.HasErrors) return errors.ToProblem();
        var application = ApplicationIntake.New(db, ApplicationKind.Preparation, approval!.OrganisationType, approval.DivisionCode, applicant, documents, caller, clock);
        (application.NameApprovalId, application.Name, application.Founders) = (approval.Id, approval.Name, founders);
        (application.IndividualMembers, application.UnitMembers, application.Funds) = (request.IndividualMembers ?? 0, request.UnitMembers ?? 0, request.Funds);
        return Created(application, options);
    }

    private static async Task<Results<Created<ApplicationView>, ProblemHttpResult, ValidationProblem>> EstablishmentAsync(Guid id, EstablishmentRequest request, SocialOrgDb db,
        IDivisionNames names, ApplicationOptions options, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var today = clock.BeijingToday();
        var prerequisites = await Establishment.PrerequisitesAsync(db, caller, id, today, errors, cancellationToken);
        var applicant = errors.Text("applicantName", request.ApplicantName, "申请人", 50);
        var documents = ApplicationIntake.Documents(errors, request.Documents);
        if (prerequisites is not { } p) return errors.ToProblem();
        if (OrganisationRegistration.Check(errors, Establishment.RegisterRequest(request, p.NameApproval), names, caller, today) is not { } registration || errors.HasErrors)
        {
            return errors.ToProblem();
        }
        if (await OrganisationRegistration.CodeTakenAsync(db, registration.CreditCode, cancellationToken) is { } codeTaken) return codeTaken;
        var application = ApplicationIntake.New(db, ApplicationKind.Establishment, registration.Type, registration.DivisionCode, applicant, documents, caller, clock);
        Establishment.Keep(application, request, registration, p);
        return Created(application, options);
    }

    private static async Task<Results<Created<ApplicationView>, ProblemHttpResult, ValidationProblem>> ChangeAsync(Guid id, ChangeRequest request, SocialOrgDb db,
        IDivisionNames names, ApplicationOptions options, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var organisation = await OrganisationAsync(db, caller, id, errors, cancellationToken);
        var applicant = errors.Text("applicantName", request.ApplicantName, "申请人", 50);
        var documents = ApplicationIntake.Documents(errors, request.Documents);
        if (organisation is not null && Changes.NotChangeable(organisation) is { } refused) return refused;
        var change = organisation is null ? null : Changes.Check(errors, request, organisation, names, options, caller, clock.BeijingToday());
        if (errors.HasErrors || change is null) return errors.ToProblem();
        if (change.Item == ChangeItem.Name && await ApplicationIntake.NameTakenAsync(db, change.After, null, clock.BeijingToday(), cancellationToken) is { } taken)
        {
            return Problems.Conflict($"{taken}。", "名称已被占用");
        }
        var application = ApplicationIntake.New(db, ApplicationKind.Change, organisation!.Type, organisation.DivisionCode, applicant, documents, caller, clock);
        Changes.Keep(application, organisation, change);
        application.Reason = request.Reason?.Trim();
        return Created(application, options);
    }

    private static async Task<Results<Created<ApplicationView>, ProblemHttpResult, ValidationProblem>> DeregistrationAsync(Guid id, DeregistrationRequest request, SocialOrgDb db,
        ApplicationOptions options, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var organisation = await OrganisationAsync(db, caller, id, errors, cancellationToken);
        var reason = errors.Text("reason", request.Reason, "注销原因", 500);
        var applicant = errors.Text("applicantName", request.ApplicantName, "申请人", 50);
        var documents = ApplicationIntake.Documents(errors, request.Documents);
        if (errors.HasErrors) return errors.ToProblem();
        if (OrganisationRegistration.NotRegistered(organisation!) is { } refused) return refused;
        var application = ApplicationIntake.New(db, ApplicationKind.Deregistration, organisation!.Type, organisation.DivisionCode, applicant, documents, caller, clock);
        (application.OrganisationId, application.Name, application.Reason) = (organisation.Id, organisation.Name, reason);
        return Created(application, options);
    }

    private static async Task<Results<Created<ApplicationView>, ProblemHttpResult, ValidationProblem>> BranchAsync(Guid id, BranchRequest request, SocialOrgDb db,
        IDivisionNames names, ApplicationOptions options, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var organisation = await OrganisationAsync(db, caller, id, errors, cancellationToken);
        if (organisation is not null && ApplicationRules.BranchProblem(organisation.Type) is { } noBranches) errors.Add("organisationId", noBranches);
        var name = errors.Text("name", request.Name, "分支机构名称", OrganisationRules.NameLength);
        var head = errors.Text("personInCharge", request.PersonInCharge, "负责人", 50);
        var scope = errors.Text("businessScope", request.BusinessScope, "业务范围", OrganisationRules.ScopeLength);
        var address = errors.Text("address", request.Address, "住所", 200);
        var village = errors.Division("divisionCode", request.DivisionCode, "所在村（居）", names, caller.Scope);
        var applicant = errors.Text("applicantName", request.ApplicantName, "申请人", 50);
        var documents = ApplicationIntake.Documents(errors, request.Documents);
        if (errors.HasErrors) return errors.ToProblem();
        if (OrganisationRegistration.NotRegistered(organisation!) is { } refused) return refused;
        var application = ApplicationIntake.New(db, ApplicationKind.Branch, organisation!.Type, village, applicant, documents, caller, clock);
        (application.OrganisationId, application.Name, application.LegalRepresentativeName) = (organisation.Id, name, head);
        (application.BusinessScope, application.Address) = (scope, address);
        return Created(application, options);
    }

    private static async Task<Results<Created<ApplicationView>, ProblemHttpResult, ValidationProblem>> BranchDeregistrationAsync(Guid id, BranchDeregistrationRequest request,
        SocialOrgDb db, ApplicationOptions options, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var branch = await db.Branches.WithinScope(caller).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (branch is null) errors.Add("branchId", "没有这个分支机构，或它不在您的辖区内");
        else if (branch.DeregisteredOn is not null) errors.Add("branchId", "该分支机构已注销");
        var reason = errors.Text("reason", request.Reason, "注销原因", 500);
        var applicant = errors.Text("applicantName", request.ApplicantName, "申请人", 50);
        var documents = ApplicationIntake.Documents(errors, request.Documents);
        if (errors.HasErrors) return errors.ToProblem();
        var organisation = await db.Organisations.FirstAsync(o => o.Id == branch!.OrganisationId, cancellationToken);
        var application = ApplicationIntake.New(db, ApplicationKind.BranchDeregistration, organisation.Type, branch!.DivisionCode, applicant, documents, caller, clock);
        (application.OrganisationId, application.BranchId, application.Name, application.Reason) = (organisation.Id, branch.Id, branch.Name, reason);
        return Created(application, options);
    }

    private static async Task<Organisation?> OrganisationAsync(SocialOrgDb db, ICallerContext caller, Guid id, FieldErrors errors, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.WithinScope(caller).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null) errors.Add("organisationId", "没有这个社会组织，或它不在您的辖区内");
        return organisation;
    }

    private static Created<ApplicationView> Created(RegistrationApplication application, ApplicationOptions options) =>
        TypedResults.Created($"/api/socialorg/applications/{application.Id}", ApplicationView.Of(application, options));
}
