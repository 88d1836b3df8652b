using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Organisers;
using Minzheng.Modules.Volunteer.Teams;
using Minzheng.Modules.Volunteer.Volunteers;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.Activities;

/// <summary>
/// Activities under <c>/api/volunteer/activities</c>: recruitment with positions, sign-up (the minors' rules, full
/// positions and second sign-ups refused with the rule named) and cancellation, attendance taken at the desk.
/// </summary>
public sealed class ActivityEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/activities", ListAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerListActivities").WithSummary("Activities in the caller's scope, latest first; paged on the server.");
        app.MapGet("/activities/{id:guid}", GetAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerGetActivity").WithSummary("One activity with its positions, sign-ups and attendance.");
        app.MapPost("/activities", CreateAsync).RequirePermission(VolunteerPermissions.Activities)
            .WithName("VolunteerCreateActivity").WithSummary("发布 an activity with its positions, in the caller's scope.");
        app.MapPost("/activities/{id:guid}/positions", AddPositionAsync).RequirePermission(VolunteerPermissions.Activities)
            .WithName("VolunteerAddPosition").WithSummary("Adds a position (岗位) with the numbers wanted to a recruiting activity.");
        app.MapGet("/activities/{id:guid}/sign-ups", SignUpsAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerListSignUps").WithSummary("The activity's sign-ups with their attendance, for the desk.");
        app.MapPost("/activities/{id:guid}/cancel/{version:int}", CancelAsync).RequirePermission(VolunteerPermissions.Activities)
            .WithName("VolunteerCancelActivity").WithSummary("取消 an activity that has no recorded hours.");
        app.MapPost("/activities/{id:guid}/sign-ups", SignUpAsync).RequirePermission(VolunteerPermissions.Activities)
            .WithName("VolunteerSignUp").WithSummary("报名 a volunteer for a position; refused naming the rule (age band, minimum age, full, already signed up).");
        app.MapPost("/activities/{id:guid}/sign-ups/{signUpId:guid}/cancel", CancelSignUpAsync).RequirePermission(VolunteerPermissions.Activities)
            .WithName("VolunteerCancelSignUp").WithSummary("取消报名 before check-in; the place is freed, the sign-up kept.");
        app.MapPost("/activities/{id:guid}/sign-ups/{signUpId:guid}/check-in", CheckInAsync).RequirePermission(VolunteerPermissions.Activities)
            .WithName("VolunteerDeskCheckIn").WithSummary("签到 at the desk, by staff.");
        app.MapPost("/activities/{id:guid}/sign-ups/{signUpId:guid}/check-out", CheckOutAsync).RequirePermission(VolunteerPermissions.Activities)
            .WithName("VolunteerDeskCheckOut").WithSummary("签退 at the desk, by staff.");
    }

    private static async Task<Ok<Paged<ActivityRow>>> ListAsync(string? q, string? status, [AsParameters] PageQuery paging, VolunteerDb db, ICallerContext caller,
        CancellationToken ct)
    {
        var query = db.Activities.AsNoTracking().WithinScope(caller);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(a => a.Title.Contains(q.Trim()) || a.Organiser.Contains(q.Trim()));
        if (Enum.GetValues<ActivityStatus>().FirstOrDefault(s => ActivityCodes.Status(s) == status) is var wanted && wanted != default) query = query.Where(a => a.Status == wanted);
        var page = await query.OrderByDescending(a => a.StartsAt).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.Title, a.Organiser, a.DivisionCode, a.Place, a.StartsAt, a.EndsAt, Wanted = a.Positions.Sum(p => p.Wanted),
                SignedUp = a.SignUps.Count(s => s.CancelledAt == null), a.Status
            })
            .ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(a => new ActivityRow(a.Id, a.Title, a.Organiser, a.DivisionCode, a.Place, a.StartsAt, a.EndsAt, a.Wanted, a.SignedUp,
            ActivityCodes.Status(a.Status))));
    }

    private static async Task<Results<Ok<ActivityView>, ProblemHttpResult>> GetAsync(Guid id, VolunteerDb db, ICallerContext caller, CancellationToken ct)
    {
        if (await ActivityStore.LoadAsync(db, caller, id, ct) is not { } activity) return NotFound();
        return TypedResults.Ok(await ActivityStore.ViewAsync(db, activity, ct));
    }

    private static async Task<Results<Created<ActivityView>, ValidationProblem>> CreateAsync(NewActivity request, VolunteerDb db, ICallerContext caller,
        IDivisionNames divisions, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var title = errors.Text("title", request.Title, "活动名称", 100);
        var place = errors.Division("divisionCode", request.DivisionCode, "活动所在镇街或村（居）", divisions, caller.Scope, townAllowed: true);
        var address = errors.Text("place", request.Place, "活动地点", 200);
        var description = errors.Text("description", request.Description, "服务内容", 2000);
        Team? team = null;
        if (request.TeamId is { } teamId)
        {
            team = await db.Teams.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(t => t.Id == teamId && t.DissolvedOn == null, ct);
            if (team is null) errors.Add("teamId", "没有这个志愿服务队伍，或已撤销");
        }
        // Picked from the registered organisers, or typed (the team's name when only the team is given): a registered
        // organiser links the activity, which then counts on its page.
        var typed = request.OrganiserId is null && string.IsNullOrWhiteSpace(request.Organiser) ? team?.Name : request.Organiser;
        var (organiser, registered) = await NamedOrganiser.ResolveAsync(db, errors, request.OrganiserId, typed, "organiser", "组织单位", required: request.TeamId is null, ct);
        if (request.StartsAt is null) errors.Add("startsAt", "请填写开始时间");
        if (request.EndsAt is null) errors.Add("endsAt", "请填写结束时间");
        if (request.StartsAt is { } s && request.EndsAt is { } e && ActivityRules.RefuseTimes(s, e) is { } badTimes) errors.Add("endsAt", badTimes);
        if (request.MinimumAge is < 0 or > 100) errors.Add("minimumAge", "最低年龄应在0至100周岁之间");
        var position = PositionOf(errors, "positionName", request.PositionName, request.Wanted);
        if (errors.HasErrors) return errors.ToProblem();

        var activity = new Activity
        {
            Id = Guid.NewGuid(), Title = title, Organiser = organiser, TeamId = request.TeamId ?? registered?.TeamId, OrganiserId = registered?.Id, DivisionCode = place, Place = address,
            StartsAt = request.StartsAt!.Value, EndsAt = request.EndsAt!.Value, Description = description, SuitableForMinors = request.SuitableForMinors ?? false,
            MinimumAge = request.MinimumAge, Status = ActivityStatus.Recruiting,
            Positions = [position],
        };
        db.Activities.Add(activity);
        return TypedResults.Created($"/api/volunteer/activities/{activity.Id}", await ActivityStore.ViewAsync(db, activity, ct));
    }

    private static async Task<Results<Ok<ActivityView>, ProblemHttpResult, ValidationProblem>> AddPositionAsync(Guid id, NewPosition request, VolunteerDb db,
        ICallerContext caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var position = PositionOf(errors, "name", request.Name, request.Wanted);
        if (errors.HasErrors) return errors.ToProblem();
        if (await ActivityStore.LoadAsync(db, caller, id, ct) is not { } activity) return NotFound();
        if (activity.Status != ActivityStatus.Recruiting) return Problems.Conflict("只有招募中的活动可以增加岗位。", "当前状态不能增加岗位");
        if (activity.Positions.Any(p => p.Name == position.Name)) return Problems.Validation("name", $"已有岗位“{position.Name}”");
        position.ActivityId = activity.Id;
        db.Positions.Add(position);
        activity.Version++;
        return TypedResults.Ok(await ActivityStore.ViewAsync(db, activity, ct));
    }

    private static async Task<Results<Ok<SignUpView[]>, ProblemHttpResult>> SignUpsAsync(Guid id, VolunteerDb db, ICallerContext caller, CancellationToken ct)
    {
        if (await ActivityStore.LoadAsync(db, caller, id, ct) is not { } activity) return NotFound();
        return TypedResults.Ok((await ActivityStore.ViewAsync(db, activity, ct)).SignUps.ToArray());
    }

    private static ActivityPosition PositionOf(FieldErrors errors, string nameField, string? name, int? wanted)
    {
        var text = errors.Text(nameField, name, "岗位名称", 50);
        if (wanted is not (>= 1 and <= 10_000)) errors.Add("wanted", "招募人数应为1至10000");
        return new ActivityPosition { Id = Guid.NewGuid(), Name = text, Wanted = wanted ?? 0 };
    }

    private static async Task<Results<Ok<ActivityView>, ProblemHttpResult>> CancelAsync(Guid id, int version, VolunteerDb db, ICallerContext caller, CancellationToken ct)
    {
        if (await ActivityStore.LoadAsync(db, caller, id, ct) is not { } activity) return NotFound();
        if (db.ExpectVersion(activity, version) is { } stale) return stale;
        if (activity.Status != ActivityStatus.Recruiting) return Problems.Conflict("只有招募中的活动可以取消。", "当前状态不能取消");
        activity.Status = ActivityStatus.Cancelled;
        return TypedResults.Ok(await ActivityStore.ViewAsync(db, activity, ct));
    }

    private static async Task<Results<Ok<ActivityView>, ProblemHttpResult, ValidationProblem>> SignUpAsync(Guid id, SignUpRequest request, VolunteerDb db,
        ICallerContext caller, MinorOptions minors, TimeProvider clock, CancellationToken ct)
    {
        if (await ActivityStore.LoadAsync(db, caller, id, ct) is not { } activity) return NotFound();
        var number = request.VolunteerNumber?.Trim() ?? "";
        if (await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Number == number, ct) is not { } volunteer)
        {
            return Problems.Validation("volunteerNumber", "没有这个志愿者编号");
        }
        var position = request.PositionId is { } positionId ? activity.Positions.FirstOrDefault(p => p.Id == positionId)
            : activity.Positions.Count == 1 ? activity.Positions[0] : null;
        if (position is null) return Problems.Validation("positionId", "请选择该活动的一个岗位");
        var now = clock.GetUtcNow();
        var today = clock.BeijingToday();
        var age = Sdk.Registry.IdNumber.Parse(volunteer.IdNumber, today).AgeOn(today);
        var refusal = volunteer.LeftOn is not null ? "该志愿者已注销"
            : activity.Status != ActivityStatus.Recruiting ? "活动已结束或已取消，不能报名"
            : now > activity.EndsAt ? "活动已结束，不能报名"
            : activity.SignUps.Any(s => s.VolunteerId == volunteer.Id && s.CancelledAt == null) ? $"{volunteer.Name}已报名该活动，不能重复报名"
            : MinorRules.RefuseSignUp(age, volunteer.GuardianConsentOn is not null, activity.SuitableForMinors, activity.MinimumAge, minors)
            ?? (MinorRules.RequirementFor(age, minors) == MinorRequirement.GuardianPresent && request.GuardianPresent != true
                ? $"{age}周岁的未成年人参加活动须有监护人陪同（请确认监护人陪同）" : null)
            ?? (activity.SignUps.Count(s => s.PositionId == position.Id && s.CancelledAt == null) >= position.Wanted ? $"岗位“{position.Name}”已报满（{position.Wanted}人）" : null);
        if (refusal is not null) return Problems.Conflict(refusal + "。", "不能报名");
        db.SignUps.Add(new SignUp
        {
            Id = Guid.NewGuid(), ActivityId = activity.Id, PositionId = position.Id, VolunteerId = volunteer.Id, SignedUpAt = now,
            GuardianPresent = request.GuardianPresent == true,
        });
        activity.Version++;
        return TypedResults.Ok(await ActivityStore.ViewAsync(db, activity, ct));
    }

    private static Task<Results<Ok<ActivityView>, ProblemHttpResult>> CancelSignUpAsync(Guid id, Guid signUpId, VolunteerDb db, ICallerContext caller, TimeProvider clock,
        CancellationToken ct) =>
        ChangeSignUpAsync(db, caller, id, signUpId, ct, (_, s) =>
        {
            if (s.CancelledAt is not null) return "该报名已取消";
            if (s.CheckedInAt is not null) return "已签到，不能取消报名";
            s.CancelledAt = clock.GetUtcNow();
            return null;
        });

    private static Task<Results<Ok<ActivityView>, ProblemHttpResult>> CheckInAsync(Guid id, Guid signUpId, VolunteerDb db, ICallerContext caller, TimeProvider clock,
        CancellationToken ct) =>
        ChangeSignUpAsync(db, caller, id, signUpId, ct, (a, s) => Attendance.CheckIn(a, s, clock.GetUtcNow(), "desk"));

    private static Task<Results<Ok<ActivityView>, ProblemHttpResult>> CheckOutAsync(Guid id, Guid signUpId, VolunteerDb db, ICallerContext caller, TimeProvider clock,
        CancellationToken ct) =>
        ChangeSignUpAsync(db, caller, id, signUpId, ct, (a, s) => Attendance.CheckOut(a, s, clock.GetUtcNow()));

    private static async Task<Results<Ok<ActivityView>, ProblemHttpResult>> ChangeSignUpAsync(VolunteerDb db, ICallerContext caller, Guid id, Guid signUpId,
        CancellationToken ct, Func<Activity, SignUp, string?> change)
    {
        if (await ActivityStore.LoadAsync(db, caller, id, ct) is not { } activity) return NotFound();
        if (activity.SignUps.FirstOrDefault(s => s.Id == signUpId) is not { } signUp) return Problems.NotFound("该活动没有这条报名记录。");
        if (change(activity, signUp) is { } refusal) return Problems.Conflict(refusal + "。", "不能办理");
        activity.Version++;
        return TypedResults.Ok(await ActivityStore.ViewAsync(db, activity, ct));
    }

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这个志愿服务活动，或其不在您的辖区内。");
}
