using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Common;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Modules.Marriage.Divorce;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Marriage.Counselling;

/// <summary>A counselling session to record.</summary>
/// <param name="DivorceApplicationId">The divorce application in cooling-off it belongs to, if any.</param>
/// <param name="HeldOn">The day.</param>
/// <param name="Counsellor">The counsellor.</param>
/// <param name="Participants">Who took part.</param>
/// <param name="Summary">What was discussed, and the outcome.</param>
public sealed record CounsellingRequest(Guid? DivorceApplicationId, DateOnly? HeldOn, string? Counsellor, string? Participants, string? Summary);

/// <summary>婚姻家庭辅导 sessions.</summary>
public sealed class CounsellingEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/counselling", async (Guid? divorceApplicationId, [AsParameters] PageQuery paging, MarriageDb db, ICallerContext caller, CancellationToken ct) =>
            {
                var query = db.CounsellingSessions.AsNoTracking().WithinScope(caller);
                if (divorceApplicationId is { } linked)
                {
                    query = query.Where(s => s.DivorceApplicationId == linked);
                }
                var ordered = paging.SortsBy("heldOn") && !paging.Descending
                    ? query.OrderBy(s => s.HeldOn).ThenBy(s => s.Id)
                    : query.OrderByDescending(s => s.HeldOn).ThenBy(s => s.Id);
                return TypedResults.Ok(await ordered.ToPageAsync(paging, ct));
            })
            .RequirePermission(MarriagePermissions.Counselling)
            .WithName("MarriageListCounselling")
            .WithSummary("婚姻家庭辅导 sessions within the caller's scope, paged.");

        app.MapPost("/counselling", Record).RequirePermission(MarriagePermissions.Counselling)
            .WithName("MarriageRecordCounselling")
            .WithSummary("Records a counselling session, linked to a divorce application or not.");
    }

    private static async Task<IResult> Record(CounsellingRequest request, MarriageDb db, OfficeContext offices, ICallerContext caller,
        TimeProvider clock, CancellationToken ct)
    {
        if (offices.Current is not { } office)
        {
            return OfficeProblems.NoOffice();
        }
        var today = clock.BeijingToday();
        var input = new FieldErrors();
        var counsellor = input.Text("counsellor", request.Counsellor, "辅导员", 50);
        var participants = input.Text("participants", request.Participants, "参加人", 200);
        var summary = input.Text("summary", request.Summary, "辅导情况", 4000);
        if (request.HeldOn is null)
        {
            input.Add("heldOn", "请选择辅导日期");
        }
        else if (request.HeldOn > today)
        {
            input.Add("heldOn", "辅导日期不能晚于今天");
        }
        if (input.HasErrors)
        {
            return input.ToProblem();
        }
        var divisionCode = office.Code;
        if (request.DivorceApplicationId is { } applicationId)
        {
            var application = await db.Divorces.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(d => d.Id == applicationId, ct);
            if (application is null)
            {
                return Problems.Validation("divorceApplicationId", "没有这件离婚登记申请");
            }
            var status = DivorceRules.EffectiveStatus(application.Status, application.CoolingOffEnds, application.RequestWindowEnds, today);
            if (CounsellingRules.LinkRefusal(status, application.AcceptedOn, application.CoolingOffEnds, request.HeldOn!.Value) is { } refusal)
            {
                return Problems.Conflict(refusal);
            }
            divisionCode = application.DivisionCode;
        }
        var session = new CounsellingSession
        {
            Id = Guid.NewGuid(), DivorceApplicationId = request.DivorceApplicationId, HeldOn = request.HeldOn!.Value, Counsellor = counsellor,
            Participants = participants, Summary = summary, RecordedByName = caller.Staff.Name, DivisionCode = divisionCode,
        };
        db.CounsellingSessions.Add(session);
        return TypedResults.Created($"/api/marriage/counselling/{session.Id}", session);
    }
}
