using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Events;
using Minzheng.Modules.Volunteer.Hours;
using Minzheng.Modules.Volunteer.Stars;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.Volunteers;

/// <summary>
/// Volunteers registered by real name, under <c>/api/volunteer/volunteers</c>: registration (the minors' rules applied),
/// the list in the caller's scope, one volunteer with their confirmed hours, 注销.
/// </summary>
public sealed class VolunteerEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/volunteers", ListAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerList").WithSummary("Volunteers in the caller's scope, searched by name, number or village; paged on the server.");
        app.MapGet("/volunteers/{id:guid}", GetAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerGet").WithSummary("One volunteer with their confirmed service and training hours.");
        app.MapPost("/volunteers", RegisterAsync).RequirePermission(VolunteerPermissions.Register)
            .WithName("VolunteerRegister").WithSummary("实名注册 in a village of the caller's scope; a minor as the age bands allow; a volunteer number without gaps.");
        app.MapPost("/volunteers/{id:guid}/leave/{version:int}", LeaveAsync).RequirePermission(VolunteerPermissions.Register)
            .WithName("VolunteerLeave").WithSummary("注销: the volunteer leaves; their records and certificates stay.");
    }

    private static async Task<Ok<Paged<VolunteerRow>>> ListAsync(string? q, string? status, string? divisionCode, [AsParameters] PageQuery paging, VolunteerDb db,
        ICallerContext caller, CancellationToken ct)
    {
        var query = db.Volunteers.AsNoTracking().WithinScope(caller);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(v => v.Name.Contains(text) || v.Number == text);
        }
        if (status == "active") query = query.Where(v => v.LeftOn == null);
        else if (status == "left") query = query.Where(v => v.LeftOn != null);
        if (!string.IsNullOrWhiteSpace(divisionCode)) query = query.Where(v => v.DivisionCode.StartsWith(divisionCode.Trim()));
        var page = await query.OrderByDescending(v => v.Number).ThenBy(v => v.Id).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(VolunteerView.Row));
    }

    private static async Task<Results<Ok<VolunteerView>, ProblemHttpResult>> GetAsync(Guid id, VolunteerDb db, ICallerContext caller, MinorOptions minors,
        TimeProvider clock, CancellationToken ct)
    {
        if (await db.Volunteers.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(v => v.Id == id, ct) is not { } volunteer) return NotFound();
        return TypedResults.Ok(await ViewAsync(db, volunteer, minors, clock, ct));
    }

    private static async Task<Results<Created<VolunteerView>, ValidationProblem, ProblemHttpResult>> RegisterAsync(VolunteerRegistration request, VolunteerDb db,
        ICallerContext caller, IDivisionNames divisions, IResidentRegistry registry, MinorOptions minors, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        if (VolunteerIntake.Check(errors, request, divisions, caller.Scope, minors, today) is not { } registration) return errors.ToProblem();
        if (await db.Volunteers.AsNoTracking().Where(v => v.IdNumber == registration.IdNumber.Value).Select(v => v.Number).FirstOrDefaultAsync(ct) is { } existing)
        {
            return Problems.Conflict($"此人已注册为志愿者（编号 {existing}），不能重复注册。", "已注册");
        }

        var districtCode = caller.Scope.DivisionCode[..6];
        var prefix = VolunteerNumbers.Prefix(districtCode, today.Year);
        var highest = await db.Volunteers.AsNoTracking().Where(v => v.Number.StartsWith(prefix)).MaxAsync(v => (string?)v.Number, ct);
        var volunteer = VolunteerIntake.Volunteer(registration, VolunteerNumbers.Next(districtCode, today.Year, highest),
            (await registry.FindAsync(registration.IdNumber, ct))?.Id, today);
        db.Volunteers.Add(volunteer);
        db.Publish(new VolunteerRegistered(volunteer.Id, volunteer.Number, volunteer.DivisionCode, volunteer.ResidentId, today));
        return TypedResults.Created($"/api/volunteer/volunteers/{volunteer.Id}", await ViewAsync(db, volunteer, minors, clock, ct));
    }

    private static async Task<Results<Ok<VolunteerView>, ProblemHttpResult, ValidationProblem>> LeaveAsync(Guid id, int version, LeaveRequest? request,
        VolunteerDb db, ICallerContext caller, MinorOptions minors, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Text("reason", request?.Reason, "注销原因", 200);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.Volunteers.WithinScope(caller).FirstOrDefaultAsync(v => v.Id == id, ct) is not { } volunteer) return NotFound();
        if (db.ExpectVersion(volunteer, version) is { } stale) return stale;
        if (volunteer.LeftOn is not null) return Problems.Conflict("该志愿者已注销。", "已注销");
        volunteer.LeftOn = clock.BeijingToday();
        return TypedResults.Ok(await ViewAsync(db, volunteer, minors, clock, ct));
    }

    private static async Task<VolunteerView> ViewAsync(VolunteerDb db, RegisteredVolunteer v, MinorOptions minors, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.BeijingToday();
        var totals = await db.ServiceRecords.AsNoTracking().Where(r => r.VolunteerId == v.Id && r.Status == RecordStatus.Confirmed)
            .GroupBy(r => r.Kind).Select(g => new { Kind = g.Key, Hours = g.Sum(r => r.Hours) }).ToListAsync(ct);
        var age = Sdk.Registry.IdNumber.Parse(v.IdNumber, today).AgeOn(today);
        var stars = await db.StarAwards.AsNoTracking().Where(a => a.VolunteerId == v.Id && a.Status == StarStatus.Awarded).MaxAsync(a => (int?)a.Level, ct) ?? 0;
        return new VolunteerView(v.Id, v.Number, v.Name, Masking.Mask(v.IdNumber), age, v.Phone, v.Skills, v.Availability, v.ServiceAreas, v.DivisionCode,
            v.ResidentId is not null, v.GuardianName, v.GuardianPhone, v.GuardianConsentOn, VolunteerRules.Describe(MinorRules.RequirementFor(age, minors)),
            v.RegisteredOn, v.LeftOn, VolunteerView.StatusOf(v),
            totals.Where(t => t.Kind == HoursKind.Service).Sum(t => t.Hours), totals.Where(t => t.Kind == HoursKind.Training).Sum(t => t.Hours), StarRules.Text(stars), v.StarsBarredUntil, v.Version);
    }

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这个志愿者，或其不在您的辖区内。");
}
