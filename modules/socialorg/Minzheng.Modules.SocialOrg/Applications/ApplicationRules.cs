using Minzheng.Modules.SocialOrg.Register;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>The registration workflows' rules, plain C#: names, members, who may act in which state, codes and labels.</summary>
public static class ApplicationRules
{
    /// <summary>Longest reason or opinion.</summary>
    public const int ReasonLength = 1000;

    /// <summary>
    /// What is wrong with <paramref name="name"/> for an organisation of <paramref name="type"/> registered where
    /// <paramref name="prefix"/> is the administrative name; null when nothing is.
    /// </summary>
    public static string? NameProblem(string name, OrganisationType type, string prefix, ApplicationOptions options)
    {
        if (!name.StartsWith(prefix, StringComparison.Ordinal)) return $"名称应以登记管理机关的行政区划名称“{prefix}”开头";
        var suffixes = options.Suffixes[type];
        if (!suffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)))
        {
            return $"{OrganisationRules.TypeLabel(type)}的名称应以{string.Join("、", suffixes.Select(s => $"“{s}”"))}之一结尾";
        }
        if (name.Length <= prefix.Length + suffixes.Where(s => name.EndsWith(s, StringComparison.Ordinal)).Max(s => s.Length))
        {
            return "名称应在行政区划名称和组织形式之间写明字号或业务领域";
        }
        return null;
    }

    /// <summary>
    /// What is wrong with a 社会团体's membership (社会团体登记管理条例 第十条): 50 individual members, or 30 unit members,
    /// or a mixed membership of 50 in all (the numbers configurable); null when it suffices.
    /// </summary>
    public static string? MembersProblem(int individual, int unit, ApplicationOptions options)
    {
        if (individual < 0 || unit < 0) return "会员数不能为负数";
        var enough = (unit == 0 && individual >= options.MinIndividualMembers)
            || (individual == 0 && unit >= options.MinUnitMembers)
            || (individual > 0 && unit > 0 && individual + unit >= options.MinIndividualMembers);
        return enough ? null : $"会员不足：应有{options.MinIndividualMembers}个以上个人会员，或{options.MinUnitMembers}个以上单位会员，混合组成的会员总数不少于{options.MinIndividualMembers}个";
    }

    /// <summary>Only a 社会团体 is prepared (筹备) before its establishment.</summary>
    public static string? PreparationProblem(OrganisationType type) =>
        type == OrganisationType.SocialGroup ? null : $"只有社会团体需要申请筹备，{OrganisationRules.TypeLabel(type)}直接申请成立登记";

    /// <summary>A 社会服务机构 may not have branches (民办非企业单位登记管理暂行条例 第十三条).</summary>
    public static string? BranchProblem(OrganisationType type) =>
        type == OrganisationType.SocialServiceAgency ? "社会服务机构（民办非企业单位）不得设立分支机构" : null;

    /// <summary>The checklist's documents missing from <paramref name="handedIn"/>.</summary>
    public static IReadOnlyList<string> MissingDocuments(ApplicationKind kind, IEnumerable<string> handedIn, ApplicationOptions options)
    {
        var names = handedIn.Select(n => n.Trim()).ToHashSet(StringComparer.Ordinal);
        return [.. options.Documents.GetValueOrDefault(kind, []).Where(d => !names.Contains(d))];
    }

    /// <summary>
    /// Whether an approved name approval or preparation can still be used on <paramref name="today"/>: approved, not used,
    /// within its validity; the reason when not.
    /// </summary>
    public static string? UsableProblem(RegistrationApplication? approval, ApplicationKind kind, DateOnly today)
    {
        var label = kind == ApplicationKind.NameApproval ? "名称核准" : "筹备";
        if (approval is null || approval.Kind != kind) return $"没有这份{label}";
        if (approval.Status != ApplicationStatus.Approved) return $"该{label}尚未准予";
        if (approval.Used) return $"该{label}已用于成立登记";
        if (approval.ValidUntil is { } until && until < today) return $"该{label}已于{until:yyyy-MM-dd}过期";
        return null;
    }

    /// <summary>The action a status allows next, or why the action is not allowed in it.</summary>
    public static string? TransitionProblem(ApplicationStatus status, ApplicationStatus from, string action) =>
        status == from ? null : $"该申请{StatusLabel(status)}，不能{action}";

    /// <summary>The API code of a kind.</summary>
    public static string KindCode(ApplicationKind kind) => kind switch
    {
        ApplicationKind.NameApproval => "name-approval",
        ApplicationKind.Preparation => "preparation",
        ApplicationKind.Establishment => "establishment",
        ApplicationKind.Change => "change",
        ApplicationKind.Deregistration => "deregistration",
        ApplicationKind.Branch => "branch",
        _ => "branch-deregistration",
    };

    /// <summary>The Chinese name of a kind.</summary>
    public static string KindLabel(ApplicationKind kind) => kind switch
    {
        ApplicationKind.NameApproval => "名称核准",
        ApplicationKind.Preparation => "筹备",
        ApplicationKind.Establishment => "成立登记",
        ApplicationKind.Change => "变更登记",
        ApplicationKind.Deregistration => "注销登记",
        ApplicationKind.Branch => "分支机构设立登记",
        _ => "分支机构注销登记",
    };

    /// <summary>Reads a kind's code.</summary>
    public static bool TryParseKind(string? code, out ApplicationKind kind) => TryParse(code, KindCode, out kind);

    /// <summary>The API code of a status.</summary>
    public static string StatusCode(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => "submitted",
        ApplicationStatus.Accepted => "accepted",
        ApplicationStatus.Reviewed => "reviewed",
        ApplicationStatus.Approved => "approved",
        _ => "rejected",
    };

    /// <summary>Where a status stands, in words.</summary>
    public static string StatusLabel(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => "待受理",
        ApplicationStatus.Accepted => "已受理、待审查",
        ApplicationStatus.Reviewed => "已审查、待决定",
        ApplicationStatus.Approved => "已准予",
        _ => "已不予准许",
    };

    /// <summary>Reads a status's code.</summary>
    public static bool TryParseStatus(string? code, out ApplicationStatus status) => TryParse(code, StatusCode, out status);

    /// <summary>The Chinese name of a change item (变更事项).</summary>
    public static string ChangeLabel(ChangeItem item) => item switch
    {
        ChangeItem.Name => "名称",
        ChangeItem.Address => "住所",
        ChangeItem.LegalRepresentative => "法定代表人",
        ChangeItem.BusinessScope => "业务范围",
        _ => "开办资金",
    };

    /// <summary>The API code of a change item.</summary>
    public static string ChangeCode(ChangeItem item) => item switch
    {
        ChangeItem.Name => "name",
        ChangeItem.Address => "address",
        ChangeItem.LegalRepresentative => "legal-representative",
        ChangeItem.BusinessScope => "business-scope",
        _ => "activity-funds",
    };

    /// <summary>Reads a change item's code.</summary>
    public static bool TryParseChange(string? code, out ChangeItem item) => TryParse(code, ChangeCode, out item);

    private static bool TryParse<T>(string? code, Func<T, string> codeOf, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (codeOf(candidate) == code)
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
