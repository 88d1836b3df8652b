using System.Net;

namespace Minzheng.Modules.Volunteer.CheckIn;

/// <summary>
/// The page a volunteer's phone opens from the QR code: plain HTML with a form, no script (nothing to load, works on any
/// phone's browser), everything from the database encoded.
/// </summary>
internal static class CheckInPage
{
    public static string Form(string activity, string purpose, string action, string token) => Layout(purpose, $"""
        <h1>{E(activity)}</h1>
        <p>志愿者{E(purpose)}：请填写您的身份证号码和志愿者编号。</p>
        <form method="post" action="{E(action)}">
          <input type="hidden" name="token" value="{E(token)}">
          <label>身份证号码<input name="idNumber" required maxlength="18" autocomplete="off" inputmode="text"></label>
          <label>志愿者编号<input name="volunteerNumber" required maxlength="20" autocomplete="off"></label>
          <button type="submit">{E(purpose)}</button>
        </form>
        """);

    public static string Message(string title, string text) => Layout(title, $"<h1>{E(title)}</h1><p>{E(text)}</p>");

    // The button's blue is antd's blue-7: white text on it reads at 6.2:1 (WCAG AA asks 4.5:1 at this size; blue-6 gave 4.1).
    private static string Layout(string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}} · 志愿服务</title>
        <style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;line-height:1.6}
        label{display:block;margin:1rem 0}input{display:block;width:100%;font-size:1.1rem;padding:.5rem;box-sizing:border-box}
        button{font-size:1.1rem;padding:.6rem 2rem;background:#0958d9;color:#fff;border:0;border-radius:6px}</style></head>
        <body>{{body}}</body></html>
        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
