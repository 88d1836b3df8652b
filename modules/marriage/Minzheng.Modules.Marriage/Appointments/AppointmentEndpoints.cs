using System.Data;
using System.Data.Common;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Common;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Modules.Marriage.Registration;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Marriage.Appointments;

/// <summary>A booking for one service on one day.</summary>
/// <param name="Service">One of <see cref="AppointmentCatalogue.Services"/>.</param>
/// <param name="Date">The day.</param>
/// <param name="Name">Who comes.</param>
/// <param name="Phone">Their phone number.</param>
public sealed record AppointmentRequest(string? Service, DateOnly? Date, string? Name, string? Phone);

/// <summary>预约: book, cancel, and the office's list for a day. Appointments belong to the office, not to a town.</summary>
public sealed class AppointmentEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/appointments", async (DateOnly? date, string? service, MarriageDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var day = date ?? clock.BeijingToday();
                var query = db.Appointments.AsNoTracking().Where(a => a.Date == day);
                if (!string.IsNullOrWhiteSpace(service))
                {
                    query = query.Where(a => a.Service == service);
                }
                var rows = await query.ToListAsync(ct);
                return rows.OrderBy(a => a.Service).ThenBy(a => a.BookedAt).Select(View).ToList();
            })
            .RequirePermission(MarriagePermissions.Appointments)
            .WithName("MarriageListAppointments")
            .WithSummary("The office's appointments of a day (today by default).");

        app.MapGet("/appointments/capacity", async (DateOnly? date, MarriageDb db, MarriageOptions options, TimeProvider clock, CancellationToken ct) =>
            {
                var day = date ?? clock.BeijingToday();
                var booked = await db.Appointments.AsNoTracking().Where(a => a.Date == day && a.Status == AppointmentCatalogue.Booked)
                    .GroupBy(a => a.Service).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
                return AppointmentCatalogue.Services.Select(s => new
                {
                    service = s.Key, label = s.Value, capacity = Capacity(options, s.Key), booked = booked.GetValueOrDefault(s.Key),
                }).ToList();
            })
            .RequirePermission(MarriagePermissions.Appointments)
            .WithName("MarriageAppointmentCapacity")
            .WithSummary("Places per service on a day: capacity and booked.");

        app.MapPost("/appointments", Book).RequirePermission(MarriagePermissions.Appointments)
            .WithName("MarriageBookAppointment")
            .WithSummary("Books an appointment while the day has places (serializable: the last place goes once).");
        app.MapPost("/appointments/{id:guid}/cancel/{version:int}", Cancel)
            .RequirePermission(MarriagePermissions.Appointments)
            .WithName("MarriageCancelAppointment")
            .WithSummary("Cancels a booked appointment, on the version the caller saw.");
    }

    private static int Capacity(MarriageOptions options, string service) => options.CapacityOf(service);

    private static object View(Appointment a) => new
    {
        a.Id, a.Service, ServiceLabel = AppointmentCatalogue.Services.GetValueOrDefault(a.Service, a.Service), a.Date, a.Name, a.Phone,
        a.Status, a.BookedAt, a.BookedByName, a.CancelReason, a.Version,
    };

    private static async Task<IResult> Book(AppointmentRequest request, MarriageDb db, MarriageOptions options, ICallerContext caller,
        TimeProvider clock, CancellationToken ct)
    {
        var input = new FieldErrors();
        var service = request.Service?.Trim() ?? "";
        if (!AppointmentCatalogue.Services.ContainsKey(service))
        {
            input.Add("service", "请选择预约事项");
        }
        if (request.Date is not { } day)
        {
            input.Add("date", "请选择预约日期");
        }
        else if (AppointmentRules.DateRefusal(day, clock.BeijingToday()) is { } dateRefusal)
        {
            input.Add("date", dateRefusal);
        }
        var name = input.PersonName("name", request.Name);
        var phone = input.Text("phone", request.Phone, "联系电话", 20);
        if (phone.Length > 0 && (phone.Length < 7 || phone.Any(c => !char.IsAsciiDigit(c) && c != '-')))
        {
            input.Add("phone", "联系电话只能包含数字和“-”，至少7位");
        }
        if (input.HasErrors)
        {
            return input.ToProblem();
        }
        var date = request.Date!.Value;
        // Counting and booking in one serializable transaction, committed by the platform with the booking:
        // two clerks cannot both take the day's last place (the loser's commit is refused: 409).
        await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        try
        {
            var booked = await db.Appointments.CountAsync(a => a.Date == date && a.Service == service && a.Status == AppointmentCatalogue.Booked, ct);
            if (AppointmentRules.CapacityRefusal(date, booked, Capacity(options, service), AppointmentCatalogue.Services[service]) is { } full)
            {
                return Problems.Conflict(full, "预约已满");
            }
            var appointment = new Appointment
            {
                Id = Guid.NewGuid(), Service = service, Date = date, Name = name, Phone = phone, BookedAt = clock.GetUtcNow(), BookedByName = caller.Staff.Name,
            };
            db.Appointments.Add(appointment);
            return TypedResults.Created($"/api/marriage/appointments/{appointment.Id}", View(appointment));
        }
        catch (DbException)
        {
            return Problems.Conflict("预约与他人同时提交，请重试。");
        }
    }

    private static async Task<IResult> Cancel(Guid id, int version, ChangeRequest? request, MarriageDb db, TimeProvider clock, CancellationToken ct)
    {
        var appointment = await db.Appointments.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (appointment is null)
        {
            return Problems.NotFound("没有这条预约。");
        }
        if (db.ExpectVersion(appointment, version) is { } stale)
        {
            return stale;
        }
        if (AppointmentRules.CancelRefusal(appointment.Status, appointment.Date, clock.BeijingToday()) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }
        appointment.Status = AppointmentCatalogue.Cancelled;
        appointment.CancelReason = string.IsNullOrWhiteSpace(request?.Reason) ? null : request.Reason.Trim();
        return TypedResults.Ok(View(appointment));
    }
}
