using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Appointments;
using Minzheng.Modules.Marriage.Certificates;
using Minzheng.Modules.Marriage.Common;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Marriage.Registration;

/// <summary>结婚登记: register, list, read and void marriages.</summary>
public sealed class RegistrationEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/registrations", async (string? name, string? status, string? certificateNumber, [AsParameters] PageQuery paging, MarriageDb db, ICallerContext caller, CancellationToken ct) =>
            {
                var query = db.Marriages.AsNoTracking().WithinScope(caller);
                if (!string.IsNullOrWhiteSpace(name))
                {
                    query = query.Where(m => m.PartyAName.Contains(name) || m.PartyBName.Contains(name));
                }
                if (!string.IsNullOrWhiteSpace(status))
                {
                    query = query.Where(m => m.Status == status);
                }
                if (!string.IsNullOrWhiteSpace(certificateNumber))
                {
                    query = query.Where(m => m.CertificateNumber == certificateNumber.Trim().ToUpper());
                }
                // The list's one sortable column is the registration date, latest first unless asked otherwise.
                var ordered = paging.SortsBy("registeredOn") && !paging.Descending
                    ? query.OrderBy(m => m.RegisteredOn).ThenBy(m => m.CertificateNumber)
                    : query.OrderByDescending(m => m.RegisteredOn).ThenByDescending(m => m.CertificateNumber);
                var page = await ordered.ToPageAsync(paging, ct);
                return TypedResults.Ok(page.Map(MarriageView.Of));
            })
            .RequirePermission(MarriagePermissions.Read)
            .WithName("MarriageListRegistrations")
            .WithSummary("Marriages registered, within the caller's scope, searchable, paged.");

        app.MapGet("/registrations/{id:guid}", async Task<Results<Ok<MarriageView>, ProblemHttpResult>> (Guid id, MarriageDb db, ICallerContext caller, CancellationToken ct) =>
                await db.Marriages.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(m => m.Id == id, ct) is { } m
                    ? TypedResults.Ok(MarriageView.Of(m))
                    : Problems.NotFound("没有这条结婚登记记录。"))
            .RequirePermission(MarriagePermissions.Read)
            .WithName("MarriageGetRegistration")
            .WithSummary("One marriage registration (ID numbers masked).");

        app.MapPost("/registrations", Register).RequirePermission(MarriagePermissions.Register)
            .WithName("MarriageRegister")
            .WithSummary("结婚登记: both parties checked (age, no spouse, not too closely related); a certificate number is issued.");

        app.MapPost("/registrations/{id:guid}/void/{version:int}", Void)
            .RequirePermission(MarriagePermissions.Void)
            .WithName("MarriageVoidRegistration")
            .WithSummary("撤销婚姻登记: voids the registration and its certificate number, with a reason.");
    }

    private static async Task<IResult> Register(MarriageRequest request, MarriageDb db, OfficeContext offices, IResidentRegistry registry,
        CertificateNumbering numbering, MarriageOptions options, ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        if (offices.Current is not { } office)
        {
            return OfficeProblems.NoOffice();
        }
        var today = clock.BeijingToday();
        var input = new FieldErrors();
        var (a, b, nameA, nameB, hukouA, hukouB) = input.Parties(request.PartyAIdNumber, request.PartyAName, request.PartyAHukouCode,
            request.PartyBIdNumber, request.PartyBName, request.PartyBHukouCode, today);
        if (request.CeremonyOn is { } ceremony)
        {
            // The ceremony takes a place in the office's diary (service "ceremony"), booked with the registration or not at all.
            var booked = await db.Appointments.CountAsync(a => a.Date == ceremony && a.Service == "ceremony" && a.Status == AppointmentCatalogue.Booked, ct);
            var refusal = AppointmentRules.DateRefusal(ceremony, today)
                ?? AppointmentRules.CapacityRefusal(ceremony, booked, options.CapacityOf("ceremony"), AppointmentCatalogue.Services["ceremony"]);
            if (refusal is not null)
            {
                input.Add("ceremonyOn", refusal);
            }
        }
        if (input.HasErrors)
        {
            return input.ToProblem();
        }

        // Every office archive entry counts, whatever the caller's scope: a town clerk's view must not hide a marriage.
        var residentA = await registry.FindAsync(a, ct);
        var residentB = await registry.FindAsync(b, ct);
        var factsA = new PartyFacts(a, await MarriedHereAsync(db, a.Value, ct), residentA?.MaritalStatus ?? MaritalStatus.Unknown);
        var factsB = new PartyFacts(b, await MarriedHereAsync(db, b.Value, ct), residentB?.MaritalStatus ?? MaritalStatus.Unknown);
        input.AddAll(RegistrationRules.Refusals(factsA, factsB, today, request.DeclarationSigned == true));
        if (input.HasErrors)
        {
            return input.ToProblem();
        }

        var now = clock.GetUtcNow();
        var record = new MarriageRecord
        {
            Id = Guid.NewGuid(),
            PartyAIdNumber = a.Value, PartyAName = nameA, PartyBIdNumber = b.Value, PartyBName = nameB,
            RegisteredOn = today, DeclarationSignedAt = now, CeremonyOn = request.CeremonyOn,
            DivisionCode = OfficeContext.LocateRecord(office, residentA?.DivisionCode, residentB?.DivisionCode),
            CrossProvince = OfficeContext.IsCrossProvince(office,
                hukouA ?? residentA?.DivisionCode[..6] ?? a.AddressCode, hukouB ?? residentB?.DivisionCode[..6] ?? b.AddressCode),
            RegisteredById = caller.Staff.Id, RegisteredByName = caller.Staff.Name, RegisteredAt = now,
        };
        if (await numbering.NextAsync(CertificateKind.Marriage, office.Code, today, record.Id, ct) is not { } number)
        {
            return OfficeProblems.NumbersExhausted("结婚证");
        }
        record.CertificateNumber = number;
        db.Marriages.Add(record);
        if (request.CeremonyOn is { } ceremonyDay)
        {
            db.Appointments.Add(new Appointment
            {
                Id = Guid.NewGuid(), Service = "ceremony", Date = ceremonyDay, Name = $"{nameA}、{nameB}", Phone = "",
                BookedAt = now, BookedByName = caller.Staff.Name,
            });
        }
        db.Publish(new MarriageRegistered(a.Value, b.Value, today, record.CertificateNumber));
        return TypedResults.Created($"/api/marriage/registrations/{record.Id}", MarriageView.Of(record));
    }

    private static async Task<IResult> Void(Guid id, int version, ChangeRequest? request, MarriageDb db, ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        var input = new FieldErrors();
        var reason = input.Text("reason", request?.Reason, "撤销原因", 500);
        if (input.HasErrors)
        {
            return input.ToProblem();
        }
        var record = await db.Marriages.WithinScope(caller).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (record is null)
        {
            return Problems.NotFound("没有这条结婚登记记录。");
        }
        if (db.ExpectVersion(record, version) is { } stale)
        {
            return stale;
        }
        if (record.Status != MarriageStatus.Registered)
        {
            return Problems.Conflict(record.Status == MarriageStatus.Voided ? "该登记已撤销。" : "该婚姻已登记离婚，不能撤销结婚登记。");
        }
        var now = clock.GetUtcNow();
        record.Status = MarriageStatus.Voided;
        record.VoidedAt = now;
        record.VoidedByName = caller.Staff.Name;
        record.VoidReason = reason;
        var certificate = await db.Certificates.FirstAsync(c => c.Number == record.CertificateNumber, ct);
        certificate.Status = CertificateStatus.Voided;
        certificate.VoidedAt = now;
        certificate.VoidedByName = caller.Staff.Name;
        certificate.VoidReason = reason;
        // Without it the registry would keep both parties 已婚 on the strength of a registration that no longer exists.
        db.Publish(new MarriageRegistrationVoided(record.PartyAIdNumber, record.PartyBIdNumber, record.RegisteredOn, record.CertificateNumber, clock.BeijingToday()));
        return TypedResults.Ok(MarriageView.Of(record));
    }

    /// <summary>Whether this office's archive holds a marriage in force of <paramref name="idNumber"/>.</summary>
    public static Task<bool> MarriedHereAsync(MarriageDb db, string idNumber, CancellationToken ct) =>
        db.Marriages.AnyAsync(m => m.Status == MarriageStatus.Registered && (m.PartyAIdNumber == idNumber || m.PartyBIdNumber == idNumber), ct);
}
