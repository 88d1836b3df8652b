using System.Globalization;
using System.Net;

namespace Minzheng.Modules.SocialOrg.Public;

/// <summary>The public look-up as a page: a search box and the answer; plain HTML, no script, everything encoded.</summary>
internal static class LookupPage
{
    public static string Of(string authority, string query, PublicLookupAnswer? answer, string? error)
    {
        var result = error is not null ? $"<p class=\"bad\">{E(error)}</p>"
            : answer is null ? ""
            : $"<p>{E(answer.Message)}</p>" + string.Concat(answer.Organisations.Select(Card));
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>社会组织信息查询 - {{E(authority)}}</title>
            <style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.6}
            th{text-align:left;padding-right:1rem;white-space:nowrap;vertical-align:top}.ok{color:#389e0d}.bad{color:#cf1322}
            section{border-top:1px solid #ddd;margin-top:1rem;padding-top:.5rem}input{width:70%}</style></head>
            <body><h1>社会组织信息查询</h1><p>{{E(authority)}}登记的社会团体、社会服务机构、基金会</p>
            <form method="get"><label for="q">统一社会信用代码或名称</label><br><input id="q" name="q" value="{{E(query)}}" maxlength="100"> <button type="submit">查询</button></form>
            {{result}}</body></html>
            """;
    }

    private static string Card(PublicOrganisation o) => $"""
        <section><h2>{E(o.Name)}：<span class="{(o.InGoodStanding ? "ok" : "bad")}">{E(o.StatusText)}{(o.CreditLists.Count > 0 ? "（已列入信用名录）" : "")}</span></h2>
        <table>
        <tr><th>统一社会信用代码</th><td>{E(o.CreditCode)}</td></tr>
        <tr><th>类型</th><td>{E(o.TypeText)}</td></tr>
        <tr><th>法定代表人</th><td>{E(o.LegalRepresentativeName)}</td></tr>
        <tr><th>成立登记日期</th><td>{D(o.RegisteredOn)}</td></tr>
        {(o.DeregisteredOn is { } off ? $"<tr><th>注销日期</th><td>{D(off)}</td></tr>" : "")}
        <tr><th>信用名录</th><td>{(o.CreditLists.Count == 0 ? "未列入" : string.Join("；", o.CreditLists.Select(l => $"{E(l.ListText)}（{D(l.EnteredOn)}列入）")))}</td></tr>
        <tr><th>登记管理机关</th><td>{E(o.RegistrationAuthority)}</td></tr>
        </table></section>
        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string D(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
