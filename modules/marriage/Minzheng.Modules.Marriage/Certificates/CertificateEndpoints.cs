using Carter;
using Microsoft.AspNetCore.Builder;
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
        app.MapGet("/certificates", async (CertificateKind? kind, int? year, MarriageDb db, CancellationToken ct) =>
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
                var rows = await query.OrderBy(c => c.Year).ThenBy(c => c.Kind).ThenBy(c => c.Sequence).Take(5000).ToListAsync(ct);
                return rows.Select(c => new
                {
                    c.Number, Kind = c.Kind.ToString(), c.Year, c.Sequence, c.IssuedOn, c.Status, c.VoidedAt, c.VoidedByName, c.VoidReason,
                }).ToList();
            })
            .RequirePermission(MarriagePermissions.Read);
}
