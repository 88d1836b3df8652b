using System.Globalization;
using System.Net;
using Minzheng.Modules.Volunteer.Hours;

namespace Minzheng.Modules.Volunteer.Certificates;

/// <summary>The verification answer as a phone page: plain HTML, no script, everything encoded.</summary>
internal static class CertificatePage
{
    public static string Of(CertificateCheck? c)
    {
        var body = c is null
            ? "<h1>未查到该证明</h1><p>没有这份志愿服务记录证明：请核对二维码或验证码，或向出具单位核实。</p>"
            : $"""
              <h1>志愿服务记录证明：<span class="{(c.Status == "valid" ? "ok" : "bad")}">{E(c.StatusText)}</span></h1>
              <table>
              <tr><th>证明编号</th><td>{E(c.Number)}</td></tr>
              <tr><th>出具单位</th><td>{E(c.Issuer)}</td></tr>
              <tr><th>出具日期</th><td>{D(c.IssuedOn)}</td></tr>
              <tr><th>志愿者</th><td>{E(c.VolunteerName)}（{E(c.IdNumber)}）</td></tr>
              <tr><th>服务期间</th><td>{D(c.From)} 至 {D(c.To)}</td></tr>
              <tr><th>志愿服务时长</th><td>{HoursRules.Text(c.ServiceHours)}</td></tr>
              <tr><th>培训时长</th><td>{HoursRules.Text(c.TrainingHours)}</td></tr>
              {(c.RevokedOn is { } revoked ? $"<tr><th>撤销日期</th><td>{D(revoked)}</td></tr>" : "")}
              </table>
              """;
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>志愿服务记录证明核验</title>
            <style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.6}
            th{text-align:left;padding-right:1rem;white-space:nowrap;vertical-align:top}.ok{color:#389e0d}.bad{color:#cf1322}</style></head>
            <body>{{body}}</body></html>
            """;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string D(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
