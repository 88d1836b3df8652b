using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Marriage.Certificates;

/// <summary>What the archive and the registry say about the marriage or divorce of a certificate to reissue.</summary>
/// <param name="Kind">The original's kind: <see cref="CertificateKind.Marriage"/> or <see cref="CertificateKind.Divorce"/>.</param>
/// <param name="OriginalVoided">The original number was voided.</param>
/// <param name="DissolvedOn">For a marriage: the day this office registered its divorce, if it did.</param>
/// <param name="RemarriedHere">For a divorce: a party has married again in this office since.</param>
/// <param name="RegistryA">Party A's status in the registry.</param>
/// <param name="RegistryB">Party B's status in the registry.</param>
/// <param name="EndedByDeath">For a marriage: it ended with a party's death on <paramref name="DissolvedOn"/>, not by divorce.</param>
public sealed record ReissueFacts(CertificateKind Kind, bool OriginalVoided, DateOnly? DissolvedOn, bool RemarriedHere, MaritalStatus RegistryA,
    MaritalStatus RegistryB, bool EndedByDeath = false);

/// <summary>
/// 补领: a certificate is reissued after checking the archive, and refused when the marital status has
/// changed since it was issued; then a 婚姻登记记录证明 is issued instead.
/// </summary>
public static class ReissueRules
{
    /// <summary>The kind of the reissued certificate.</summary>
    public static CertificateKind ReissueKind(CertificateKind original) => original switch
    {
        CertificateKind.Marriage => CertificateKind.MarriageReissue,
        CertificateKind.Divorce => CertificateKind.DivorceReissue,
        _ => throw new ArgumentOutOfRangeException(nameof(original), "Only J and L certificates are reissued."),
    };

    /// <summary>Why the reissue is refused (Chinese), or null.</summary>
    public static string? Refusal(ReissueFacts facts)
    {
        if (facts.OriginalVoided)
        {
            return "原证号已作废（登记已撤销），不予补领";
        }
        const string instead = "，不予补领；可出具婚姻登记记录证明";
        if (facts.Kind == CertificateKind.Marriage)
        {
            if (facts.DissolvedOn is { } died && facts.EndedByDeath)
            {
                return $"一方当事人已于{died:yyyy-MM-dd}死亡，婚姻关系已终止{instead}";
            }
            if (facts.DissolvedOn is { } day)
            {
                return $"双方已于{day:yyyy-MM-dd}登记离婚，婚姻状况已发生变化{instead}";
            }
            if (new[] { facts.RegistryA, facts.RegistryB }.FirstOrDefault(s => s is MaritalStatus.Divorced or MaritalStatus.Widowed or MaritalStatus.Unmarried) is var changed
                && changed != MaritalStatus.Unknown)
            {
                return $"居民信息库记载当事人婚姻状况为“{Label(changed)}”，婚姻状况已发生变化{instead}";
            }
            return null;
        }
        if (facts.RemarriedHere || facts.RegistryA == MaritalStatus.Married || facts.RegistryB == MaritalStatus.Married)
        {
            return $"当事人离婚后已再婚，婚姻状况已发生变化{instead}";
        }
        return null;
    }

    private static string Label(MaritalStatus status) => status switch
    {
        MaritalStatus.Unmarried => "未婚",
        MaritalStatus.Married => "已婚",
        MaritalStatus.Divorced => "离婚",
        MaritalStatus.Widowed => "丧偶",
        _ => "未登记",
    };
}
