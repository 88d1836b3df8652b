using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Lottery.Inspections;

/// <summary>Where an inspection stands.</summary>
public enum InspectionStatus
{
    /// <summary>No finding (yet): 未发现问题.</summary>
    Clean = 1,

    /// <summary>Findings waiting for the re-inspection: 待整改.</summary>
    Correcting = 2,

    /// <summary>Re-inspected: 已复查.</summary>
    Rechecked = 3,
}

/// <summary>What the re-inspection found of a finding.</summary>
public enum FindingOutcome
{
    /// <summary>待复查.</summary>
    Pending = 1,

    /// <summary>已整改.</summary>
    Corrected = 2,

    /// <summary>未整改.</summary>
    NotCorrected = 3,
}

/// <summary>
/// 检查: an inspection of an outlet on a day by named inspectors, with its findings (each breaking a checklist clause),
/// photos, a deadline to correct and the re-inspection. Carries the outlet's village so that scope applies: a town's
/// clerk inspects the outlets of the town.
/// </summary>
public sealed class Inspection : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The outlet.</summary>
    public Guid OutletId { get; set; }

    /// <summary>The outlet's village.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>检查日期.</summary>
    public DateOnly InspectedOn { get; set; }

    /// <summary>检查人员, as entered (at least two names by practice; the form asks for them).</summary>
    public string Inspectors { get; set; } = "";

    /// <summary>检查情况.</summary>
    public string? Notes { get; set; }

    /// <summary>整改期限, set with the first finding.</summary>
    public DateOnly? CorrectBy { get; set; }

    /// <summary>复查日期.</summary>
    public DateOnly? RecheckedOn { get; set; }

    /// <summary>Where it stands.</summary>
    public InspectionStatus Status { get; set; }

    /// <summary>Who recorded it.</summary>
    public string RecordedBy { get; set; } = "";

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>Its findings, in the order found.</summary>
    public List<Finding> Findings { get; set; } = [];
}

/// <summary>A finding (检查发现的问题), tied to the checklist clause it breaks.</summary>
public sealed class Finding
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The inspection.</summary>
    public Guid InspectionId { get; set; }

    /// <summary>1, 2, 3 … in the order found.</summary>
    public int Number { get; set; }

    /// <summary>The clause's id (<see cref="ChecklistClause.Id"/>).</summary>
    public string ClauseId { get; set; } = "";

    /// <summary>The clause's text when found (the checklist may be reworded later).</summary>
    public string ClauseText { get; set; } = "";

    /// <summary>What was seen.</summary>
    public string Note { get; set; } = "";

    /// <summary>What the re-inspection found.</summary>
    public FindingOutcome Outcome { get; set; } = FindingOutcome.Pending;
}

/// <summary>A photo taken at an inspection, kept in the module's database (the SDK has no file store).</summary>
public sealed class InspectionPhoto
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The inspection.</summary>
    public Guid InspectionId { get; set; }

    /// <summary>The uploaded file's name.</summary>
    public string FileName { get; set; } = "";

    /// <summary>image/jpeg or image/png.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>The bytes.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Who uploaded it.</summary>
    public string UploadedBy { get; set; } = "";
}

/// <summary>
/// 处罚: a penalty decided against an outlet's operator for the findings of an inspection, with its decision document.
/// The penalties are the violations list (违规名单): the operator, named by ID number or credit code as it was then,
/// with the date. Never edited or deleted: a decision set aside (撤销, e.g. after 行政复议) is withdrawn with its reason,
/// leaves the list and stays on record.
/// </summary>
public sealed class Penalty : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The outlet.</summary>
    public Guid OutletId { get; set; }

    /// <summary>The inspection whose findings it punishes.</summary>
    public Guid InspectionId { get; set; }

    /// <summary>The outlet's village.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>业主 at the time.</summary>
    public string OperatorName { get; set; } = "";

    /// <summary>The operator's ID number or credit code at the time: what the siting check looks for.</summary>
    [Sensitive] public string OperatorIdentifier { get; set; } = "";

    /// <summary>Whether the operator is an organisation (its code is not masked).</summary>
    public bool OperatorIsOrganisation { get; set; }

    /// <summary>罚款, in fen.</summary>
    public long AmountFen { get; set; }

    /// <summary>处罚决定书文号, unique in the district.</summary>
    public string DecisionNumber { get; set; } = "";

    /// <summary>决定日期.</summary>
    public DateOnly DecidedOn { get; set; }

    /// <summary>处罚理由 and the facts.</summary>
    public string Reasons { get; set; } = "";

    /// <summary>Whether it ordered the agency contract terminated (a serious case).</summary>
    public bool ContractTerminated { get; set; }

    /// <summary>Who recorded it.</summary>
    public string DecidedBy { get; set; } = "";

    /// <summary>撤销日期: from then it is off the violations list. Null while in force.</summary>
    public DateOnly? WithdrawnOn { get; set; }

    /// <summary>Who recorded the withdrawal.</summary>
    public string? WithdrawnBy { get; set; }

    /// <summary>撤销理由 (e.g. 行政复议决定撤销, the review's decision number).</summary>
    public string? WithdrawalReason { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
