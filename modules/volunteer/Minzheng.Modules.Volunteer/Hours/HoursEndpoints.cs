using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Activities;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Events;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.Hours;

/// <summary>
/// Hours under <c>/api/volunteer/hours</c>: recorded from an activity's attendance or entered by the organiser, then
/// confirmed, declined or corrected with a reason — never deleted, every step in the record's history; a volunteer's
/// correction request decided by the organiser.
/// </summary>
public sealed class HoursEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/hours", ListAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerListHours").WithSummary("Records of hours in the caller's scope by status, volunteer or activity; paged on the server.");
        app.MapGet("/hours/correction-requests", RequestsAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerListCorrectionRequests").WithSummary("Records with a volunteer's correction request waiting for the organiser; paged on the server.");
        app.MapGet("/volunteers/{volunteerId:guid}/hours", VolunteerHoursAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerHoursOfVolunteer").WithSummary("One volunteer's records of hours in the caller's scope, latest first; paged on the server.");
        app.MapGet("/hours/{id:guid}", GetAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerGetHours").WithSummary("One record of hours with its history.");
        app.MapPost("/hours", CreateAsync).RequirePermission(VolunteerPermissions.Hours)
            .WithName("VolunteerRecordHours").WithSummary("Records hours entered by the organiser, flagged for review where they look wrong.");
        app.MapPost("/activities/{id:guid}/hours", RecordActivityAsync).RequirePermission(VolunteerPermissions.Hours)
            .WithName("VolunteerRecordActivityHours").WithSummary("After the activity: a record per attendance (check-in to check-out), flagged where needed; the activity ends.");
        app.MapPost("/hours/{id:guid}/confirm/{version:int}", ConfirmAsync).RequirePermission(VolunteerPermissions.Confirm)
            .WithName("VolunteerConfirmHours").WithSummary("确认: from now the hours count.");
        app.MapPost("/hours/{id:guid}/decline/{version:int}", DeclineAsync).RequirePermission(VolunteerPermissions.Confirm)
            .WithName("VolunteerDeclineHours").WithSummary("退回 with a reason: kept, never counted.");
        app.MapPost("/hours/{id:guid}/correct/{version:int}", CorrectAsync).RequirePermission(VolunteerPermissions.Confirm)
            .WithName("VolunteerCorrectHours").WithSummary("更正 the hours with a reason; the record waits for confirmation again.");
        app.MapPost("/hours/{id:guid}/correction-request/{version:int}", RequestCorrectionAsync).RequirePermission(VolunteerPermissions.Hours)
            .WithName("VolunteerRequestCorrection").WithSummary("更正申请: the volunteer asks for other hours, with a reason; the organiser decides.");
        app.MapPost("/hours/{id:guid}/correction-request/accept/{version:int}", AcceptCorrectionAsync).RequirePermission(VolunteerPermissions.Confirm)
            .WithName("VolunteerAcceptCorrection").WithSummary("Accepts the volunteer's request: the hours become the ones asked for.");
        app.MapPost("/hours/{id:guid}/correction-request/reject/{version:int}", RejectCorrectionAsync).RequirePermission(VolunteerPermissions.Confirm)
            .WithName("VolunteerRejectCorrection").WithSummary("Rejects the volunteer's request with a reason; the hours stay.");
    }

    private static async Task<Results<Ok<Paged<HoursRow>>, ValidationProblem>> ListAsync(string? status, Guid? volunteerId, Guid? activityId, bool? flagged,
        bool? correctionRequested, [AsParameters] PageQuery paging, VolunteerDb db, ICallerContext caller, CancellationToken ct)
    {
        var query = db.ServiceRecords.AsNoTracking().WithinScope(caller);
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.GetValues<RecordStatus>().FirstOrDefault(s => HoursCodes.Status(s) == status) is var wanted && wanted == default) return Problems.Validation("status", "没有这个状态");
            query = query.Where(r => r.Status == wanted);
        }
        if (volunteerId is { } v) query = query.Where(r => r.VolunteerId == v);
        if (activityId is { } a) query = query.Where(r => r.ActivityId == a);
        if (flagged == true) query = query.Where(r => r.Flags != "");
        if (correctionRequested == true) query = query.Where(r => r.RequestedHours != null);
        var page = await query.OrderByDescending(r => r.Date).ThenBy(r => r.Id)
            .Join(db.Volunteers, r => r.VolunteerId, v => v.Id, (r, v) => new { Record = r, v.Number, v.Name })
            .ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(x => new HoursRow(x.Record.Id, x.Record.VolunteerId, x.Number, x.Name, HoursCodes.Kind(x.Record.Kind), x.Record.Date, x.Record.Hours,
            x.Record.Content, x.Record.Organiser, x.Record.DivisionCode, HoursCodes.Status(x.Record.Status), x.Record.Flags, x.Record.RequestedHours is not null, x.Record.Version)));
    }

    private static Task<Results<Ok<Paged<HoursRow>>, ValidationProblem>> RequestsAsync([AsParameters] PageQuery paging, VolunteerDb db, ICallerContext caller,
        CancellationToken ct) =>
        ListAsync(null, null, null, null, true, paging, db, caller, ct);

    private static Task<Results<Ok<Paged<HoursRow>>, ValidationProblem>> VolunteerHoursAsync(Guid volunteerId, [AsParameters] PageQuery paging, VolunteerDb db,
        ICallerContext caller, CancellationToken ct) =>
        ListAsync(null, volunteerId, null, null, null, paging, db, caller, ct);

    private static async Task<Results<Ok<HoursView>, ProblemHttpResult>> GetAsync(Guid id, VolunteerDb db, ICallerContext caller, CancellationToken ct)
    {
        if (await LoadAsync(db, caller, id, ct) is not { } record) return NotFound();
        return TypedResults.Ok(await ViewAsync(db, record, ct));
    }

    private static async Task<Results<Created<HoursView>, ValidationProblem>> CreateAsync(NewHours request, VolunteerDb db, ICallerContext caller, TimeProvider clock,
        CancellationToken ct)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var number = request.VolunteerNumber?.Trim() ?? "";
        var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Number == number, ct);
        if (volunteer is null) errors.Add("volunteerNumber", "没有这个志愿者编号");
        if (!HoursCodes.TryParseKind(request.Kind, out var kind)) errors.Add("kind", "类型应为 service（志愿服务）或 training（培训）");
        if (request.Date is not { } date) errors.Add("date", "请填写服务日期");
        else if (date > today) errors.Add("date", "服务日期不能晚于今天");
        if (HoursRules.RefuseHours(request.Hours) is { } badHours) errors.Add("hours", badHours);
        var content = errors.Text("content", request.Content, "服务内容", 500);
        Activity? activity = null;
        if (request.ActivityId is { } activityId)
        {
            activity = await db.Activities.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(a => a.Id == activityId, ct);
            if (activity is null) errors.Add("activityId", "没有这个活动，或其不在您的辖区内");
        }
        var organiser = errors.Text("organiser", request.Organiser ?? activity?.Organiser, "记录单位", 100);
        if (volunteer is not null && activity is null && !caller.Scope.Contains(volunteer.DivisionCode))
        {
            errors.Add("volunteerNumber", "该志愿者不在您的辖区内，请从活动登记时长");
        }
        if (errors.HasErrors) return errors.ToProblem();

        var record = new ServiceRecord
        {
            Id = Guid.NewGuid(), VolunteerId = volunteer!.Id, ActivityId = activity?.Id, Kind = kind, Date = request.Date!.Value, Hours = request.Hours!.Value,
            Content = content, DivisionCode = activity?.DivisionCode ?? volunteer.DivisionCode, Organiser = organiser, Status = RecordStatus.Recorded,
        };
        record.Flags = HoursRules.Flags(record, await SameDayRecords.OfAsync(db, record, ct), checkOutMissing: false);
        db.ServiceRecords.Add(record);
        Record(db, record, caller, clock, "记录", HoursRules.Text(record.Hours));
        return TypedResults.Created($"/api/volunteer/hours/{record.Id}", await ViewAsync(db, record, ct));
    }

    private static async Task<Results<Ok<AttendanceRecorded>, ProblemHttpResult>> RecordActivityAsync(Guid id, VolunteerDb db, ICallerContext caller, TimeProvider clock,
        CancellationToken ct)
    {
        if (await ActivityStore.LoadAsync(db, caller, id, ct) is not { } activity) return Problems.NotFound("没有这个志愿服务活动，或其不在您的辖区内。");
        if (activity.Status != ActivityStatus.Recruiting) return Problems.Conflict("该活动已登记过时长或已取消。", "不能登记");
        if (clock.GetUtcNow() < activity.EndsAt) return Problems.Conflict("活动结束后才能登记服务时长。", "活动尚未结束");
        var attended = activity.SignUps.Where(s => s.CancelledAt is null && s.CheckedInAt is not null).ToList();
        var flagged = 0;
        foreach (var signUp in attended)
        {
            var checkOutMissing = signUp.CheckedOutAt is null;
            var end = signUp.CheckedOutAt ?? activity.EndsAt;
            var record = new ServiceRecord
            {
                Id = Guid.NewGuid(), VolunteerId = signUp.VolunteerId, ActivityId = activity.Id, Kind = HoursKind.Service,
                Date = BeijingTime.DateOf(signUp.CheckedInAt!.Value), StartedAt = signUp.CheckedInAt, EndedAt = end,
                Hours = ActivityRules.HoursServed(signUp.CheckedInAt!.Value, end, activity), Content = activity.Title, DivisionCode = activity.DivisionCode,
                Organiser = activity.Organiser, Status = RecordStatus.Recorded,
            };
            record.Flags = HoursRules.Flags(record, await SameDayRecords.OfAsync(db, record, ct), checkOutMissing);
            if (record.Flags.Length > 0) flagged++;
            db.ServiceRecords.Add(record);
            Record(db, record, caller, clock, "按签到签退记录", HoursRules.Text(record.Hours));
        }
        activity.Status = ActivityStatus.Ended;
        activity.Version++;
        return TypedResults.Ok(new AttendanceRecorded(attended.Count, flagged, activity.SignUps.Count(s => s.CancelledAt is null && s.CheckedInAt is null)));
    }

    private static Task<Results<Ok<HoursView>, ProblemHttpResult, ValidationProblem>> ConfirmAsync(Guid id, int version, VolunteerDb db, ICallerContext caller,
        TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(db, caller, clock, id, version, ct, r =>
        {
            if (r.Status != RecordStatus.Recorded) return ("只有待确认的时长可以确认", null);
            if (r.RequestedHours is not null) return ("该记录有待处理的更正申请，请先处理", null);
            r.Status = RecordStatus.Confirmed;
            db.Publish(new HoursConfirmed(r.Id, r.VolunteerId, HoursCodes.Kind(r.Kind), r.Date, r.Hours, r.DivisionCode));
            return (null, ("确认", HoursRules.Text(r.Hours)));
        });

    private static Task<Results<Ok<HoursView>, ProblemHttpResult, ValidationProblem>> DeclineAsync(Guid id, int version, HoursReason? request, VolunteerDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken ct) =>
        WithReasonAsync(request?.Reason, "退回原因", reason => ChangeAsync(db, caller, clock, id, version, ct, r =>
        {
            if (r.Status != RecordStatus.Recorded) return ("只有待确认的时长可以退回", null);
            r.Status = RecordStatus.Declined;
            r.RequestedHours = null;
            r.RequestReason = null;
            return (null, ("退回", reason));
        }));

    private static Task<Results<Ok<HoursView>, ProblemHttpResult, ValidationProblem>> CorrectAsync(Guid id, int version, HoursCorrection? request, VolunteerDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        if (HoursRules.RefuseHours(request?.Hours) is { } bad) return Task.FromResult<Results<Ok<HoursView>, ProblemHttpResult, ValidationProblem>>(Problems.Validation("hours", bad));
        return WithReasonAsync(request?.Reason, "更正原因", reason => ChangeAsync(db, caller, clock, id, version, ct, r =>
        {
            if (r.Status == RecordStatus.Declined) return ("已退回的时长不能更正，请重新记录", null);
            var before = r.Hours;
            r.Hours = request!.Hours!.Value;
            r.Status = RecordStatus.Recorded;
            return (null, ("更正", $"{HoursRules.Text(before)} → {HoursRules.Text(r.Hours)}：{reason}"));
        }));
    }

    private static Task<Results<Ok<HoursView>, ProblemHttpResult, ValidationProblem>> RequestCorrectionAsync(Guid id, int version, HoursCorrection? request, VolunteerDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        if (HoursRules.RefuseHours(request?.Hours) is { } bad) return Task.FromResult<Results<Ok<HoursView>, ProblemHttpResult, ValidationProblem>>(Problems.Validation("hours", bad));
        return WithReasonAsync(request?.Reason, "申请理由", reason => ChangeAsync(db, caller, clock, id, version, ct, r =>
        {
            if (r.Status == RecordStatus.Declined) return ("已退回的时长不能申请更正", null);
            if (r.RequestedHours is not null) return ("已有待处理的更正申请", null);
            r.RequestedHours = request!.Hours!.Value;
            r.RequestReason = reason;
            return (null, ("志愿者申请更正", $"申请 {HoursRules.Text(r.RequestedHours!.Value)}（现 {HoursRules.Text(r.Hours)}）：{reason}"));
        }));
    }

    private static Task<Results<Ok<HoursView>, ProblemHttpResult, ValidationProblem>> AcceptCorrectionAsync(Guid id, int version, VolunteerDb db, ICallerContext caller,
        TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(db, caller, clock, id, version, ct, r =>
        {
            if (r.RequestedHours is not { } asked) return ("该记录没有待处理的更正申请", null);
            var before = r.Hours;
            r.Hours = asked;
            r.RequestedHours = null;
            r.Status = RecordStatus.Recorded;
            return (null, ("同意更正", $"{HoursRules.Text(before)} → {HoursRules.Text(asked)}（{r.RequestReason}）"));
        });

    private static Task<Results<Ok<HoursView>, ProblemHttpResult, ValidationProblem>> RejectCorrectionAsync(Guid id, int version, HoursReason? request, VolunteerDb db,
        ICallerContext caller, TimeProvider clock, CancellationToken ct) =>
        WithReasonAsync(request?.Reason, "驳回理由", reason => ChangeAsync(db, caller, clock, id, version, ct, r =>
        {
            if (r.RequestedHours is null) return ("该记录没有待处理的更正申请", null);
            var asked = r.RequestedHours;
            r.RequestedHours = null;
            r.RequestReason = null;
            return (null, ("驳回更正申请", $"申请 {HoursRules.Text(asked!.Value)}未同意：{reason}"));
        }));

    private static async Task<Results<Ok<HoursView>, ProblemHttpResult, ValidationProblem>> WithReasonAsync(string? value, string label,
        Func<string, Task<Results<Ok<HoursView>, ProblemHttpResult, ValidationProblem>>> then)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", value, label, 500);
        return errors.HasErrors ? errors.ToProblem() : await then(reason);
    }

    private static async Task<Results<Ok<HoursView>, ProblemHttpResult, ValidationProblem>> ChangeAsync(VolunteerDb db, ICallerContext caller, TimeProvider clock, Guid id,
        int version, CancellationToken ct, Func<ServiceRecord, (string? Refusal, (string Title, string Note)? Step)> change)
    {
        if (await LoadAsync(db, caller, id, ct) is not { } record) return NotFound();
        if (db.ExpectVersion(record, version) is { } stale) return stale;
        var (refusal, step) = change(record);
        if (refusal is not null) return Problems.Conflict(refusal + "。", "当前状态不能办理");
        Record(db, record, caller, clock, step!.Value.Title, step.Value.Note);
        return TypedResults.Ok(await ViewAsync(db, record, ct));
    }

    private static Task<ServiceRecord?> LoadAsync(VolunteerDb db, ICallerContext caller, Guid id, CancellationToken ct) =>
        db.ServiceRecords.WithinScope(caller).Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == id, ct);

    private static async Task<HoursView> ViewAsync(VolunteerDb db, ServiceRecord r, CancellationToken ct)
    {
        var volunteer = await db.Volunteers.AsNoTracking().Where(v => v.Id == r.VolunteerId).Select(v => new { v.Number, v.Name }).FirstAsync(ct);
        var steps = r.Steps.Union(db.ServiceRecordSteps.Local.Where(s => s.ServiceRecordId == r.Id));
        return new HoursView(r.Id, r.VolunteerId, volunteer.Number, volunteer.Name, r.ActivityId, HoursCodes.Kind(r.Kind), r.Date, r.StartedAt, r.EndedAt, r.Hours, r.Content,
            r.Organiser, r.DivisionCode, HoursCodes.Status(r.Status), r.Flags, r.RequestedHours, r.RequestReason, r.Version, steps.ToTimeline());
    }

    private static void Record(VolunteerDb db, ServiceRecord record, ICallerContext caller, TimeProvider clock, string title, string? note) =>
        db.ServiceRecordSteps.Add(new ServiceRecordStep
        {
            ServiceRecordId = record.Id, At = clock.GetUtcNow(), Title = title, StaffId = caller.Staff.Id, StaffName = caller.Staff.Name, Note = note,
        });

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这条服务时长记录，或其不在您的辖区内。");
}
