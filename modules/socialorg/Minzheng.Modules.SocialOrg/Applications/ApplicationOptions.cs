using Microsoft.Extensions.Configuration;
using Minzheng.Modules.SocialOrg.Register;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>
/// The registration workflows' settings (<c>Modules:socialorg:Applications</c>): what differs by province and year —
/// the names' suffixes, the validity of a name approval, the preparation period, the members a 社会团体 needs, the
/// documents each workflow requires.
/// </summary>
public sealed class ApplicationOptions
{
    /// <summary>The endings a name of each type must have (<c>Suffixes:social-group:0</c> …).</summary>
    public IReadOnlyDictionary<OrganisationType, IReadOnlyList<string>> Suffixes { get; init; } = new Dictionary<OrganisationType, IReadOnlyList<string>>
    {
        [OrganisationType.SocialGroup] = ["协会", "学会", "商会", "研究会", "促进会", "联合会", "联谊会", "基金会联合会", "总会"],
        [OrganisationType.SocialServiceAgency] = ["中心", "院", "所", "学校", "幼儿园", "服务社", "站"],
        [OrganisationType.Foundation] = ["基金会"],
    };

    /// <summary>The administrative name a name must start with (<c>NamePrefix</c>); null: the district's name.</summary>
    public string? NamePrefix { get; init; }

    /// <summary>How long an approved name may be used (<c>NameApprovalMonths</c>, default 6).</summary>
    public int NameApprovalMonths { get; init; } = 6;

    /// <summary>How long an approved 社会团体 preparation lasts (<c>PreparationMonths</c>, default 6; 社会团体登记管理条例 第十二条).</summary>
    public int PreparationMonths { get; init; } = 6;

    /// <summary>Individual members a 社会团体 needs (<c>MinIndividualMembers</c>, default 50), also for a mixed membership.</summary>
    public int MinIndividualMembers { get; init; } = 50;

    /// <summary>Unit members a 社会团体 of units only needs (<c>MinUnitMembers</c>, default 30).</summary>
    public int MinUnitMembers { get; init; } = 30;

    /// <summary>The documents each workflow requires before it is accepted (<c>Documents:change:0</c> …).</summary>
    public IReadOnlyDictionary<ApplicationKind, IReadOnlyList<string>> Documents { get; init; } = new Dictionary<ApplicationKind, IReadOnlyList<string>>
    {
        [ApplicationKind.NameApproval] = ["名称核准申请书", "发起人（举办者）身份证明"],
        [ApplicationKind.Preparation] = ["筹备申请书", "业务主管单位批准文件", "章程草案", "验资报告", "发起人和拟任负责人基本情况"],
        [ApplicationKind.Establishment] = ["登记申请书", "章程", "验资报告", "住所使用证明", "法定代表人身份证明"],
        [ApplicationKind.Change] = ["变更登记申请书", "会员（代表）大会或理事会决议", "变更事项证明"],
        [ApplicationKind.Deregistration] = ["注销登记申请书", "清算报告", "登记证书正本、副本"],
        [ApplicationKind.Branch] = ["分支机构设立申请书", "理事会决议", "负责人身份证明", "住所使用证明"],
        [ApplicationKind.BranchDeregistration] = ["分支机构注销申请书", "理事会决议"],
    };

    /// <summary>Reads the section; throws with the key named when a value cannot work.</summary>
    public static ApplicationOptions From(IConfiguration section)
    {
        var defaults = new ApplicationOptions();
        var suffixes = new Dictionary<OrganisationType, IReadOnlyList<string>>(defaults.Suffixes);
        foreach (var type in Enum.GetValues<OrganisationType>())
        {
            var listed = Strings(section.GetSection($"Suffixes:{OrganisationRules.TypeCode(type)}"));
            if (listed.Count > 0) suffixes[type] = listed;
        }
        var documents = new Dictionary<ApplicationKind, IReadOnlyList<string>>(defaults.Documents);
        foreach (var kind in Enum.GetValues<ApplicationKind>())
        {
            var key = $"Documents:{ApplicationRules.KindCode(kind)}";
            if (section.GetSection(key).Exists()) documents[kind] = Strings(section.GetSection(key));
        }
        var options = new ApplicationOptions
        {
            Suffixes = suffixes, Documents = documents, NamePrefix = section["NamePrefix"] is { Length: > 0 } prefix ? prefix.Trim() : null,
            NameApprovalMonths = section.GetValue("NameApprovalMonths", defaults.NameApprovalMonths),
            PreparationMonths = section.GetValue("PreparationMonths", defaults.PreparationMonths),
            MinIndividualMembers = section.GetValue("MinIndividualMembers", defaults.MinIndividualMembers),
            MinUnitMembers = section.GetValue("MinUnitMembers", defaults.MinUnitMembers),
        };
        if (options.NameApprovalMonths is < 1 or > 36) throw new InvalidOperationException("Modules:socialorg:Applications:NameApprovalMonths must be 1 to 36.");
        if (options.PreparationMonths is < 1 or > 36) throw new InvalidOperationException("Modules:socialorg:Applications:PreparationMonths must be 1 to 36.");
        if (options.MinIndividualMembers < 1) throw new InvalidOperationException("Modules:socialorg:Applications:MinIndividualMembers must be at least 1.");
        if (options.MinUnitMembers < 1) throw new InvalidOperationException("Modules:socialorg:Applications:MinUnitMembers must be at least 1.");
        return options;
    }

    private static List<string> Strings(IConfigurationSection section) =>
        [.. section.GetChildren().Select(c => c.Value?.Trim() ?? "").Where(v => v.Length > 0)];
}
