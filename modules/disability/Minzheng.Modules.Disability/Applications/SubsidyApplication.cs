using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Disability.Applications;

/// <summary>
/// An application for one subsidy for one resident, and — once approved — the entitlement the monthly
/// rosters pay, until it is stopped.
/// </summary>
public sealed class SubsidyApplication : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The resident's registry id.</summary>
    public Guid ResidentId { get; set; }

    /// <summary>Full ID number: the bank needs it on the roster.</summary>
    [Sensitive]
    public string IdNumber { get; set; } = "";

    /// <summary>姓名.</summary>
    public string Name { get; set; } = "";

    /// <summary>12-digit village code of the resident's registered residence.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>Which subsidy.</summary>
    public SubsidyKind Kind { get; set; }

    /// <summary>Who applied.</summary>
    public ApplicantRole AppliedBy { get; set; }

    /// <summary>Name of the guardian, relative or committee member who applied; null when the person did.</summary>
    public string? ApplicantName { get; set; }

    /// <summary>Day of application (受理日期): payment starts with its month.</summary>
    public DateOnly AppliedOn { get; set; }

    /// <summary>First month paid (<c>yyyyMM</c>).</summary>
    public int PaidFromMonth { get; set; }

    /// <summary>The certificate the subsidy rests on.</summary>
    [Sensitive]
    public string CertificateNumber { get; set; } = "";

    /// <summary>Its category.</summary>
    [Sensitive]
    public DisabilityCategory Category { get; set; }

    /// <summary>Its grade: the care subsidy's amount depends on it.</summary>
    [Sensitive]
    public int Grade { get; set; }

    /// <summary>Its last valid day: rosters pay no month after it, even when no registry event says so.</summary>
    public DateOnly CertificateValidUntil { get; set; }

    /// <summary>Declared: needs long-term care (> 6 months).</summary>
    public bool NeedsLongTermCare { get; set; }

    /// <summary>Declared: receives a work-injury care allowance.</summary>
    public bool ReceivesWorkInjuryCareAllowance { get; set; }

    /// <summary>开户银行.</summary>
    public string BankName { get; set; } = "";

    /// <summary>银行账号 (社保卡/一卡通).</summary>
    [Sensitive]
    public string BankAccount { get; set; } = "";

    /// <summary>Documents handed in, recorded as metadata (the papers stay in the paper file).</summary>
    public List<ApplicationDocument> Documents { get; set; } = [];

    /// <summary>State.</summary>
    public ApplicationStatus Status { get; set; }

    /// <summary>公示 first day.</summary>
    public DateOnly? NoticeStartsOn { get; set; }

    /// <summary>公示 last day.</summary>
    public DateOnly? NoticeEndsOn { get; set; }

    /// <summary>Why it was rejected or stopped.</summary>
    public string? Reason { get; set; }

    /// <summary>Day the district approved it.</summary>
    public DateOnly? ApprovedOn { get; set; }

    /// <summary>First month no longer paid (<c>yyyyMM</c>), once stopped.</summary>
    public int? StopsFromMonth { get; set; }

    /// <summary>Next annual review (年审) due.</summary>
    public DateOnly? NextReviewOn { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>Every step, who and when.</summary>
    public List<ApplicationStep> Steps { get; set; } = [];
}

/// <summary>A document handed in with an application (metadata only).</summary>
public sealed class ApplicationDocument
{
    /// <summary>What it is, e.g. 残疾人证复印件, 户口簿, 低保证.</summary>
    public string Name { get; set; } = "";

    /// <summary>Number of pages or copies.</summary>
    public int Copies { get; set; } = 1;

    /// <summary>A remark.</summary>
    public string? Note { get; set; }
}

/// <summary>One step of an application's history.</summary>
public sealed class ApplicationStep : WorkflowStep
{
    /// <summary>The application.</summary>
    public Guid ApplicationId { get; set; }
}
