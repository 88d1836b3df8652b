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
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Marriage.Certificates;

/// <summary>补领结婚证/离婚证 (BJ/BL), and the 婚姻登记记录证明 where a reissue is refused.</summary>
public sealed class ReissueEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/reissues", Reissue).RequirePermission(MarriagePermissions.Register)
            .WithName("MarriageReissueCertificate")
            .WithSummary("补领结婚证/离婚证: a new number, the original marked as replaced.");
        app.MapGet("/reissues/{id:guid}", async Task<IResult> (Guid id, MarriageDb db, ICallerContext caller, CancellationToken ct) =>
                await db.Reissues.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(r => r.Id == id, ct) is { } r
                    ? TypedResults.Ok(new { r.Id, r.Number, r.OriginalNumber, ApplicantIdNumber = Masking.Mask(r.ApplicantIdNumber), r.ApplicantName, r.IssuedOn, r.IssuedByName })
                    : Problems.NotFound("没有这条补领记录。"))
            .RequirePermission(MarriagePermissions.Read)
            .WithName("MarriageGetReissue")
            .WithSummary("A reissue record (applicant ID number masked).");
        app.MapPost("/record-certificates", RecordCertificateEndpoints.IssueAsync).RequirePermission(MarriagePermissions.Register)
            .WithName("MarriageIssueRecordCertificate")
            .WithSummary("出具婚姻登记记录证明: what the archive holds of a person, as a printable certificate.");
        app.MapGet("/record-certificates/{id:guid}", RecordCertificateEndpoints.GetAsync).RequirePermission(MarriagePermissions.Read)
            .WithName("MarriageGetRecordCertificate")
            .WithSummary("A record certificate as printed.");
    }

    private static async Task<IResult> Reissue(ReissueRequest request, MarriageDb db, OfficeContext offices, IResidentRegistry registry,
        CertificateNumbering numbering, ICallerContext caller, TimeProvider clock, CancellationToken ct)
    {
        if (offices.Current is not { } office)
        {
            return OfficeProblems.NoOffice();
        }
        var today = clock.BeijingToday();
        var input = new FieldErrors();
        var applicant = input.IdNumber("applicantIdNumber", request.ApplicantIdNumber, today);
        var name = input.PersonName("applicantName", request.ApplicantName, "申请人姓名");
        var number = request.OriginalNumber?.Trim().ToUpperInvariant();
        if (!CertificateNumberRules.TryParse(number, out var kind, out var officeCode, out _, out _)
            || kind is not (CertificateKind.Marriage or CertificateKind.Divorce))
        {
            input.Add("originalNumber", "请填写原结婚证或离婚证字号（如 J500110-2026-000001）");
        }
        else if (officeCode != office.Code)
        {
            input.Add("originalNumber", "原证不是本登记机关颁发的，档案不在本机关，请到原登记机关补领");
        }
        if (input.HasErrors)
        {
            return input.ToProblem();
        }
        var original = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Number == number, ct);
        if (original is null)
        {
            return Problems.NotFound("本机关档案中没有此证号。");
        }

        ReissueFacts facts;
        string partyA, partyB, divisionCode;
        if (kind == CertificateKind.Marriage)
        {
            var marriage = await db.Marriages.AsNoTracking().FirstAsync(m => m.Id == original.SubjectId, ct);
            (partyA, partyB, divisionCode) = (marriage.PartyAIdNumber, marriage.PartyBIdNumber, marriage.DivisionCode);
            facts = new ReissueFacts(kind, original.Status == CertificateStatus.Voided, marriage.DissolvedOn, false,
                await StatusAsync(registry, partyA, today, ct), await StatusAsync(registry, partyB, today, ct),
                EndedByDeath: marriage.Status == MarriageStatus.EndedByDeath);
        }
        else
        {
            var divorce = await db.Divorces.AsNoTracking().FirstAsync(d => d.Id == original.SubjectId, ct);
            (partyA, partyB, divisionCode) = (divorce.PartyAIdNumber, divorce.PartyBIdNumber, divorce.DivisionCode);
            var since = divorce.DivorcedOn;
            var remarried = await db.Marriages.AnyAsync(m => m.Status != MarriageStatus.Voided && m.RegisteredOn >= since
                && (m.PartyAIdNumber == partyA || m.PartyBIdNumber == partyA || m.PartyAIdNumber == partyB || m.PartyBIdNumber == partyB), ct);
            facts = new ReissueFacts(kind, original.Status == CertificateStatus.Voided, null, remarried,
                await StatusAsync(registry, partyA, today, ct), await StatusAsync(registry, partyB, today, ct));
        }
        if (applicant.Value != partyA && applicant.Value != partyB)
        {
            return Problems.Validation("applicantIdNumber", "申请人不是该证件记载的当事人");
        }
        if (ReissueRules.Refusal(facts) is { } refusal)
        {
            // The caller is told what to issue instead (婚姻登记记录证明), as a machine-readable hint too.
            return TypedResults.Problem(title: "不予补领", detail: refusal, statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["instead"] = "record-certificate" });
        }

        var reissue = new Reissue
        {
            Id = Guid.NewGuid(), OriginalNumber = number!, ApplicantIdNumber = applicant.Value, ApplicantName = name,
            IssuedOn = today, IssuedByName = caller.Staff.Name, DivisionCode = divisionCode,
        };
        if (await numbering.NextAsync(ReissueRules.ReissueKind(kind), office.Code, today, reissue.Id, ct) is not { } reissued)
        {
            return OfficeProblems.NumbersExhausted("补发证");
        }
        reissue.Number = reissued;
        db.Reissues.Add(reissue);
        return TypedResults.Created($"/api/marriage/reissues/{reissue.Id}", new { reissue.Id, reissue.Number, reissue.OriginalNumber, reissue.IssuedOn });
    }

    private static async Task<MaritalStatus> StatusAsync(IResidentRegistry registry, string idNumber, DateOnly today, CancellationToken ct) =>
        (await registry.FindAsync(IdNumber.Parse(idNumber, today), ct))?.MaritalStatus ?? MaritalStatus.Unknown;
}
