using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Organisers;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.Teams;

/// <summary>Volunteer teams under <c>/api/volunteer/teams</c>: founding, members joining and leaving with dates, dissolution.</summary>
public sealed class TeamEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/teams", ListAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerListTeams").WithSummary("Teams in the caller's scope with their current member counts; paged on the server.");
        app.MapGet("/teams/{id:guid}", GetAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerGetTeam").WithSummary("One team with its members, past ones included.");
        app.MapGet("/teams/{id:guid}/members", MembersAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerListTeamMembers").WithSummary("The team's members, current ones first, past ones kept.");
        app.MapPost("/teams", CreateAsync).RequirePermission(VolunteerPermissions.Teams)
            .WithName("VolunteerCreateTeam").WithSummary("Records a team (community teams count for 表2 row 17).");
        app.MapPost("/teams/{id:guid}/members", JoinAsync).RequirePermission(VolunteerPermissions.Teams)
            .WithName("VolunteerJoinTeam").WithSummary("A volunteer joins, by volunteer number; a current member cannot join twice.");
        app.MapPost("/teams/{id:guid}/members/{memberId:guid}/leave", LeaveAsync).RequirePermission(VolunteerPermissions.Teams)
            .WithName("VolunteerLeaveTeam").WithSummary("A member leaves today; the membership is kept.");
        app.MapPost("/teams/{id:guid}/dissolve/{version:int}", DissolveAsync).RequirePermission(VolunteerPermissions.Teams)
            .WithName("VolunteerDissolveTeam").WithSummary("撤销 the team today; its members leave with it.");
    }

    private static async Task<Ok<Paged<TeamRow>>> ListAsync(string? q, string? kind, [AsParameters] PageQuery paging, VolunteerDb db, ICallerContext caller, CancellationToken ct)
    {
        var query = db.Teams.AsNoTracking().WithinScope(caller);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(t => t.Name.Contains(q.Trim()));
        if (TeamCodes.TryParseKind(kind, out var wanted)) query = query.Where(t => t.Kind == wanted);
        var page = await query.OrderBy(t => t.DivisionCode).ThenBy(t => t.Name).ThenBy(t => t.Id)
            .Select(t => new { Team = t, Members = t.Members.Count(m => m.LeftOn == null) }).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(r => new TeamRow(r.Team.Id, r.Team.Name, TeamCodes.Kind(r.Team.Kind), r.Team.DivisionCode, r.Team.Organiser, r.Team.FoundedOn,
            r.Members, TeamCodes.Status(r.Team))));
    }

    private static async Task<Results<Ok<TeamView>, ProblemHttpResult>> GetAsync(Guid id, VolunteerDb db, ICallerContext caller, CancellationToken ct)
    {
        if (await LoadAsync(db, caller, id, ct) is not { } team) return NotFound();
        return TypedResults.Ok(await ViewAsync(db, team, ct));
    }

    private static async Task<Results<Ok<MemberView[]>, ProblemHttpResult>> MembersAsync(Guid id, VolunteerDb db, ICallerContext caller, CancellationToken ct)
    {
        if (await LoadAsync(db, caller, id, ct) is not { } team) return NotFound();
        return TypedResults.Ok((await ViewAsync(db, team, ct)).Members.ToArray());
    }

    private static async Task<Results<Created<TeamView>, ValidationProblem>> CreateAsync(NewTeam request, VolunteerDb db, ICallerContext caller, IDivisionNames divisions,
        TimeProvider clock, CancellationToken ct)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, "队伍名称", 100);
        if (!TeamCodes.TryParseKind(request.Kind, out var kind)) errors.Add("kind", "请选择队伍类型：社区志愿服务队伍（community）或其他（other）");
        var place = errors.Division("divisionCode", request.DivisionCode, "所在镇街或村（居）", divisions, caller.Scope, townAllowed: true);
        var (organiser, registered) = await NamedOrganiser.ResolveAsync(db, errors, request.OrganiserId, request.Organiser, "organiser", "组建单位", required: true, ct);
        var leader = errors.Text("leader", request.Leader, "负责人", 100);
        var founded = request.FoundedOn ?? today;
        if (founded > today) errors.Add("foundedOn", "成立日期不能晚于今天");
        if (errors.HasErrors) return errors.ToProblem();
        var team = new Team
        {
            Id = Guid.NewGuid(), Name = name, Kind = kind, DivisionCode = place, Organiser = organiser, OrganiserId = registered?.Id, Leader = leader, FoundedOn = founded,
        };
        db.Teams.Add(team);
        return TypedResults.Created($"/api/volunteer/teams/{team.Id}", await ViewAsync(db, team, ct));
    }

    private static async Task<Results<Ok<TeamView>, ProblemHttpResult, ValidationProblem>> JoinAsync(Guid id, JoinRequest request, VolunteerDb db, ICallerContext caller,
        TimeProvider clock, CancellationToken ct)
    {
        var today = clock.BeijingToday();
        if (await LoadAsync(db, caller, id, ct) is not { } team) return NotFound();
        if (team.DissolvedOn is not null) return Problems.Conflict("该队伍已撤销，不能加入。", "队伍已撤销");
        var number = request.VolunteerNumber?.Trim() ?? "";
        var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Number == number && v.LeftOn == null, ct);
        if (volunteer is null) return Problems.Validation("volunteerNumber", "没有这个志愿者编号，或该志愿者已注销");
        var joined = request.JoinedOn ?? today;
        if (joined > today || joined < team.FoundedOn) return Problems.Validation("joinedOn", "加入日期应在队伍成立之后、不晚于今天");
        if (team.Members.Any(m => m.VolunteerId == volunteer.Id && m.LeftOn == null)) return Problems.Conflict($"{volunteer.Name}已是该队伍成员。", "已是成员");
        db.TeamMembers.Add(new TeamMember { Id = Guid.NewGuid(), TeamId = team.Id, VolunteerId = volunteer.Id, JoinedOn = joined });
        team.Version++;
        return TypedResults.Ok(await ViewAsync(db, team, ct));
    }

    private static async Task<Results<Ok<TeamView>, ProblemHttpResult>> LeaveAsync(Guid id, Guid memberId, VolunteerDb db, ICallerContext caller, TimeProvider clock,
        CancellationToken ct)
    {
        if (await LoadAsync(db, caller, id, ct) is not { } team) return NotFound();
        if (team.Members.FirstOrDefault(m => m.Id == memberId) is not { } member) return Problems.NotFound("该队伍没有这个成员。");
        if (member.LeftOn is not null) return Problems.Conflict("该成员已退出。", "已退出");
        member.LeftOn = clock.BeijingToday();
        team.Version++;
        return TypedResults.Ok(await ViewAsync(db, team, ct));
    }

    private static async Task<Results<Ok<TeamView>, ProblemHttpResult>> DissolveAsync(Guid id, int version, VolunteerDb db, ICallerContext caller, TimeProvider clock,
        CancellationToken ct)
    {
        if (await LoadAsync(db, caller, id, ct) is not { } team) return NotFound();
        if (db.ExpectVersion(team, version) is { } stale) return stale;
        if (team.DissolvedOn is not null) return Problems.Conflict("该队伍已撤销。", "已撤销");
        var today = clock.BeijingToday();
        team.DissolvedOn = today;
        foreach (var member in team.Members.Where(m => m.LeftOn is null)) member.LeftOn = today;
        return TypedResults.Ok(await ViewAsync(db, team, ct));
    }

    private static async Task<TeamView> ViewAsync(VolunteerDb db, Team team, CancellationToken ct)
    {
        var members = db.TeamMembers.Local.Where(m => m.TeamId == team.Id).Union(team.Members).ToList();
        var ids = members.Select(m => m.VolunteerId).ToList();
        var people = await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => (v.Number, v.Name), ct);
        return new TeamView(team.Id, team.Name, TeamCodes.Kind(team.Kind), team.DivisionCode, team.Organiser, team.OrganiserId, team.Leader, team.FoundedOn, team.DissolvedOn,
            TeamCodes.Status(team), team.Version,
            [.. members.OrderBy(m => m.LeftOn is not null).ThenBy(m => m.JoinedOn)
                .Select(m => new MemberView(m.Id, m.TeamId, m.VolunteerId, people.GetValueOrDefault(m.VolunteerId).Number ?? "", people.GetValueOrDefault(m.VolunteerId).Name ?? "", m.JoinedOn, m.LeftOn))]);
    }

    private static Task<Team?> LoadAsync(VolunteerDb db, ICallerContext caller, Guid id, CancellationToken ct) =>
        db.Teams.WithinScope(caller).Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct);

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这个志愿服务队伍，或其不在您的辖区内。");
}
