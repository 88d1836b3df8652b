using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Marriage.Certificates;

/// <summary>
/// The register of issued numbers (证号登记簿), voided ones included, so that anyone checking can see the
/// sequence has no gaps. It holds numbers and dates only, no personal data, so it is not limited by town.
/// </summary>
public sealed class CertificateEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/certificates", async (CertificateKind? kind, int? year, [AsParameters] PageQuery paging, MarriageDb db, CancellationToken ct) =>
            {
                var query = db.Certificates.AsNoTracking();
                if (kind is { } k)
                {
                    query = query.Where(c => c.Kind == k);
                }
                if (year is { } y)
                {
                    query = query.Where(c => c.Year == y);
                }
                var page = await query.OrderBy(c => c.Year).ThenBy(c => c.Kind).ThenBy(c => c.Sequence).ToPageAsync(paging, ct);
                return TypedResults.Ok(page.Map(c => new CertificateRow(
                    c.Number, c.Kind.ToString(), c.Year, c.Sequence, c.IssuedOn, c.Status, c.VoidedAt, c.VoidedByName, c.VoidReason)));
            })
            .RequirePermission(MarriagePermissions.Read)
            .WithName("MarriageListCertificateNumbers")
            .WithSummary("证号登记簿: every number issued, by year and kind, paged.");
}

/// <summary>A number in the register (证号登记簿).</summary>
/// <param name="Number">The certificate number.</param>
/// <param name="Kind">Marriage, Divorce, Reissue.</param>
/// <param name="Year">The year of the sequence.</param>
/// <param name="Sequence">The number's place in the year's sequence.</param>
/// <param name="IssuedOn">When issued.</param>
/// <param name="Status">Issued or voided.</param>
/// <param name="VoidedAt">When voided.</param>
/// <param name="VoidedByName">Who voided it.</param>
/// <param name="VoidReason">Why.</param>
public sealed record CertificateRow(
    string Number, string Kind, int Year, int Sequence, DateOnly IssuedOn, string Status, DateTimeOffset? VoidedAt, string? VoidedByName, string? VoidReason);
