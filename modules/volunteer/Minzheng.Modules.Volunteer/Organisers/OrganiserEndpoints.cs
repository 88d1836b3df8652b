using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Hours;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.Organisers;

/// <summary>
/// Organisers under <c>/api/volunteer/organisers</c>: the bodies that run activities, registered once and named by
/// activities (an activity whose 组织单位 is a registered organiser's name is linked to it).
/// </summary>
public sealed class OrganiserEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/organisers", ListAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerListOrganisers").WithSummary("Organisers of the district, searched by name or kind; paged on the server.");
        app.MapGet("/organisers/options", OptionsAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerOrganiserOptions").WithSummary("The registered organisers the forms pick from (an activity's, a team's, a certificate's issuer), by name; a dissolved team's left out.");
        app.MapGet("/organisers/{id:guid}", GetAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerGetOrganiser").WithSummary("One organiser with the activities it runs and their confirmed hours.");
        app.MapPost("/organisers", CreateAsync).RequirePermission(VolunteerPermissions.Teams)
            .WithName("VolunteerRegisterOrganiser").WithSummary("Registers an organiser based in the caller's scope: a team, a village committee, a social organisation (credit code checked) or another body.");
        app.MapPost("/teams/{id:guid}/organiser", CreateForTeamAsync).RequirePermission(VolunteerPermissions.Teams)
            .WithName("VolunteerRegisterTeamAsOrganiser").WithSummary("Registers a team as an organiser under its own name, so that its activities link to it.");
    }

    private static async Task<Results<Created<OrganiserView>, ValidationProblem, ProblemHttpResult>> CreateForTeamAsync(Guid id, TeamOrganiser request, VolunteerDb db,
        ICallerContext caller, IDivisionNames divisions, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Teams.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(t => t.Id == id, ct) is not { } team) return Problems.NotFound("没有这个志愿服务队伍，或其不在您的辖区内。");
        return await CreateAsync(new NewOrganiser(team.Name, OrganiserCodes.Kind(OrganiserKind.Team), team.Id, null, team.DivisionCode, request.PersonInCharge, request.Contact),
            db, caller, divisions, clock, ct);
    }

    // Organisers are public bodies: every reader of the district sees them all, as a town's activity may be run by a district-wide one.
    private static async Task<Ok<Paged<OrganiserView>>> ListAsync(string? q, string? kind, [AsParameters] PageQuery paging, VolunteerDb db, CancellationToken ct)
    {
        var query = db.Organisers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(o => o.Name.Contains(q.Trim()));
        if (OrganiserCodes.TryParseKind(kind, out var k)) query = query.Where(o => o.Kind == k);
        var page = await query.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new { Organiser = o, Activities = db.Activities.Count(a => a.OrganiserId == o.Id) })
            .ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(x => View(x.Organiser, x.Activities, 0m, 0)));
    }

    // A picker's choices, not a list staff page through: every organiser of the district, up to OrganiserOption.Max.
    private static async Task<Ok<OrganiserOption[]>> OptionsAsync(VolunteerDb db, CancellationToken ct)
    {
        var organisers = await db.Organisers.AsNoTracking()
            .Where(o => o.TeamId == null || !db.Teams.Any(t => t.Id == o.TeamId && t.DissolvedOn != null))
            .OrderBy(o => o.Name).ThenBy(o => o.Id).Take(OrganiserOption.Max)
            .Select(o => new { o.Id, o.Name, o.Kind }).ToListAsync(ct);
        return TypedResults.Ok(organisers.Select(o => new OrganiserOption(o.Id, o.Name, $"{o.Name}（{OrganiserCodes.KindText(o.Kind)}）")).ToArray());
    }

    private static async Task<Results<Ok<OrganiserView>, ProblemHttpResult>> GetAsync(Guid id, VolunteerDb db, CancellationToken ct)
    {
        if (await db.Organisers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) is not { } organiser) return Problems.NotFound("没有这个组织单位。");
        return TypedResults.Ok(await ViewAsync(db, organiser, ct));
    }

    private static async Task<Results<Created<OrganiserView>, ValidationProblem, ProblemHttpResult>> CreateAsync(NewOrganiser request, VolunteerDb db,
        ICallerContext caller, IDivisionNames divisions, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, "名称", 100);
        if (!OrganiserCodes.TryParseKind(request.Kind, out var kind)) errors.Add("kind", "请选择类型：志愿服务队伍、村（居）民委员会、社会组织或其他单位");
        var place = errors.Division("divisionCode", request.DivisionCode, "所在镇街或村（居）", divisions, caller.Scope, townAllowed: true);
        var head = errors.Text("personInCharge", request.PersonInCharge, "负责人", 50);
        var contact = errors.Text("contact", request.Contact, "联系电话", 20);
        var creditCode = OrganiserRules.CreditCode(errors, request.CreditCode, kind);
        Guid? teamId = null;
        if (kind == OrganiserKind.Team)
        {
            if (request.TeamId is not { } id || !await db.Teams.AsNoTracking().WithinScope(caller).AnyAsync(t => t.Id == id && t.DissolvedOn == null, ct))
            {
                errors.Add("teamId", "请选择本辖区内未撤销的志愿服务队伍");
            }
            else
            {
                teamId = id;
            }
        }
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.Organisers.AsNoTracking().AnyAsync(o => o.Name == name, ct)) return Problems.Conflict($"已有名为“{name}”的组织单位。", "名称重复");

        var organiser = new Organiser
        {
            Id = Guid.NewGuid(), Name = name, Kind = kind, TeamId = teamId, CreditCode = creditCode, DivisionCode = place, PersonInCharge = head, Contact = contact,
            RegisteredOn = clock.BeijingToday(),
        };
        db.Organisers.Add(organiser);
        return TypedResults.Created($"/api/volunteer/organisers/{organiser.Id}", View(organiser, 0, 0m, 0));
    }

    private static async Task<OrganiserView> ViewAsync(VolunteerDb db, Organiser o, CancellationToken ct)
    {
        var activities = db.Activities.AsNoTracking().Where(a => a.OrganiserId == o.Id);
        var count = await activities.CountAsync(ct);
        var hours = await db.ServiceRecords.AsNoTracking().Where(r => r.Status == RecordStatus.Confirmed && activities.Any(a => a.Id == r.ActivityId))
            .SumAsync(r => (decimal?)r.Hours, ct) ?? 0m;
        var certificates = await db.Certificates.AsNoTracking().CountAsync(c => c.OrganiserId == o.Id, ct);
        return View(o, count, hours, certificates);
    }

    private static OrganiserView View(Organiser o, int activities, decimal hours, int certificates) =>
        new(o.Id, o.Name, OrganiserCodes.Kind(o.Kind), o.TeamId, o.CreditCode, o.DivisionCode, o.PersonInCharge, o.Contact, o.RegisteredOn, activities, hours,
            certificates, o.Version);
}
