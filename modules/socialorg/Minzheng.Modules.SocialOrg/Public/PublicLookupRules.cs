using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Modules.SocialOrg.Supervision;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.SocialOrg.Public;

/// <summary>How a public look-up searches: by the exact credit code, or by a part of the name.</summary>
public enum LookupKind
{
    /// <summary>统一社会信用代码, exactly.</summary>
    CreditCode = 1,

    /// <summary>名称 containing the text.</summary>
    Name = 2,
}

/// <summary>What a stranger asked for, read and checked.</summary>
/// <param name="Kind">By code or by name.</param>
/// <param name="Text">The code (upper case) or the part of the name.</param>
public sealed record LookupQuery(LookupKind Kind, string Text);

/// <summary>
/// The public look-up's rules (公众查询, the way the national 社会组织法人库 look-up answers): what a question may be, and
/// what standing an organisation has in the public's eyes. Plain C#.
/// </summary>
public static class PublicLookupRules
{
    /// <summary>
    /// The most organisations a name search shows: a handful to recognise one's own, never a way to read the register
    /// out page by page (there are no pages).
    /// </summary>
    public const int MaxResults = 5;

    /// <summary>The shortest part of a name searched for: one character would match half the register.</summary>
    public const int MinNameLength = 2;

    private const string CodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>
    /// Reads <paramref name="q"/>: 18 characters of the credit code's alphabet are a code (the check character is not
    /// required — real codes that fail it exist, and the register answers for them too); anything else a part of a name.
    /// Null, with the field error in <paramref name="errors"/>, when it is neither.
    /// </summary>
    public static LookupQuery? Read(string? q, FieldErrors errors)
    {
        var text = (q ?? "").Trim();
        var upper = text.ToUpperInvariant();
        if (upper.Length == 18 && upper.All(c => CodeAlphabet.Contains(c, StringComparison.Ordinal))) return new LookupQuery(LookupKind.CreditCode, upper);
        if (text.Length < MinNameLength)
        {
            errors.Add("q", $"请输入统一社会信用代码（18位），或名称中的至少{MinNameLength}个字");
            return null;
        }
        if (text.Length > OrganisationRules.NameLength)
        {
            errors.Add("q", $"名称不超过{OrganisationRules.NameLength}个字");
            return null;
        }
        return new LookupQuery(LookupKind.Name, text);
    }

    /// <summary>The status as the public reads it: 正常, 已注销, 已撤销登记.</summary>
    public static string StatusText(OrganisationStatus status) => status switch
    {
        OrganisationStatus.Registered => "正常",
        OrganisationStatus.Deregistered => "已注销",
        _ => "已撤销登记",
    };

    /// <summary>In good standing: registered, not deregistered or revoked, and on no credit list.</summary>
    public static bool InGoodStanding(OrganisationStatus status, IEnumerable<CreditList> activeLists) =>
        status == OrganisationStatus.Registered && !activeLists.Any();

    /// <summary>The one sentence the answer starts with.</summary>
    public static string Summary(OrganisationStatus status, IReadOnlyCollection<CreditList> activeLists)
    {
        if (status != OrganisationStatus.Registered) return $"该组织曾依法登记，现{StatusText(status)}，不得再以社会组织名义开展活动。";
        if (activeLists.Count == 0) return "该组织依法登记，状态正常，未被列入信用名录。";
        return $"该组织依法登记，但已被列入{string.Join("、", activeLists.Order().Select(SupervisionRules.ListLabel))}。";
    }
}
