using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Common;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Modules.Marriage.Registration;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Marriage.Divorce;

/// <summary>协议离婚: application, acceptance, cooling-off, withdrawal, joint request, registration.</summary>
public sealed class DivorceEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/divorces", async (string? name, string? status, [AsParameters] PageQuery paging, MarriageDb db, ICallerContext caller, TimeProvider clock, CancellationToken ct) =>
            {
                var query = db.Divorces.AsNoTracking().Include(d => d.Steps).WithinScope(caller);
                if (!string.IsNullOrWhiteSpace(name))
                {
                    query = query.Where(d => d.PartyAName.Contains(name) || d.PartyBName.Contains(name));
                }
                var today = clock.BeijingToday();
                var ordered = paging.SortsBy("appliedOn") && !paging.Descending
                    ? query.OrderBy(d => d.AppliedOn).ThenBy(d => d.Id)
                    : query.OrderByDescending(d => d.AppliedOn).ThenBy(d => d.Id);
                if (string.IsNullOrWhiteSpace(status))
                {
                    return TypedResults.Ok((await ordered.ToPageAsync(paging, ct)).Map(d => DivorceView.Of(d, today)));
                }
                // The status filter applies to the state as of today, which the stored one may lag behind: filtered
                // after the state is worked out, then paged.
                var views = (await ordered.ToListAsync(ct)).Select(d => DivorceView.Of(d, today)).Where(d => d.Status == status);
                return TypedResults.Ok(views.ToPage(paging));
            })
            .RequirePermission(MarriagePermissions.Read)
            .WithName("MarriageListDivorces")
            .WithSummary("Divorce applications within the caller's scope, with their state as of today, paged.");

        app.MapGet("/divorces/{id:guid}", async Task<Results<Ok<DivorceView>, ProblemHttpResult>> (Guid id, MarriageDb db, ICallerContext caller, TimeProvider clock, CancellationToken ct) =>
                await db.Divorces.AsNoTracking().Include(d => d.Steps).WithinScope(caller).FirstOrDefaultAsync(d => d.Id == id, ct) is { } d
                    ? TypedResults.Ok(DivorceView.Of(d, clock.BeijingToday()))
                    : Problems.NotFound("没有这件离婚登记申请。"))
            .RequirePermission(MarriagePermissions.Read)
            .WithName("MarriageGetDivorce")
            .WithSummary("One divorce application with its history.");

        app.MapPost("/divorces", Apply).RequirePermission(MarriagePermissions.Accept)
            .WithName("MarriageApplyDivorce")
            .WithSummary("离婚登记申请: both parties apply together; the cooling-off period starts when it is accepted.");

        MapTransition(app, "accept", DivorceAction.Accept, MarriagePermissions.Accept);
        MapTransition(app, "refuse", DivorceAction.Refuse, MarriagePermissions.Accept);
        MapTransition(app, "withdraw", DivorceAction.Withdraw, MarriagePermissions.Accept);
        MapTransition(app, "request-certificate", DivorceAction.RequestCertificate, MarriagePermissions.Accept);
        MapTransition(app, "register", DivorceAction.Register, MarriagePermissions.Register);
        MapTransition(app, "refuse-registration", DivorceAction.RefuseRegistration, MarriagePermissions.Register);
    }

    // The version the change is based on travels in the route (the SDK's convention, IVersioned), e.g.
    // "divorces/{id}/accept/{version}"; the body carries only the action's own input (a reason, a party).
    private static void MapTransition(IEndpointRouteBuilder app, string path, DivorceAction action, string permission)
    {
        app.MapPost($"/divorces/{{id:guid}}/{path}/{{version:int}}",
                (Guid id, int version, ChangeRequest? request, DivorceTransitions transitions, CancellationToken ct) =>
                    transitions.ApplyAsync(id, action, version, request ?? ChangeRequest.None, ct))
            .RequirePermission(permission)
            .WithName($"MarriageDivorce{action}")
            .WithSummary($"{DivorceRules.ActionName(action)}: moves the application on the version the caller saw, or says why it may not.");
    }

    private static async Task<IResult> Apply(DivorceRequest request, MarriageDb db, OfficeContext offices, IResidentRegistry registry,
        ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        if (offices.Current is not { } office)
        {
            return OfficeProblems.NoOffice();
        }
        var today = clock.BeijingToday();
        var input = new FieldErrors();
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
            return input.ToProblem();
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
        return TypedResults.Created($"/api/marriage/divorces/{application.Id}", DivorceView.Of(application, today));
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
