using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Sample.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Sample.Applications;

/// <summary>GET applications: the caller's scope, searched by name, status and village, one page at a time.</summary>
internal static class ListApplications
{
    public static async Task<Results<Ok<Paged<ApplicationRow>>, ValidationProblem>> HandleAsync(
        string? name, string? status, string? divisionCode, [AsParameters] PageQuery paging,
        SampleDb db, ICallerContext caller, CancellationToken cancellationToken)
    {
        var query = db.Applications.AsNoTracking().WithinScope(caller);
        if (!string.IsNullOrWhiteSpace(name))
        {
            query = query.Where(a => a.ApplicantName.Contains(name.Trim()));
        }
        if (!string.IsNullOrEmpty(status))
        {
            if (!ApplicationStatuses.TryParse(status, out var wanted))
            {
                return Problems.Validation("status", "没有这个状态");
            }
            query = query.Where(a => a.Status == wanted);
        }
        if (!string.IsNullOrWhiteSpace(divisionCode))
        {
            query = query.Where(a => a.DivisionCode.StartsWith(divisionCode.Trim()));
        }
        // The id last: a stable order, so that pages never overlap.
        query = paging.SortsBy("submittedOn") && !paging.Descending
            ? query.OrderBy(a => a.SubmittedOn).ThenBy(a => a.Id)
            : query.OrderByDescending(a => a.SubmittedOn).ThenBy(a => a.Id);
        var page = await query.ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(ApplicationViews.Row));
    }
}
