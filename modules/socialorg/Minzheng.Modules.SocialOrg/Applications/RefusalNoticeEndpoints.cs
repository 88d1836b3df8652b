using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>A refusal's written decision (不予受理 / 不予登记决定书) as printed.</summary>
/// <param name="Id">The application.</param>
/// <param name="Title">不予受理决定书, 不予核准名称决定书, 不予成立登记决定书 ….</param>
/// <param name="DecisionNumber">决定书文号, as staff gave it; empty when none was given.</param>
/// <param name="ApplicantName">申请人.</param>
/// <param name="AppliedOn">申请日期.</param>
/// <param name="Applied">申请事项.</param>
/// <param name="Decision">The decision in words (不予受理, 不予核准名称 …).</param>
/// <param name="Reasons">理由.</param>
/// <param name="LegalBasis">法律依据.</param>
/// <param name="Remedy">行政复议 and 行政诉讼, with their deadlines.</param>
/// <param name="DecidedOn">决定日期.</param>
/// <param name="Authority">登记管理机关.</param>
public sealed record RefusalNoticeView(
    Guid Id, string Title, string DecisionNumber, string ApplicantName, DateOnly AppliedOn, string Applied, string Decision, string Reasons, string LegalBasis,
    string Remedy, DateOnly DecidedOn, string Authority);

/// <summary>The refusal notice of a refused application, under <c>/api/socialorg/applications/{id}/refusal-notice</c>.</summary>
public sealed class RefusalNoticeEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/applications/{id:guid}/refusal-notice", GetAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgGetRefusalNotice")
            .WithSummary("The written decision of a refused application (不予受理 / 不予登记决定书) for printing: reasons, legal basis, the applicant's remedies; 404 when not refused.");

    private static async Task<Results<Ok<RefusalNoticeView>, ProblemHttpResult>> GetAsync(Guid id, SocialOrgDb db, ICallerContext caller, SocialOrgOptions module,
        IDivisionNames names, CancellationToken cancellationToken)
    {
        var a = await db.RegistrationApplications.AsNoTracking().WithinScope(caller).Include(x => x.Steps).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (a is null) return Problems.NotFound("没有这份登记申请，或它不在您的辖区内。");
        if (a.Status != ApplicationStatus.Rejected || a.DecidedOn is not { } decidedOn)
        {
            return Problems.NotFound($"该申请{ApplicationRules.StatusLabel(a.Status)}，没有不予受理或不予登记的决定书。");
        }
        var accepted = a.Steps.Any(s => s.Title == RefusalNoticeRules.AcceptStep);
        return TypedResults.Ok(new RefusalNoticeView(
            a.Id, RefusalNoticeRules.Title(a.Kind, accepted), a.DecisionNumber ?? "", a.ApplicantName, a.AppliedOn, RefusalNoticeRules.Applied(a),
            RefusalNoticeRules.Decision(a.Kind, accepted), a.DecisionReason ?? "", RefusalNoticeRules.LegalBasis(a.Kind, a.OrganisationType, accepted),
            RefusalNoticeRules.Remedy(names.DistrictName), decidedOn, module.AuthorityOf(names)));
    }
}
