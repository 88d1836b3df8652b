using System.Globalization;
using System.Net;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Lottery.Disclosure;

/// <summary>The public's view of the published disclosures of a district.</summary>
/// <param name="Authority">The bureau.</param>
/// <param name="Basis">Why this is public.</param>
/// <param name="Disclosures">Published editions (and the ones they corrected, marked 已更正), latest year first.</param>
public sealed record PublicDisclosures(string Authority, string Basis, IReadOnlyList<DisclosureView> Disclosures);

/// <summary>
/// 公益金使用情况公告, public: under <c>/api/lottery/public/{district}/fund-disclosures</c>, read-only, published editions only
/// (a draft never shows). Figures by source and by project; no person and no staff member is named. The platform limits the rate.
/// </summary>
public sealed class PublicDisclosureEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/public/{district}/fund-disclosures", ListAsync)
            .AllowPublicInDistrict("彩票管理条例实施细则: the fund's yearly use is announced to the public; published disclosures only, no personal data")
            .WithName("LotteryPublicDisclosures").WithSummary("The district's published yearly disclosures of the welfare lottery fund, latest first.");
        app.MapGet("/public/{district}/fund-disclosures/page", PageAsync)
            .AllowPublicInDistrict("the same published disclosures as a page for a phone or a browser")
            .WithName("LotteryPublicDisclosuresPage").WithSummary("The published disclosures as an HTML page, with the reason they are public.");
    }

    private static async Task<Ok<PublicDisclosures>> ListAsync(LotteryDb db, IDivisionNames names, CancellationToken ct) =>
        TypedResults.Ok(await ReadAsync(db, names, ct));

    private static async Task<ContentHttpResult> PageAsync(LotteryDb db, IDivisionNames names, CancellationToken ct) =>
        TypedResults.Content(Html(await ReadAsync(db, names, ct)), "text/html; charset=utf-8");

    private static async Task<PublicDisclosures> ReadAsync(LotteryDb db, IDivisionNames names, CancellationToken ct)
    {
        var shown = await db.FundDisclosures.AsNoTracking().Where(d => d.Status != DisclosureStatus.Draft)
            .OrderByDescending(d => d.Year).ThenByDescending(d => d.Edition).Take(50).ToListAsync(ct);
        return new PublicDisclosures($"{names.DistrictName}民政局", DisclosureView.PublicBasis, [.. shown.Select(DisclosureView.Of)]);
    }

    private static string Html(PublicDisclosures p)
    {
        var body = p.Disclosures.Count == 0 ? "<p>尚未发布公益金使用情况公告。</p>" : string.Concat(p.Disclosures.Select(Section));
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>福利彩票公益金使用情况公告 - {{E(p.Authority)}}</title>
            <style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.6}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}td.n{text-align:right}
            section{border-top:1px solid #ddd;margin-top:1.5rem}.old{color:#8c8c8c}</style></head>
            <body><main><h1>福利彩票公益金使用情况公告</h1><p>{{E(p.Authority)}}</p><p>{{E(p.Basis)}}</p>
            {{body}}</main></body></html>
            """;
    }

    private static string Section(DisclosureView d) => $"""
        <section><h2{(d.Status == "superseded" ? " class=\"old\"" : "")}>{E(d.Title)}{(d.Status == "superseded" ? "（已被更正版取代）" : "")}</h2>
        <p>公告日期：{d.PublishedOn?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}{(d.Note.Length > 0 ? "；说明：" + E(d.Note) : "")}</p>
        <table><caption>筹集情况（元）</caption><tr><th scope="col">来源</th><th scope="col">金额</th></tr>
        {string.Concat(d.BySource.Select(s => $"<tr><td>{E(s.Label)}</td><td class=\"n\">{M(s.Amount)}</td></tr>"))}
        <tr><th scope="row">合计</th><td class="n">{M(d.Raised)}</td></tr></table>
        <table><caption>资助项目（元）</caption><tr><th scope="col">项目</th><th scope="col">承接单位</th><th scope="col">地区</th><th scope="col">拨付</th><th scope="col">使用</th><th scope="col">缴回</th></tr>
        {string.Concat(d.Projects.Select(r => $"<tr><td>{E(r.Name)}</td><td>{E(r.RecipientName)}</td><td>{E(r.Area)}</td><td class=\"n\">{M(r.Allocated)}</td><td class=\"n\">{M(r.Used)}</td><td class=\"n\">{M(r.Returned)}</td></tr>"))}
        <tr><th scope="row" colspan="3">合计</th><td class="n">{M(d.Allocated)}</td><td class="n">{M(d.Used)}</td><td class="n">{M(d.Returned)}</td></tr></table>
        <p>年末未拨付余额：{M(d.FundBalanceAtYearEnd)}元</p></section>
        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string M(decimal yuan) => yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
