using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Events;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Register;

/// <summary>The register (登记), under <c>/api/socialorg/organisations</c>: registration by the district, reading in scope.</summary>
public sealed class RegisterEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/organisations", ListAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgListOrganisations")
            .WithSummary("Registered organisations within the caller's scope, searched by name or code, type and status; paged on the server.");
        app.MapGet("/organisations/{id:guid}", GetAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgGetOrganisation")
            .WithSummary("One organisation of the register (the legal representative's ID number masked).");
        app.MapPost("/organisations", RegisterAsync).RequirePermission(SocialOrgPermissions.Register)
            .WithName("SocialOrgRegisterOrganisation")
            .WithSummary("成立登记 by the district: the credit code checked (GB 32100, department 5, category of the type, the district's code); publishes socialorg.registered.");
        app.MapPost("/organisations/{id:guid}/deregister/{version:int}", DeregisterAsync).RequirePermission(SocialOrgPermissions.Register)
            .WithName("SocialOrgDeregisterOrganisation")
            .WithSummary("注销登记 with a reason, on the version shown; publishes socialorg.deregistered.");
    }

    private static async Task<Ok<Paged<OrganisationRow>>> ListAsync(
        string? q, string? type, string? status, [AsParameters] PageQuery paging, SocialOrgDb db, ICallerContext caller, CancellationToken cancellationToken)
    {
        var query = db.Organisations.AsNoTracking().WithinScope(caller);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(o => o.Name.Contains(text) || o.CreditCode == text.ToUpperInvariant());
        }
        if (OrganisationRules.TryParseType(type, out var t)) query = query.Where(o => o.Type == t);
        if (status == "registered") query = query.Where(o => o.Status == OrganisationStatus.Registered);
        if (status == "deregistered") query = query.Where(o => o.Status == OrganisationStatus.Deregistered);
        if (status == "revoked") query = query.Where(o => o.Status == OrganisationStatus.Revoked);
        var page = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(OrganisationView.Row));
    }

    private static async Task<Results<Ok<OrganisationView>, ProblemHttpResult>> GetAsync(Guid id, SocialOrgDb db, ICallerContext caller, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().WithinScope(caller).Include(o => o.Steps).FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is { } o
            ? TypedResults.Ok(OrganisationView.Of(o))
            : NotFound();

    private static async Task<Results<Created<OrganisationView>, ProblemHttpResult, ValidationProblem>> RegisterAsync(
        RegisterOrganisationRequest request, SocialOrgDb db, IResidentRegistry registry, IDivisionNames divisions, ICallerContext caller, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (caller.Scope.Level != OrgLevel.District) return Problems.Forbidden("社会组织登记由区民政局（登记管理机关）办理。");
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        if (!OrganisationRules.TryParseType(request.Type, out var type)) errors.Add("type", "请选择类型：社会团体、社会服务机构或基金会");
        var name = errors.Text("name", request.Name, "名称", OrganisationRules.NameLength);
        var code = (request.CreditCode ?? "").Trim().ToUpperInvariant();
        string? overrideNote = null;
        if (!errors.Has("type") && OrganisationRules.CreditCodeProblem(code, type, caller.Scope.DivisionCode[..6]) is { } codeProblem)
        {
            if (string.IsNullOrWhiteSpace(request.CreditCodeOverride))
            {
                errors.Add("creditCode", codeProblem);
            }
            else if (!caller.HasPermission(SocialOrgPermissions.OverrideCreditCode))
            {
                errors.Add("creditCodeOverride", "确认未通过校验的信用代码需要相应权限");
            }
            else if (code.Length != 18)
            {
                errors.Add("creditCode", "统一社会信用代码应为18位");
            }
            else
            {
                overrideNote = $"{request.CreditCodeOverride.Trim()}（{codeProblem}；确认人：{caller.Staff.Name}）";
            }
        }
        var representative = errors.Text("legalRepresentativeName", request.LegalRepresentativeName, "法定代表人", 50);
        var representativeId = errors.IdNumber("legalRepresentativeIdNumber", request.LegalRepresentativeIdNumber, today);
        var scope = errors.Text("businessScope", request.BusinessScope, "业务范围", OrganisationRules.ScopeLength);
        var supervisor = errors.Text("supervisingUnit", request.SupervisingUnit, "业务主管单位", 100, required: type != OrganisationType.Foundation);
        if (request.ActivityFunds is not { } funds || funds < 0) errors.Add("activityFunds", "请填写开办资金（万元，不小于0）");
        var address = errors.Text("address", request.Address, "住所", 200);
        var village = errors.Division("divisionCode", request.DivisionCode, "所在村（居）", divisions, caller.Scope);
        var registeredOn = request.RegisteredOn ?? today;
        if (registeredOn > today) errors.Add("registeredOn", "成立登记日期不能晚于今天");
        if (errors.HasErrors) return errors.ToProblem();

        if (await db.Organisations.AnyAsync(o => o.CreditCode == code, cancellationToken))
        {
            return Problems.Conflict($"统一社会信用代码{code}已登记。", "信用代码已登记");
        }
        var resident = await registry.FindAsync(representativeId, cancellationToken);
        var organisation = new Organisation
        {
            Id = Guid.NewGuid(), Type = type, Name = name, CreditCode = code, CreditCodeOverride = overrideNote, LegalRepresentativeName = representative,
            LegalRepresentativeIdNumber = representativeId.Value, LegalRepresentativeResidentId = resident?.Id, BusinessScope = scope,
            SupervisingUnit = supervisor ?? "", ActivityFunds = request.ActivityFunds!.Value, Address = address, DivisionCode = village,
            RegisteredOn = registeredOn, Status = OrganisationStatus.Registered,
        };
        db.Organisations.Add(organisation);
        OrganisationHistory.Record(db, organisation, caller, clock, "成立登记", overrideNote is null ? null : $"信用代码经确认：{overrideNote}");
        db.Publish(new OrganisationRegistered(organisation.Id, OrganisationRules.TypeCode(type), name, code, village, registeredOn));
        return TypedResults.Created($"/api/socialorg/organisations/{organisation.Id}", OrganisationView.Of(organisation));
    }

    private static async Task<Results<Ok<OrganisationView>, ProblemHttpResult, ValidationProblem>> DeregisterAsync(
        Guid id, int version, DeregisterRequest? request, SocialOrgDb db, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (caller.Scope.Level != OrgLevel.District) return Problems.Forbidden("注销登记由区民政局（登记管理机关）办理。");
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, "注销原因", 500);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.Organisations.WithinScope(caller).Include(o => o.Steps).FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organisation) return NotFound();
        if (db.ExpectVersion(organisation, version) is { } stale) return stale;
        if (organisation.Status != OrganisationStatus.Registered)
        {
            return Problems.Conflict($"该社会组织已{(organisation.Status == OrganisationStatus.Deregistered ? "注销" : "被撤销登记")}。", "已不在册");
        }
        organisation.Status = OrganisationStatus.Deregistered;
        organisation.DeregisteredOn = clock.BeijingToday();
        organisation.DeregistrationReason = reason;
        OrganisationHistory.Record(db, organisation, caller, clock, "注销登记", reason);
        db.Publish(new OrganisationDeregistered(organisation.Id, organisation.CreditCode, organisation.DeregisteredOn.Value, reason));
        return TypedResults.Ok(OrganisationView.Of(organisation));
    }

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这个社会组织，或它不在您的辖区内。");
}
