using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Certificates;
using Minzheng.Modules.SocialOrg.Data;
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
        var query = Search(db.Organisations.AsNoTracking().WithinScope(caller), q, type, status);
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
        if (Problems.DistrictOnly(caller, "社会组织登记由区民政局（登记管理机关）办理。") is { } notDistrict) return notDistrict;
        var errors = new FieldErrors();
        if (OrganisationRegistration.Check(errors, request, divisions, caller, clock.BeijingToday()) is not { } registration) return errors.ToProblem();
        if (await OrganisationRegistration.CodeTakenAsync(db, registration.CreditCode, cancellationToken) is { } taken) return taken;
        var organisation = await OrganisationRegistration.EnterAsync(db, registry, registration, caller, clock, "成立登记", cancellationToken);
        return TypedResults.Created($"/api/socialorg/organisations/{organisation.Id}", OrganisationView.Of(organisation));
    }

    private static async Task<Results<Ok<OrganisationView>, ProblemHttpResult, ValidationProblem>> DeregisterAsync(
        Guid id, int version, DeregisterRequest? request, SocialOrgDb db, ICallerContext caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Problems.DistrictOnly(caller, "注销登记由区民政局（登记管理机关）办理。") is { } notDistrict) return notDistrict;
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, "注销原因", 500);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.Organisations.WithinScope(caller).Include(o => o.Steps).FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organisation) return NotFound();
        if (db.ExpectVersion(organisation, version) is { } stale) return stale;
        if (OrganisationRegistration.Deregister(db, organisation, reason, caller, clock, clock.BeijingToday()) is { } refused) return refused;
        await CertificateIssuer.EndRegistrationAsync(db, organisation.Id, "注销登记，证书收缴", clock.BeijingToday(), cancellationToken);
        return TypedResults.Ok(OrganisationView.Of(organisation));
    }

    /// <summary>The register's search (name or code, type, status): the list's and the export's.</summary>
    internal static IQueryable<Organisation> Search(IQueryable<Organisation> query, string? q, string? type, string? status)
    {
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(o => o.Name.Contains(text) || o.CreditCode == text.ToUpperInvariant());
        }
        if (OrganisationRules.TryParseType(type, out var t)) query = query.Where(o => o.Type == t);
        if (status == "registered") query = query.Where(o => o.Status == OrganisationStatus.Registered);
        if (status == "deregistered") query = query.Where(o => o.Status == OrganisationStatus.Deregistered);
        if (status == "revoked") query = query.Where(o => o.Status == OrganisationStatus.Revoked);
        return query;
    }

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这个社会组织，或它不在您的辖区内。");
}
