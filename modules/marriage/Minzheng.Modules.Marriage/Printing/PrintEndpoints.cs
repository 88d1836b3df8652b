using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Common;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Modules.Marriage.Divorce;
using Minzheng.Modules.Marriage.Registration;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Audit;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Marriage.Printing;

/// <summary>
/// What the printable views read. A certificate carries the parties' full ID numbers, so printing one is
/// the registrar's (marriage.register) and is audited both as a sensitive read and as a print; the
/// acceptance receipt carries masked numbers only.
/// </summary>
public sealed class PrintEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/print/marriage-certificate/{id:guid}", async Task<IResult> (Guid id, MarriageDb db, OfficeContext offices, ICallerContext caller, IAuditTrail audit, CancellationToken ct) =>
            {
                var m = await db.Marriages.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(r => r.Id == id && r.Status != MarriageStatus.Voided, ct);
                if (m is null)
                {
                    return Problems.NotFound("没有可打印的结婚证。");
                }
                await AuditAsync(audit, "MarriageRecord", m.Id, "marriage-certificate", ct);
                return TypedResults.Ok(new
                {
                    m.Id, m.CertificateNumber, m.RegisteredOn, Office = offices.Current?.Name ?? "",
                    PartyAName = m.PartyAName, PartyAIdNumber = m.PartyAIdNumber, PartyBName = m.PartyBName, PartyBIdNumber = m.PartyBIdNumber,
                });
            })
            .RequirePermission(MarriagePermissions.Register)
            .WithName("MarriagePrintMarriageCertificate")
            .WithSummary("The marriage certificate to print (the read is audited).");

        app.MapGet("/print/divorce-certificate/{id:guid}", async Task<IResult> (Guid id, MarriageDb db, OfficeContext offices, ICallerContext caller, IAuditTrail audit, CancellationToken ct) =>
            {
                var d = await db.Divorces.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(r => r.Id == id && r.Status == DivorceStatus.Registered, ct);
                if (d is null)
                {
                    return Problems.NotFound("没有可打印的离婚证。");
                }
                await AuditAsync(audit, "DivorceApplication", d.Id, "divorce-certificate", ct);
                return TypedResults.Ok(new
                {
                    d.Id, d.CertificateNumber, d.DivorcedOn, Office = offices.Current?.Name ?? "",
                    d.PartyAName, d.PartyAIdNumber, d.PartyBName, d.PartyBIdNumber,
                });
            })
            .RequirePermission(MarriagePermissions.Register)
            .WithName("MarriagePrintDivorceCertificate")
            .WithSummary("The divorce certificate to print (the read is audited).");

        app.MapGet("/print/divorce-receipt/{id:guid}", async Task<IResult> (Guid id, MarriageDb db, OfficeContext offices, ICallerContext caller, TimeProvider clock, CancellationToken ct) =>
                await db.Divorces.AsNoTracking().Include(d => d.Steps).WithinScope(caller).FirstOrDefaultAsync(r => r.Id == id && r.AcceptedOn != null, ct) is { } d
                    ? TypedResults.Ok(new
                    {
                        d.Id, PartyAName = d.PartyAName, PartyAIdNumber = Masking.Mask(d.PartyAIdNumber), PartyBName = d.PartyBName,
                        PartyBIdNumber = Masking.Mask(d.PartyBIdNumber), d.MarriageCertificateNumber, d.AcceptedOn, d.CoolingOffEnds,
                        d.RequestWindowEnds, Status = DivorceRules.EffectiveStatus(d.Status, d.CoolingOffEnds, d.RequestWindowEnds, clock.BeijingToday()),
                        Office = offices.Current?.Name ?? "",
                        AcceptedBy = d.Steps.Where(s => s.Title == "受理").Select(s => s.StaffName).FirstOrDefault() ?? "",
                    })
                    : Problems.NotFound("该申请尚未受理，没有受理回执。"))
            .RequirePermission(MarriagePermissions.Read)
            .WithName("MarriagePrintDivorceReceipt")
            .WithSummary("The receipt of a divorce application (离婚登记申请受理回执单).");
    }

    private static async Task AuditAsync(IAuditTrail audit, string entity, Guid id, string what, CancellationToken ct)
    {
        await audit.RecordSensitiveReadAsync(entity, id.ToString(), "idNumber", ct);
        await audit.RecordAsync(new AuditRecord($"{what}.printed", entity, id.ToString()), ct);
    }
}
