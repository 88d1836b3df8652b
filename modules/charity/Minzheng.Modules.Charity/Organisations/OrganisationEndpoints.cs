using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Charity.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Charity.Organisations;

/// <summary>The organisations this module knows (its copy of socialorg's register), under <c>/api/charity/organisations</c>.</summary>
public sealed class OrganisationEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/organisations", ListAsync).RequirePermission(CharityPermissions.Read)
            .WithName("CharityListOrganisations")
            .WithSummary("The registered social organisations known from socialorg's events, within the caller's scope (name, type, standing: registered|recognised|deregistered); paged.");
        app.MapGet("/organisations/applicable", (CharityDb db, ICallerContext caller, CancellationToken ct) =>
                ChoicesAsync(db.Organisations.WithinScope(caller).Where(o => o.RecognisedOn == null && o.DeregisteredOn == null), ct))
            .RequirePermission(CharityPermissions.Read)
            .WithName("CharityApplicableOrganisations")
            .WithSummary("The choices of a recognition form: registered organisations in the caller's scope not yet recognised (id, name; at most 500 by name).");
        app.MapGet("/organisations/charities", (CharityDb db, ICallerContext caller, CancellationToken ct) =>
                ChoicesAsync(db.Organisations.WithinScope(caller).Where(o => o.RecognisedOn != null && o.DeregisteredOn == null), ct))
            .RequirePermission(CharityPermissions.Read)
            .WithName("CharityCharityOrganisations")
            .WithSummary("The choices of a donation form: recognised charity organisations in the caller's scope (id, name; at most 500 by name).");
        app.MapGet("/organisations/{id:guid}", GetAsync).RequirePermission(CharityPermissions.Read)
            .WithName("CharityGetOrganisation")
            .WithSummary("One organisation with its credit list entries and penalties as copied.");
    }

    private static async Task<Results<Ok<Paged<OrganisationRow>>, ValidationProblem>> ListAsync(string? name, string? type, string? standing, [AsParameters] PageQuery paging,
        CharityDb db, ICallerContext caller, CancellationToken cancellationToken)
    {
        var query = db.Organisations.AsNoTracking().WithinScope(caller);
        if (!string.IsNullOrWhiteSpace(name)) query = query.Where(o => o.Name.Contains(name.Trim()) || o.CreditCode == name.Trim());
        if (!string.IsNullOrEmpty(type))
        {
            if (!OrganisationRules.Types.ContainsKey(type)) return Problems.Validation("type", "没有这个组织类型");
            query = query.Where(o => o.Type == type);
        }
        if (standing is { Length: > 0 } and not ("recognised" or "registered" or "deregistered")) return Problems.Validation("standing", "没有这个状态");
        query = standing switch
        {
            "recognised" => query.Where(o => o.RecognisedOn != null && o.DeregisteredOn == null),
            "registered" => query.Where(o => o.RecognisedOn == null && o.DeregisteredOn == null),
            "deregistered" => query.Where(o => o.DeregisteredOn != null),
            _ => query,
        };
        var page = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(Row));
    }

    private static async Task<Results<Ok<OrganisationView>, ProblemHttpResult>> GetAsync(Guid id, CharityDb db, ICallerContext caller, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await OrganisationStore.FindAsync(db, caller, id, cancellationToken) is not { } o) return OrganisationStore.NotFound();
        var entries = await db.CreditListEntries.AsNoTracking().Where(e => e.OrganisationId == id).OrderByDescending(e => e.EnteredOn).ToListAsync(cancellationToken);
        var penalties = await db.Penalties.AsNoTracking().Where(p => p.OrganisationId == id).OrderByDescending(p => p.DecidedOn).ToListAsync(cancellationToken);
        var listed = OrganisationRules.ListedOn(entries, clock.BeijingToday()).Select(e => OrganisationRules.ListName(e.List)).Distinct().ToList();
        return TypedResults.Ok(new OrganisationView(o.Id, o.Type, OrganisationRules.TypeName(o.Type), o.Name, o.CreditCode, o.DivisionCode, o.Address,
            o.LegalRepresentativeName, o.RegisteredOn, o.DeregisteredOn, o.DeregistrationReason, OrganisationRules.Standing(o), o.RecognisedOn,
            listed.Count == 0 ? "未列入信用名录" : "已列入" + string.Join("、", listed),
            [.. entries.Select(e => new ListEntryRow(e.EntryId, e.List, OrganisationRules.ListName(e.List), e.Cause, e.EnteredOn, e.RemovedOn))],
            [.. penalties.Select(p => new PenaltyRow(p.PenaltyId, p.Kind, p.Amount, p.DecidedOn))]));
    }

    private static async Task<Ok<List<OrganisationChoice>>> ChoicesAsync(IQueryable<KnownOrganisation> query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.AsNoTracking().OrderBy(o => o.Name).ThenBy(o => o.Id).Take(500).Select(o => new OrganisationChoice(o.Id, o.Name)).ToListAsync(cancellationToken));

    private static OrganisationRow Row(KnownOrganisation o) =>
        new(o.Id, o.Type, OrganisationRules.TypeName(o.Type), o.Name, o.CreditCode, o.DivisionCode, o.RegisteredOn, OrganisationRules.Standing(o), o.RecognisedOn);
}

/// <summary>Reading one organisation of the copy within the caller's scope.</summary>
internal static class OrganisationStore
{
    public static Task<KnownOrganisation?> FindAsync(CharityDb db, ICallerContext caller, Guid id, CancellationToken cancellationToken) =>
        db.Organisations.WithinScope(caller).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    // Outside the caller's scope is the same answer as absent.
    public static ProblemHttpResult NotFound() => Problems.NotFound("没有这个社会组织，或它不在您的辖区内。");
}
