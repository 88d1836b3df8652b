using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.SocialOrg.Applications;

/// <summary>The registration workflows, one application kind each.</summary>
public enum ApplicationKind
{
    /// <summary>名称核准.</summary>
    NameApproval = 1,

    /// <summary>筹备 (社会团体 only).</summary>
    Preparation = 2,

    /// <summary>成立登记.</summary>
    Establishment = 3,

    /// <summary>变更登记.</summary>
    Change = 4,

    /// <summary>注销登记.</summary>
    Deregistration = 5,

    /// <summary>分支机构设立登记.</summary>
    Branch = 6,

    /// <summary>分支机构注销登记.</summary>
    BranchDeregistration = 7,
}

/// <summary>Where an application stands: 待受理 → 已受理 → 已审查 → 准予 / 不予.</summary>
public enum ApplicationStatus
{
    /// <summary>待受理: received, the documents not yet checked.</summary>
    Submitted = 1,

    /// <summary>已受理: the documents complete; waits for the district's review.</summary>
    Accepted = 2,

    /// <summary>已审查: reviewed with an opinion; waits for the decision.</summary>
    Reviewed = 3,

    /// <summary>准予 (登记 / 核准 / 筹备): the decision applied to the register.</summary>
    Approved = 4,

    /// <summary>不予受理 or 不予登记, with the reason.</summary>
    Rejected = 5,
}

/// <summary>What a change application changes (变更登记事项).</summary>
public enum ChangeItem
{
    /// <summary>名称.</summary>
    Name = 1,

    /// <summary>住所.</summary>
    Address = 2,

    /// <summary>法定代表人.</summary>
    LegalRepresentative = 3,

    /// <summary>业务范围.</summary>
    BusinessScope = 4,

    /// <summary>开办资金 / 注册资金.</summary>
    ActivityFunds = 5,
}

/// <summary>
/// One registration application (申请) of any workflow: the applicant's request, the documents handed in, each
/// step, the decision with its reason. The columns a workflow does not use stay empty; one record and one state
/// machine, since every workflow is the same application → review → decision and differs only in what approval does.
/// </summary>
public sealed class RegistrationApplication : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The workflow.</summary>
    public ApplicationKind Kind { get; set; }

    /// <summary>Where it stands.</summary>
    public ApplicationStatus Status { get; set; }

    /// <summary>The organisation's type (of the organisation applied for, or the existing one).</summary>
    public OrganisationType OrganisationType { get; set; }

    /// <summary>The village of the (proposed) address: who may see and accept it.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>申请人 (the founders' representative, the organisation's contact).</summary>
    public string ApplicantName { get; set; } = "";

    /// <summary>申请日期.</summary>
    public DateOnly AppliedOn { get; set; }

    /// <summary>The existing organisation (change, deregistration, branches); for an establishment, the one it created.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The name approval an establishment or preparation rests on.</summary>
    public Guid? NameApprovalId { get; set; }

    /// <summary>The approved preparation a 社会团体's establishment rests on.</summary>
    public Guid? PreparationId { get; set; }

    /// <summary>The branch a branch deregistration ends; for a branch registration, the one it created.</summary>
    public Guid? BranchId { get; set; }

    /// <summary>The name applied for: proposed (名称核准, 成立), the new name (变更), the branch's name.</summary>
    public string? Name { get; set; }

    /// <summary>发起人 (筹备).</summary>
    public string? Founders { get; set; }

    /// <summary>个人会员数 (筹备).</summary>
    public int? IndividualMembers { get; set; }

    /// <summary>单位会员数 (筹备).</summary>
    public int? UnitMembers { get; set; }

    /// <summary>资金, 万元 (筹备, 成立, the new amount of a change), as the register keeps it.</summary>
    public decimal? Funds { get; set; }

    /// <summary>统一社会信用代码 (成立).</summary>
    public string? CreditCode { get; set; }

    /// <summary>Why a code that fails the checks is accepted (成立), as the register records it.</summary>
    public string? CreditCodeOverride { get; set; }

    /// <summary>法定代表人 (成立, the new one of a change) or the branch's 负责人.</summary>
    public string? LegalRepresentativeName { get; set; }

    /// <summary>Their ID number.</summary>
    [Sensitive] public string? LegalRepresentativeIdNumber { get; set; }

    /// <summary>业务范围 (成立, 变更, a branch's).</summary>
    public string? BusinessScope { get; set; }

    /// <summary>业务主管单位 (成立).</summary>
    public string? SupervisingUnit { get; set; }

    /// <summary>住所 (成立, 变更, a branch's).</summary>
    public string? Address { get; set; }

    /// <summary>What a change changes.</summary>
    public ChangeItem? ChangeItem { get; set; }

    /// <summary>变更前 (as the register held it when the change was approved; before, when it was applied for).</summary>
    public string? Before { get; set; }

    /// <summary>变更后.</summary>
    public string? After { get; set; }

    /// <summary>申请理由 / 注销原因.</summary>
    public string? Reason { get; set; }

    /// <summary>The documents handed in (材料), recorded as the disability module records them: the papers stay in the file.</summary>
    public List<ApplicationDocument> Documents { get; set; } = [];

    /// <summary>审查意见.</summary>
    public string? ReviewOpinion { get; set; }

    /// <summary>决定理由 (准予 or 不予).</summary>
    public string? DecisionReason { get; set; }

    /// <summary>决定日期.</summary>
    public DateOnly? DecidedOn { get; set; }

    /// <summary>决定书文号 of a refusal (不予受理 / 不予登记), as staff number the bureau's decisions; printed on the notice.</summary>
    public string? DecisionNumber { get; set; }

    /// <summary>The last day an approved name approval or preparation may be used (有效期至).</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>Whether an approved name approval or preparation has been used by an establishment.</summary>
    public bool Used { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>Its steps, oldest first.</summary>
    public List<ApplicationStep> Steps { get; set; } = [];
}

/// <summary>A document handed in with an application.</summary>
public sealed class ApplicationDocument
{
    /// <summary>Its name, as on the checklist (申请书, 章程草案 …).</summary>
    public string Name { get; set; } = "";

    /// <summary>份数.</summary>
    public int Copies { get; set; } = 1;

    /// <summary>A note (原件已核对 …).</summary>
    public string? Note { get; set; }
}

/// <summary>One step of an application (申请, 受理, 审查, 决定).</summary>
public sealed class ApplicationStep : WorkflowStep
{
    /// <summary>The application.</summary>
    public Guid ApplicationId { get; set; }
}
