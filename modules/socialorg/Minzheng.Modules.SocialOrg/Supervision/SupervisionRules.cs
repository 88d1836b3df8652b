namespace Minzheng.Modules.SocialOrg.Supervision;

/// <summary>
/// When a penalty puts an organisation on the 严重违法失信名单 by itself (社会组织信用信息管理办法 art. 10: an order to
/// stop activities, revocation, a fine of 50,000 元 or more, two penalties within three years), the names of lists
/// and penalties, and whether an organisation is listed on a day. Plain C#.
/// </summary>
public static class SupervisionRules
{
    /// <summary>The fine from which a penalty is a serious cause, 元.</summary>
    public const decimal SeriousFine = 50_000m;

    /// <summary>
    /// The serious-list cause a new penalty is, given the organisation's earlier penalties; null when it is none.
    /// </summary>
    public static string? SeriousCause(PenaltyKind kind, decimal? amount, DateOnly decidedOn, IEnumerable<DateOnly> earlierPenalties) =>
        kind switch
        {
            PenaltyKind.StopActivities => "被责令停止活动",
            PenaltyKind.Revocation => "被撤销登记",
            PenaltyKind.Fine when amount >= SeriousFine => "受到5万元以上罚款处罚",
            _ when earlierPenalties.Any(d => d > decidedOn.AddYears(-3) && d <= decidedOn) => "三年内两次以上受到行政处罚",
            _ => null,
        };

    /// <summary>Whether an entry has the organisation on its list on <paramref name="day"/>.</summary>
    public static bool ListedOn(CreditListEntry entry, DateOnly day) => entry.EnteredOn <= day && (entry.RemovedOn is null || entry.RemovedOn > day);

    /// <summary>The Chinese name of a list.</summary>
    public static string ListLabel(CreditList list) => list == CreditList.Abnormal ? "活动异常名录" : "严重违法失信名单";

    /// <summary>The API code of a list.</summary>
    public static string ListCode(CreditList list) => list == CreditList.Abnormal ? "abnormal" : "serious";

    /// <summary>Reads a list's API code.</summary>
    public static bool TryParseList(string? code, out CreditList list)
    {
        list = code == "serious" ? CreditList.Serious : CreditList.Abnormal;
        return code is "abnormal" or "serious";
    }

    /// <summary>The Chinese name of a penalty.</summary>
    public static string PenaltyLabel(PenaltyKind kind) => kind switch
    {
        PenaltyKind.Warning => "警告",
        PenaltyKind.Fine => "罚款",
        PenaltyKind.Confiscation => "没收违法所得、非法财物",
        PenaltyKind.StopActivities => "责令停止活动",
        _ => "撤销登记",
    };

    /// <summary>The API code of a penalty.</summary>
    public static string PenaltyCode(PenaltyKind kind) => kind switch
    {
        PenaltyKind.Warning => "warning",
        PenaltyKind.Fine => "fine",
        PenaltyKind.Confiscation => "confiscation",
        PenaltyKind.StopActivities => "stop-activities",
        _ => "revocation",
    };

    /// <summary>Reads a penalty's API code.</summary>
    public static bool TryParsePenalty(string? code, out PenaltyKind kind)
    {
        foreach (var k in Enum.GetValues<PenaltyKind>())
        {
            if (PenaltyCode(k) == code)
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
