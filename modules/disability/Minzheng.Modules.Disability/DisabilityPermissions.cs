namespace Minzheng.Modules.Disability;

/// <summary>The permissions declared in <c>module.json</c>. Levels are checked besides: see <see cref="Applications.ApplicationRules"/>.</summary>
public static class DisabilityPermissions
{
    /// <summary>查看.</summary>
    public const string Read = "disability.read";
    /// <summary>受理 (村居、镇街).</summary>
    public const string Apply = "disability.apply";
    /// <summary>镇街审核、年审.</summary>
    public const string Review = "disability.review";
    /// <summary>区审批.</summary>
    public const string Decide = "disability.decide";
    /// <summary>生成、导出名册，导入银行回盘.</summary>
    public const string Roster = "disability.roster";
    /// <summary>审批名册.</summary>
    public const string RosterApprove = "disability.roster.approve";
    /// <summary>主动发现.</summary>
    public const string Discover = "disability.discover";
}
