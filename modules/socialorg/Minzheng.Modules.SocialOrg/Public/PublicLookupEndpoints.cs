using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Modules.SocialOrg.Supervision;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.SocialOrg.Public;

/// <summary>
/// 公众查询, under <c>/api/socialorg/public/{district}/</c>: anyone asks, by credit code or by name, whether an organisation
/// is genuinely registered with the district and in good standing, and is told the public facts of the register only.
/// The platform limits the rate per client; a name search shows a handful at most and has no pages.
/// </summary>
public sealed class PublicLookupEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/public/{district}/organisations", LookUpAsync)
            .AllowPublicInDistrict("anyone checks that a social organisation is registered and in good standing; public register facts only, a handful of names at most")
            .WithName("SocialOrgPublicLookUp")
            .WithSummary("Looks an organisation up by its exact credit code (404 when unknown) or by part of its name (at most 5): name, type, code, legal representative, registration date, status, credit lists, authority.");
        app.MapGet("/public/{district}/organisations/page", PageAsync)
            .AllowPublicInDistrict("the same look-up as a page for a phone or a browser, with its search box")
            .WithName("SocialOrgPublicLookUpPage")
            .WithSummary("The public look-up as an HTML page (a search box and the answer).");
    }

    private static async Task<Results<Ok<PublicLookupAnswer>, ProblemHttpResult, ValidationProblem>> LookUpAsync(
        string? q, SocialOrgDb db, IDivisionNames names, SocialOrgOptions options, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (PublicLookupRules.Read(q, errors) is not { } query) return errors.ToProblem();
        var answer = await AnswerAsync(query, db, options.AuthorityOf(names), cancellationToken);
        return answer.Organisations.Count == 0 && query.Kind == LookupKind.CreditCode ? Problems.NotFound(answer.Message) : TypedResults.Ok(answer);
    }

    private static async Task<ContentHttpResult> PageAsync(string? q, SocialOrgDb db, IDivisionNames names, SocialOrgOptions options, CancellationToken cancellationToken)
    {
        var authority = options.AuthorityOf(names);
        if (string.IsNullOrWhiteSpace(q)) return Html(LookupPage.Of(authority, "", null, null));
        var errors = new FieldErrors();
        var query = PublicLookupRules.Read(q, errors);
        var answer = query is null ? null : await AnswerAsync(query, db, authority, cancellationToken);
        return Html(LookupPage.Of(authority, q.Trim(), answer, errors.HasErrors ? errors.Errors["q"][0] : null));
    }

    private static ContentHttpResult Html(string page) => TypedResults.Content(page, "text/html; charset=utf-8");

    private static async Task<PublicLookupAnswer> AnswerAsync(LookupQuery query, SocialOrgDb db, string authority, CancellationToken cancellationToken)
    {
        // No scope: the public asks the whole district's register, and sees of it only what the register publishes.
        var organisations = db.Organisations.AsNoTracking();
        List<Organisation> found;
        if (query.Kind == LookupKind.CreditCode)
        {
            found = await organisations.Where(o => o.CreditCode == query.Text).ToListAsync(cancellationToken);
        }
        else
        {
            // The exact name first, then alphabetical; one more than shown, to say that there is more.
            found = await organisations.Where(o => o.Name.Contains(query.Text))
                .OrderBy(o => o.Name == query.Text ? 0 : 1).ThenBy(o => o.Name).ThenBy(o => o.Id)
                .Take(PublicLookupRules.MaxResults + 1).ToListAsync(cancellationToken);
        }
        var more = found.Count > PublicLookupRules.MaxResults;
        found = [.. found.Take(PublicLookupRules.MaxResults)];
        var ids = found.Select(o => o.Id).ToList();
        var listed = await db.CreditListEntries.AsNoTracking().Where(e => ids.Contains(e.OrganisationId) && e.RemovedOn == null)
            .Select(e => new { e.OrganisationId, e.List, e.EnteredOn }).ToListAsync(cancellationToken);

        var shown = found.Select(o =>
        {
            var lists = listed.Where(e => e.OrganisationId == o.Id).OrderBy(e => e.List).ToList();
            var kinds = lists.Select(e => e.List).ToList();
            return new PublicOrganisation(o.Name, OrganisationRules.TypeCode(o.Type), OrganisationRules.TypeLabel(o.Type), o.CreditCode, o.LegalRepresentativeName,
                o.RegisteredOn, OrganisationRules.StatusCode(o.Status), PublicLookupRules.StatusText(o.Status), o.DeregisteredOn,
                PublicLookupRules.InGoodStanding(o.Status, kinds), PublicLookupRules.Summary(o.Status, kinds),
                [.. lists.Select(e => new PublicListing(SupervisionRules.ListCode(e.List), SupervisionRules.ListLabel(e.List), e.EnteredOn))], authority);
        }).ToList();

        var message = (query.Kind, shown.Count) switch
        {
            (LookupKind.CreditCode, 0) => $"未查到统一社会信用代码为{query.Text}的社会组织：它没有在{authority}登记。请核对代码，或向其登记管理机关核实。",
            (LookupKind.CreditCode, _) => shown[0].Summary,
            (_, 0) => $"未查到名称含“{query.Text}”的社会组织：没有在{authority}登记的组织叫这个名字。",
            _ when more => $"名称含“{query.Text}”的社会组织不止{PublicLookupRules.MaxResults}个，只显示前{PublicLookupRules.MaxResults}个：请输入更完整的名称或统一社会信用代码。",
            _ => $"查到{shown.Count}个名称含“{query.Text}”的社会组织。",
        };
        return new PublicLookupAnswer(query.Text, query.Kind == LookupKind.CreditCode ? "credit-code" : "name", more, message, shown);
    }
}
