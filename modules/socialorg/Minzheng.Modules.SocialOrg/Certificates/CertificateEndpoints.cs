using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Certificates;

/// <summary>登记证书, under <c>/api/socialorg/certificates</c>: issued by the workflows' decisions; read in scope, reprinted by the district.</summary>
public sealed class CertificateEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/certificates", ListAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgListCertificates").WithSummary("Organisations' registration certificates in the caller's scope (of one organisation with organisationId), newest first; paged (branches' certificates: see branches).");
        app.MapGet("/certificates/{id:guid}", GetAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgGetCertificate").WithSummary("One registration certificate, an organisation's or a branch's, as printed (正本 and 副本 carry its number).");
        app.MapPost("/certificates/{id:guid}/reprint/{version:int}", ReprintAsync).RequirePermission(SocialOrgPermissions.Decide)
            .WithName("SocialOrgReprintCertificate").WithSummary("补打 a valid certificate: the same number, marked as a reprint and counted.");
    }

    private static async Task<Ok<Paged<CertificateRow>>> ListAsync(Guid? organisationId, string? q, [AsParameters] PageQuery paging, SocialOrgDb db, ICallerContext caller,
        CancellationToken cancellationToken)
    {
        // The organisations' own; a branch's certificate is reached from the branches' list (its page names a 负责人, not a 法定代表人).
        var query = db.RegistrationCertificates.AsNoTracking().WithinScope(caller).Where(c => c.BranchId == null);
        if (organisationId is { } id) query = query.Where(c => c.OrganisationId == id);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(c => c.Name.Contains(q.Trim()) || c.Number == q.Trim());
        var page = await query.OrderByDescending(c => c.Sequence).ThenBy(c => c.Id).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(CertificateView.Row));
    }

    private static async Task<Results<Ok<CertificateView>, ProblemHttpResult>> GetAsync(Guid id, SocialOrgDb db, ICallerContext caller, CancellationToken cancellationToken) =>
        await db.RegistrationCertificates.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is { } c
            ? TypedResults.Ok(CertificateView.Of(c))
            : NotFound();

    private static async Task<Results<Ok<CertificateView>, ProblemHttpResult>> ReprintAsync(Guid id, int version, SocialOrgDb db, ICallerContext caller, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (Problems.DistrictOnly(caller, "登记证书由区民政局（登记管理机关）补打。") is { } notDistrict) return notDistrict;
        if (await db.RegistrationCertificates.WithinScope(caller).FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } certificate) return NotFound();
        if (db.ExpectVersion(certificate, version) is { } stale) return stale;
        if (certificate.VoidedOn is not null) return Problems.Conflict("该证书已作废，不能补打；请打印现行有效的证书。", "证书已作废");
        certificate.Reprints++;
        certificate.ReprintedOn = clock.BeijingToday();
        return TypedResults.Ok(CertificateView.Of(certificate));
    }

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这份登记证书，或它不在您的辖区内。");
}
