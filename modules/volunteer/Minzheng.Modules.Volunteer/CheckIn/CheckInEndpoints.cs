using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Activities;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.CheckIn;

/// <summary>
/// QR check-in: staff get a short-lived link for an activity (<c>activities/{id}/check-in-link/in</c> or <c>…/out</c>), shown as a QR code at
/// the place; a volunteer opens it on their phone, with no account, and checks in or out by giving their ID number
/// and volunteer number, which must belong together (<c>public/{district}/check-in</c>). The platform limits how often
/// one client may call; the attendance rules are the desk's.
/// </summary>
public sealed class CheckInEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/activities/{id:guid}/check-in-link/{purpose}", LinkAsync).RequirePermission(VolunteerPermissions.Activities)
            .WithName("VolunteerCheckInLink").WithSummary("A short-lived signed link for the activity's 签到 or 签退 QR code.");
        app.MapPost("/public/{district}/check-in", CheckInAsync)
            .AllowPublicInDistrict("a volunteer checks in or out with their own phone by the activity's QR code; the token, ID number and volunteer number must all agree")
            .WithName("VolunteerPublicCheckIn").WithSummary("签到/签退 by QR code: the token, the ID number and the volunteer number.");
        app.MapGet("/public/{district}/check-in", Page)
            .AllowPublicInDistrict("the page a volunteer's phone opens from the QR code; it shows the activity's title only")
            .WithName("VolunteerPublicCheckInPage").WithSummary("The check-in page the QR code opens (HTML).");
        app.MapPost("/public/{district}/check-in/form", FormAsync).DisableAntiforgery()
            .AllowPublicInDistrict("the check-in page's form; no account, so there is no session to forge")
            .WithName("VolunteerPublicCheckInForm").WithSummary("The check-in page's form post (HTML answer).");
    }

    private static async Task<Results<Ok<CheckInLink>, ProblemHttpResult, ValidationProblem>> LinkAsync(Guid id, string purpose, VolunteerDb db, ICallerContext caller,
        CheckInLinks links, CheckInOptions options, TimeProvider clock, HttpRequest http, CancellationToken ct)
    {
        if (purpose is not ("in" or "out")) return Problems.Validation("purpose", "purpose 应为 in（签到）或 out（签退）");
        var wanted = purpose == "out" ? CheckInPurpose.Out : CheckInPurpose.In;
        if (await db.Activities.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(a => a.Id == id, ct) is not { } activity)
        {
            return Problems.NotFound("没有这个志愿服务活动，或其不在您的辖区内。");
        }
        if (activity.Status != ActivityStatus.Recruiting) return Problems.Conflict("活动已结束或已取消，不能生成签到二维码。", "不能生成");
        var expires = clock.GetUtcNow().AddMinutes(options.LinkMinutes);
        var token = links.Issue(new CheckInTicket(activity.Id, wanted, expires));
        var url = $"{http.Scheme}://{http.Host}{http.PathBase}/api/volunteer/public/{Uri.EscapeDataString(caller.DistrictId)}/check-in?token={Uri.EscapeDataString(token)}";
        return TypedResults.Ok(new CheckInLink(activity.Id, activity.Title, CheckInCodes.Code(wanted), CheckInCodes.Text(wanted), url, expires));
    }

    private static async Task<Results<Ok<CheckInAnswer>, ProblemHttpResult, ValidationProblem>> CheckInAsync(PublicCheckIn request, VolunteerDb db, CheckInLinks links,
        TimeProvider clock, CancellationToken ct)
    {
        var (answer, refusal, field) = await AttendAsync(request, db, links, clock, ct);
        if (answer is not null) return TypedResults.Ok(answer);
        return field is not null ? Problems.Validation(field, refusal!) : Problems.Conflict(refusal! + "。", "未能签到");
    }

    private static async Task<ContentHttpResult> Page(string? token, CheckInLinks links, VolunteerDb db, TimeProvider clock, CancellationToken ct)
    {
        var (ticket, refusal) = links.Read(token, clock.GetUtcNow());
        var title = ticket is null ? null : await db.Activities.AsNoTracking().Where(a => a.Id == ticket.ActivityId).Select(a => a.Title).FirstOrDefaultAsync(ct);
        return TypedResults.Content(ticket is null || title is null
                ? CheckInPage.Message("无法签到", refusal ?? "活动不存在")
                : CheckInPage.Form(title, CheckInCodes.Text(ticket.Purpose), "check-in/form", token!),
            "text/html; charset=utf-8");
    }

    private static async Task<ContentHttpResult> FormAsync([FromForm] string? token, [FromForm] string? idNumber, [FromForm] string? volunteerNumber, VolunteerDb db,
        CheckInLinks links, TimeProvider clock, CancellationToken ct)
    {
        var (answer, refusal, _) = await AttendAsync(new PublicCheckIn(token, idNumber, volunteerNumber), db, links, clock, ct);
        return TypedResults.Content(answer is not null
                ? CheckInPage.Message($"{(answer.Purpose == "in" ? "签到" : "签退")}成功", $"{answer.Name}，您已于{BeijingTime.Format(answer.At)}在“{answer.Activity}”{(answer.Purpose == "in" ? "签到" : "签退")}。")
                : CheckInPage.Message("未能签到", refusal!),
            "text/html; charset=utf-8");
    }

    private static async Task<(CheckInAnswer? Answer, string? Refusal, string? Field)> AttendAsync(PublicCheckIn request, VolunteerDb db, CheckInLinks links,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (ticket, refusal) = links.Read(request.Token, now);
        if (ticket is null) return (null, refusal, "token");
        var idNumber = request.IdNumber?.Trim().ToUpperInvariant() ?? "";
        var number = request.VolunteerNumber?.Trim() ?? "";
        // One answer for "no such volunteer" and "these two do not belong together": the page must not confirm who is registered.
        var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Number == number && v.IdNumber == idNumber, ct);
        if (volunteer is null) return (null, "身份证号码与志愿者编号不符", "volunteerNumber");
        var activity = await db.Activities.Include(a => a.SignUps).FirstOrDefaultAsync(a => a.Id == ticket.ActivityId, ct);
        if (activity is null) return (null, "活动不存在", "token");
        if (activity.SignUps.FirstOrDefault(s => s.VolunteerId == volunteer.Id && s.CancelledAt == null) is not { } signUp)
        {
            return (null, "您未报名该活动，请联系活动组织单位", null);
        }
        var problem = ticket.Purpose == CheckInPurpose.In ? Attendance.CheckIn(activity, signUp, now, "qr") : Attendance.CheckOut(activity, signUp, now);
        if (problem is not null) return (null, problem, null);
        activity.Version++;
        return (new CheckInAnswer(activity.Title, CheckInCodes.MaskName(volunteer.Name), CheckInCodes.Code(ticket.Purpose), now), null, null);
    }
}
