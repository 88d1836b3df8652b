using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Common;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Modules.Marriage.Registration;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Marriage.Divorce;

/// <summary>协议离婚: application, acceptance, cooling-off, withdrawal, joint request, registration.</summary>
public sealed class DivorceEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/divorces", async (string? name, string? status, MarriageDb db, ICallerContext caller, TimeProvider clock, CancellationToken ct) =>
            {
                var query = db.Divorces.AsNoTracking().Include(d => d.Steps).WithinScope(caller);
                if (!string.IsNullOrWhiteSpace(name))
                {
                    query = query.Where(d => d.PartyAName.Contains(name) || d.PartyBName.Contains(name));
                }
                var today = clock.Today();
                var rows = (await query.OrderByDescending(d => d.AppliedOn).Take(500).ToListAsync(ct)).Select(d => DivorceView.Of(d, today));
                // The status filter applies to the state as of today, which the stored one may lag behind.
                return string.IsNullOrWhiteSpace(status) ? rows.ToList() : rows.Where(d => d.Status == status).ToList();
            })
            .RequirePermission(MarriagePermissions.Read);

        app.MapGet("/divorces/{id:guid}", async (Guid id, MarriageDb db, ICallerContext caller, TimeProvider clock, CancellationToken ct) =>
                await db.Divorces.AsNoTracking().Include(d => d.Steps).WithinScope(caller).FirstOrDefaultAsync(d => d.Id == id, ct) is { } d
                    ? Results.Ok(DivorceView.Of(d, clock.Today()))
                    : Problems.NotFound("没有这件离婚登记申请。"))
            .RequirePermission(MarriagePermissions.Read);

        app.MapPost("/divorces", Apply).RequirePermission(MarriagePermissions.Accept);

        MapTransition(app, "accept", DivorceAction.Accept, MarriagePermissions.Accept);
        MapTransition(app, "refuse", DivorceAction.Refuse, MarriagePermissions.Accept);
        MapTransition(app, "withdraw", DivorceAction.Withdraw, MarriagePermissions.Accept);
        MapTransition(app, "request-certificate", DivorceAction.RequestCertificate, MarriagePermissions.Accept);
        MapTransition(app, "register", DivorceAction.Register, MarriagePermissions.Register);
        MapTransition(app, "refuse-registration", DivorceAction.RefuseRegistration, MarriagePermissions.Register);
    }

    // Two spellings: the version in the JSON body (REST clients), or in the path (the staff UI, whose action
    // endpoints can carry record fields in the path only, e.g. "divorces/{id}/accept/{version}").
    private static void MapTransition(IEndpointRouteBuilder app, string path, DivorceAction action, string permission)
    {
        app.MapPost($"/divorces/{{id:guid}}/{path}",
                (Guid id, ChangeRequest? request, DivorceTransitions transitions, CancellationToken ct) =>
                    transitions.ApplyAsync(id, action, request ?? new ChangeRequest(null, null, null), ct))
            .RequirePermission(permission);
        app.MapPost($"/divorces/{{id:guid}}/{path}/{{version:int}}",
                (Guid id, int version, ChangeRequest? request, DivorceTransitions transitions, CancellationToken ct) =>
                    transitions.ApplyAsync(id, action, (request ?? new ChangeRequest(null, null, null)) with { Version = version }, ct))
            .RequirePermission(permission);
    }

    private static async Task<IResult> Apply(DivorceRequest request, MarriageDb db, OfficeContext offices, IResidentRegistry registry,
        ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        if (offices.Current is not { } office)
        {
            return Saving.NoOffice();
        }
        var today = clock.Today();
        var input = new Input();
        var (a, b, nameA, nameB, hukouA, hukouB) = input.Parties(request.PartyAIdNumber, request.PartyAName, request.PartyAHukouCode,
            request.PartyBIdNumber, request.PartyBName, request.PartyBHukouCode, today);
        var certificate = input.Text("marriageCertificateNumber", request.MarriageCertificateNumber, "结婚证字号", 40).ToUpperInvariant();
        var agreement = input.Text("agreement", request.Agreement, "离婚协议要点（子女抚养、财产及债务处理）", 4000);
        if (request.AgreementSigned != true)
        {
            input.Add("agreementSigned", "须由双方共同签署书面离婚协议");
        }
        if (input.HasErrors)
        {
            return Problems.Validation(input.Errors);
        }
        if (a == b)
        {
            return Problems.Validation("partyBIdNumber", "双方身份证号码相同，请核对");
        }
        var (va, vb) = (a.Value, b.Value);
        if (await HasLiveApplicationAsync(db, va, vb, today, ct))
        {
            return Problems.Conflict("当事人已有一件正在办理的离婚登记申请，不能重复申请。");
        }
        // A marriage of this office between the two, if there is one, is the one ended by the divorce.
        var marriage = await db.Marriages.FirstOrDefaultAsync(m => m.Status == MarriageStatus.Registered
            && ((m.PartyAIdNumber == va && m.PartyBIdNumber == vb) || (m.PartyAIdNumber == vb && m.PartyBIdNumber == va)), ct);
        var residentA = await registry.FindAsync(a, ct);
        var residentB = await registry.FindAsync(b, ct);
        var now = clock.GetUtcNow();
        var application = new DivorceApplication
        {
            Id = Guid.NewGuid(),
            PartyAIdNumber = va, PartyAName = nameA, PartyBIdNumber = vb, PartyBName = nameB,
            MarriageCertificateNumber = certificate, MarriageId = marriage?.Id, Agreement = agreement, AppliedOn = today,
            DivisionCode = OfficeContext.LocateRecord(office, residentA?.DivisionCode, residentB?.DivisionCode),
            CrossProvince = OfficeContext.IsCrossProvince(office,
                hukouA ?? residentA?.DivisionCode[..6] ?? a.AddressCode, hukouB ?? residentB?.DivisionCode[..6] ?? b.AddressCode),
        };
        application.Steps.Add(new DivorceStep
        {
            Id = Guid.NewGuid(), At = now, Title = "双方申请", StaffId = caller.Staff.Id, StaffName = caller.Staff.Name, Note = "双方亲自到场，提交书面离婚协议",
        });
        db.Divorces.Add(application);
        return await db.SaveOrConflictAsync(ct)
            ?? Results.Created($"/api/marriage/divorces/{application.Id}", DivorceView.Of(application, today));
    }

    // The stored state may lag behind time (a window may have closed without the job having run yet).
    private static async Task<bool> HasLiveApplicationAsync(MarriageDb db, string a, string b, DateOnly today, CancellationToken ct)
    {
        var candidates = await db.Divorces.AsNoTracking()
            .Where(d => d.PartyAIdNumber == a || d.PartyBIdNumber == a || d.PartyAIdNumber == b || d.PartyBIdNumber == b)
            .ToListAsync(ct);
        return candidates.Any(d => !DivorceRules.IsFinal(DivorceRules.EffectiveStatus(d.Status, d.CoolingOffEnds, d.RequestWindowEnds, today)));
    }
}
