using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Hours;
using Minzheng.Modules.Volunteer.Organisers;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.Certificates;

/// <summary>
/// Record certificates under <c>/api/volunteer/certificates</c>: issued free from confirmed hours only, numbered per issuer
/// without gaps, printable, revocable with a reason; verified by anyone at <c>public/{district}/certificates/{code}</c>.
/// </summary>
public sealed class CertificateEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/certificates", ListAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerListCertificates").WithSummary("Certificates issued in the caller's scope, latest first; paged on the server.");
        app.MapGet("/certificates/{id:guid}", GetAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerGetCertificate").WithSummary("One certificate in its four parts, with the verification link of its QR code.");
        app.MapPost("/certificates", IssueAsync).RequirePermission(VolunteerPermissions.Certificates)
            .WithName("VolunteerIssueCertificate").WithSummary("出具 a certificate of the volunteer's confirmed hours in a period, recorded in the caller's scope; the issuer a registered organiser (picked) or typed.");
        app.MapPost("/certificates/{id:guid}/revoke/{version:int}", RevokeAsync).RequirePermission(VolunteerPermissions.Certificates)
            .WithName("VolunteerRevokeCertificate").WithSummary("撤销 with a reason; verification then says it is revoked.");
        app.MapGet("/public/{district}/certificates/{code}", CheckAsync)
            .AllowPublicInDistrict("anyone holding a certificate checks it is genuine; shows masked identity, hours, issuer and date only")
            .WithName("VolunteerVerifyCertificate").WithSummary("Verifies a certificate by its code: valid, revoked, or unknown (404).");
        app.MapGet("/public/{district}/certificates/{code}/page", PageAsync)
            .AllowPublicInDistrict("the page the certificate's QR code opens; the same facts as the verification answer")
            .WithName("VolunteerVerifyCertificatePage").WithSummary("The verification answer as a page for a phone (HTML).");
    }

    private static async Task<Ok<Paged<CertificateRow>>> ListAsync(string? q, [AsParameters] PageQuery paging, VolunteerDb db, ICallerContext caller, CancellationToken ct)
    {
        var query = db.Certificates.AsNoTracking().WithinScope(caller);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(c => c.VolunteerName.Contains(q.Trim()) || c.Number == q.Trim() || c.VolunteerNumber == q.Trim());
        var page = await query.OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Number).ThenBy(c => c.Id).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(c => new CertificateRow(c.Id, c.Number, c.Issuer, c.VolunteerName, c.VolunteerNumber, c.ServiceHours, c.IssuedOn, CertificateRules.Status(c))));
    }

    private static async Task<Results<Ok<CertificateView>, ProblemHttpResult>> GetAsync(Guid id, VolunteerDb db, ICallerContext caller, HttpRequest http, CancellationToken ct)
    {
        if (await db.Certificates.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(c => c.Id == id, ct) is not { } certificate) return NotFound();
        return TypedResults.Ok(View(certificate, caller, http));
    }

    private static async Task<Results<Created<CertificateView>, ValidationProblem, ProblemHttpResult>> IssueAsync(NewCertificate request, VolunteerDb db,
        ICallerContext caller, TimeProvider clock, HttpRequest http, CancellationToken ct)
    {
        var today = clock.BeijingToday();
        var errors = new FieldErrors();
        var number = request.VolunteerNumber?.Trim() ?? "";
        var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Number == number, ct);
        if (volunteer is null) errors.Add("volunteerNumber", "没有这个志愿者编号");
        var to = request.To ?? today;
        if (request.From is not { } from) errors.Add("from", "请填写证明的起始日期");
        else if (from > to) errors.Add("from", "起始日期不能晚于截止日期");
        if (to > today) errors.Add("to", "截止日期不能晚于今天");
        // The issuer picked from the registered organisers (or typed): a registered one gives its name, and its person in
        // charge and contact unless the form says otherwise.
        var (issuer, registered) = await NamedOrganiser.ResolveAsync(db, errors, request.OrganiserId, request.Issuer, "issuer", "出具单位", required: true, ct);
        var head = errors.Text("personInCharge", OrDefault(request.PersonInCharge, registered?.PersonInCharge), "负责人", 50);
        var handler = errors.Text("handler", request.Handler, "经办人", 50);
        var contact = errors.Text("issuerContact", OrDefault(request.IssuerContact, registered?.Contact), "联系方式", 50);
        if (errors.HasErrors) return errors.ToProblem();

        // Whoever records certifies: the hours confirmed in the caller's scope, never anyone else's.
        var records = await db.ServiceRecords.AsNoTracking().WithinScope(caller)
            .Where(r => r.VolunteerId == volunteer!.Id && r.Status == RecordStatus.Confirmed && r.Date >= request.From!.Value && r.Date <= to)
            .Select(r => new { r.Kind, r.Hours, r.Content }).ToListAsync(ct);
        if (records.Count == 0) return Problems.Conflict("该志愿者在此期间没有已确认的服务时长，不能出具记录证明（待确认、已退回的时长不计）。", "没有已确认的时长");

        var highest = await db.Certificates.AsNoTracking().Where(c => c.Issuer == issuer && c.Number.StartsWith($"{today.Year}-")).MaxAsync(c => (string?)c.Number, ct);
        var certificate = new Certificate
        {
            Id = Guid.NewGuid(), Number = CertificateRules.NextNumber(today.Year, highest), VerificationCode = CertificateRules.NewCode(), VolunteerId = volunteer!.Id,
            VolunteerName = volunteer.Name, IdNumber = volunteer.IdNumber, VolunteerNumber = volunteer.Number, DivisionCode = volunteer.DivisionCode,
            From = request.From!.Value, To = to, ServiceHours = records.Where(r => r.Kind == HoursKind.Service).Sum(r => r.Hours),
            TrainingHours = records.Where(r => r.Kind == HoursKind.Training).Sum(r => r.Hours),
            Content = Summarise(records.Select(r => r.Content)), Issuer = issuer, OrganiserId = registered?.Id, PersonInCharge = head, Handler = handler, IssuerContact = contact, IssuedOn = today,
        };
        db.Certificates.Add(certificate);
        return TypedResults.Created($"/api/volunteer/certificates/{certificate.Id}", View(certificate, caller, http));
    }

    private static async Task<Results<Ok<CertificateView>, ProblemHttpResult, ValidationProblem>> RevokeAsync(Guid id, int version, RevokeRequest? request, VolunteerDb db,
        ICallerContext caller, TimeProvider clock, HttpRequest http, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", request?.Reason, "撤销原因", 500);
        if (errors.HasErrors) return errors.ToProblem();
        if (await db.Certificates.WithinScope(caller).FirstOrDefaultAsync(c => c.Id == id, ct) is not { } certificate) return NotFound();
        if (db.ExpectVersion(certificate, version) is { } stale) return stale;
        if (certificate.RevokedOn is not null) return Problems.Conflict("该证明已撤销。", "已撤销");
        certificate.RevokedOn = clock.BeijingToday();
        certificate.RevocationReason = reason;
        return TypedResults.Ok(View(certificate, caller, http));
    }

    private static async Task<Results<Ok<CertificateCheck>, ProblemHttpResult>> CheckAsync(string code, VolunteerDb db, CancellationToken ct) =>
        await FindAsync(db, code, ct) is { } check ? TypedResults.Ok(check) : Problems.NotFound("没有这份志愿服务记录证明：请核对验证码，或向出具单位核实。");

    private static async Task<ContentHttpResult> PageAsync(string code, VolunteerDb db, CancellationToken ct)
    {
        var check = await FindAsync(db, code, ct);
        return TypedResults.Content(CertificatePage.Of(check), "text/html; charset=utf-8");
    }

    private static async Task<CertificateCheck?> FindAsync(VolunteerDb db, string code, CancellationToken ct)
    {
        var wanted = code.Trim().ToUpperInvariant();
        var c = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(x => x.VerificationCode == wanted, ct);
        return c is null ? null : new CertificateCheck(CertificateRules.Status(c), c.RevokedOn is null ? "有效" : "已撤销", c.Number, c.Issuer, c.IssuedOn,
            CertificateRules.MaskName(c.VolunteerName), Masking.Mask(c.IdNumber), c.From, c.To, c.ServiceHours, c.TrainingHours, c.RevokedOn);
    }

    private static string? OrDefault(string? given, string? registered) => string.IsNullOrWhiteSpace(given) ? registered : given;

    private static string Summarise(IEnumerable<string> contents)
    {
        var distinct = contents.Where(c => c.Length > 0).Distinct().ToList();
        var text = string.Join("、", distinct.Take(10)) + (distinct.Count > 10 ? $"等{distinct.Count}项" : "");
        return text.Length > 1000 ? text[..1000] : text;
    }

    private static CertificateView View(Certificate c, ICallerContext caller, HttpRequest http) => new(
        c.Id, c.Number, c.VerificationCode, c.VolunteerName, "居民身份证", Masking.Mask(c.IdNumber), c.VolunteerNumber, c.From, c.To, c.ServiceHours, c.TrainingHours,
        c.Content, c.Issuer, c.OrganiserId, c.PersonInCharge, c.Handler, c.IssuerContact, c.IssuedOn, c.RevokedOn, c.RevocationReason, CertificateRules.Status(c),
        $"{http.Scheme}://{http.Host}{http.PathBase}/api/volunteer/public/{Uri.EscapeDataString(caller.DistrictId)}/certificates/{c.VerificationCode}/page", c.Version);

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这份证明，或其不在您的辖区内。");
}
