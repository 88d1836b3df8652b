using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.Stars;

/// <summary>
/// Stars under <c>/api/volunteer/stars</c>: the star run proposes the levels confirmed service hours reach and awards
/// those whose publicity has ended; an award is revoked with a reason, and falsified hours bar the volunteer.
/// </summary>
public sealed class StarEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/stars", ListAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerListStars").WithSummary("Star awards in the caller's scope by status, level or volunteer, latest first; paged on the server.");
        app.MapGet("/stars/{id:guid}", GetAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerGetStar").WithSummary("One star award.");
        app.MapPost("/stars/run", RunAsync).RequirePermission(VolunteerPermissions.Stars)
            .WithName("VolunteerRunStars").WithSummary("星级评定: awards the levels whose publicity ended, proposes the levels confirmed service hours reach (publicity from today); 409 when another run saved first.");
        app.MapPost("/stars/{id:guid}/revoke/{version:int}", RevokeAsync).RequirePermission(VolunteerPermissions.Stars)
            .WithName("VolunteerRevokeStar").WithSummary("撤销 an award or a proposal with a reason; falsified hours bar the volunteer from stars.");
    }

    private static async Task<Results<Ok<Paged<StarView>>, ValidationProblem>> ListAsync(string? status, int? level, Guid? volunteerId, [AsParameters] PageQuery paging, VolunteerDb db,
        ICallerContext caller, CancellationToken ct)
    {
        var query = db.StarAwards.AsNoTracking().WithinScope(caller);
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.GetValues<StarStatus>().FirstOrDefault(s => StarCodes.Status(s) == status) is var wanted && wanted == default) return Problems.Validation("status", "没有这个状态");
            query = query.Where(a => a.Status == wanted);
        }
        if (level is { } l) query = query.Where(a => a.Level == l);
        if (volunteerId is { } v) query = query.Where(a => a.VolunteerId == v);
        var page = await query.OrderByDescending(a => a.ProposedOn).ThenBy(a => a.Id)
            .Join(db.Volunteers, a => a.VolunteerId, v => v.Id, (a, v) => new { Award = a, v.Number, v.Name })
            .ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(x => View(x.Award, x.Number, x.Name)));
    }

    private static async Task<Results<Ok<StarView>, ProblemHttpResult>> GetAsync(Guid id, VolunteerDb db, ICallerContext caller, CancellationToken ct) =>
        await db.StarAwards.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(a => a.Id == id, ct) is { } award
            ? TypedResults.Ok(await ViewAsync(db, award, ct))
            : NotFound();

    private static async Task<Results<Ok<StarRunResult>, ProblemHttpResult>> RunAsync(StarRun run, CancellationToken ct) =>
        await run.RunAndSaveAsync(ct) is { } result
            ? TypedResults.Ok(result)
            : Problems.Conflict("另一次星级评定（其他工作人员或系统定时评定）同时在进行，本次评定未保存；请刷新查看评定结果。", "星级评定同时进行");

    private static async Task<Results<Ok<StarView>, ProblemHttpResult, ValidationProblem>> RevokeAsync(Guid id, int version, StarRevocation? request, VolunteerDb db,
        ICallerContext caller, StarOptions options, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, "撤销原因", 500);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.StarAwards.WithinScope(caller).FirstOrDefaultAsync(a => a.Id == id, ct) is not { } award) return NotFound();
        if (db.ExpectVersion(award, version) is { } stale) return stale;
        if (award.Status == StarStatus.Revoked) return Problems.Conflict("该星级已撤销。", "已撤销");
        var today = clock.BeijingToday();
        award.Status = StarStatus.Revoked;
        award.RevokedOn = today;
        award.RevocationReason = reason;
        award.Falsified = request!.Falsified;
        if (award.Falsified)
        {
            var volunteer = await db.Volunteers.FirstAsync(v => v.Id == award.VolunteerId, ct);
            var until = today.AddYears(options.BarYears);
            // A second finding never shortens a bar already running.
            if (volunteer.StarsBarredUntil is not { } running || running < until) volunteer.StarsBarredUntil = until;
        }
        return TypedResults.Ok(await ViewAsync(db, award, ct));
    }

    private static async Task<StarView> ViewAsync(VolunteerDb db, StarAward award, CancellationToken ct)
    {
        var volunteer = await db.Volunteers.AsNoTracking().Where(v => v.Id == award.VolunteerId).Select(v => new { v.Number, v.Name }).FirstAsync(ct);
        return View(award, volunteer.Number, volunteer.Name);
    }

    private static StarView View(StarAward a, string number, string name) => new(a.Id, a.VolunteerId, number, name, a.DivisionCode, a.Level, StarRules.Text(a.Level), a.Hours,
        a.ProposedOn, a.PublicityEndsOn, StarCodes.Status(a.Status), a.AwardedOn, a.RevokedOn, a.RevocationReason, a.Falsified, a.Version);

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这条星级记录，或其不在您的辖区内。");
}
