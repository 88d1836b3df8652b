using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Charity.Recognition;

/// <summary>Where a recognition application stands.</summary>
public enum RecognitionStatus
{
    /// <summary>受理, waiting for the decision.</summary>
    Pending = 0,

    /// <summary>认定为慈善组织.</summary>
    Recognised = 1,

    /// <summary>不予认定.</summary>
    Refused = 2,
}

/// <summary>
/// 慈善组织认定: a registered 基金会, 社会团体 or 社会服务机构 (from the copy) asks to be recognised. The decision is due within
/// 20 days of acceptance for an existing organisation and 30 for one applying with its registration (configurable). It
/// belongs to the organisation's village.
/// </summary>
public sealed class RecognitionApplication : ILocatedInDivision, IVersioned
{
    /// <summary>Application id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation (the copy's id).</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>Its name when it applied.</summary>
    public string OrganisationName { get; set; } = "";

    /// <summary>Its village (for the scope).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>Applies together with its registration (新设立): the longer deadline, no last year's figures.</summary>
    public bool NewRegistration { get; set; }

    /// <summary>章程规定的宗旨 (purpose), as the application states it.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>Whether the purpose is to carry out charitable activities (以开展慈善活动为宗旨), as staff found from the 章程.</summary>
    public bool CharitablePurpose { get; set; }

    /// <summary>上年度支出合计, 元 (an existing organisation).</summary>
    public decimal? LastYearSpending { get; set; }

    /// <summary>上年度慈善活动支出, 元.</summary>
    public decimal? LastYearCharitableSpending { get; set; }

    /// <summary>上年度管理费用, 元.</summary>
    public decimal? LastYearManagementCosts { get; set; }

    /// <summary>受理日期.</summary>
    public DateOnly AcceptedOn { get; set; }

    /// <summary>The last day for the decision.</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>Where it stands.</summary>
    public RecognitionStatus Status { get; set; }

    /// <summary>决定日期.</summary>
    public DateOnly? DecidedOn { get; set; }

    /// <summary>决定理由.</summary>
    public string? Reasons { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>Its history, oldest first.</summary>
    public List<RecognitionStep> Steps { get; set; } = [];
}

/// <summary>One step of an application's history.</summary>
public sealed class RecognitionStep : WorkflowStep
{
    /// <summary>The application.</summary>
    public Guid ApplicationId { get; set; }
}
