using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.SocialOrg.Inspection;

/// <summary>Where an organisation's inspection of a year stands.</summary>
public enum InspectionStatus
{
    /// <summary>已报送: the report is in, waiting for the district's conclusion.</summary>
    Submitted = 1,

    /// <summary>已作出结论.</summary>
    Concluded = 2,
}

/// <summary>年检结论.</summary>
public enum InspectionConclusion
{
    /// <summary>合格.</summary>
    Qualified = 1,

    /// <summary>基本合格 (two in a row bar an evaluation).</summary>
    BasicallyQualified = 2,

    /// <summary>不合格.</summary>
    Unqualified = 3,
}

/// <summary>
/// An organisation's annual inspection (年检 / 年度报告) of one year: the report's figures as received — those the charity
/// module will check against its spending rules (income, spending), staff, and whether a party organisation is set up
/// (党建“三同步”) — then the district's conclusion with its reasons. One per organisation and year. Carries the
/// organisation's village so that scope applies.
/// </summary>
public sealed class AnnualInspection : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The organisation's village.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>年度: the year reported on (submitted in the next).</summary>
    public int Year { get; set; }

    /// <summary>本年度收入合计, 元.</summary>
    public decimal Income { get; set; }

    /// <summary>本年度支出合计, 元.</summary>
    public decimal Spending { get; set; }

    /// <summary>专职工作人员数.</summary>
    public int StaffCount { get; set; }

    /// <summary>是否建立党组织 (三同步: party building checked with the inspection).</summary>
    public bool PartyOrganisation { get; set; }

    /// <summary>报送日期: the day the report reached the registration authority.</summary>
    public DateOnly SubmittedOn { get; set; }

    /// <summary>After the year's deadline.</summary>
    public bool Late { get; set; }

    /// <summary>Its standing.</summary>
    public InspectionStatus Status { get; set; }

    /// <summary>年检结论, once concluded.</summary>
    public InspectionConclusion? Conclusion { get; set; }

    /// <summary>The reasons (required for 基本合格 and 不合格).</summary>
    public string? ConclusionReason { get; set; }

    /// <summary>结论日期.</summary>
    public DateOnly? ConcludedOn { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>Its history, oldest first.</summary>
    public List<InspectionStep> Steps { get; set; } = [];
}

/// <summary>One step of an inspection (报送, 结论).</summary>
public sealed class InspectionStep : WorkflowStep
{
    /// <summary>The inspection.</summary>
    public Guid InspectionId { get; set; }
}
