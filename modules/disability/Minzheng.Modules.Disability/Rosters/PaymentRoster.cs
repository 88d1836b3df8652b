using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Disability.Rosters;

/// <summary>State of a monthly roster.</summary>
public enum RosterStatus
{
    /// <summary>待审核: generated, may be generated again.</summary>
    Draft = 1,
    /// <summary>已审批: frozen; only the bank's outcome is recorded on it.</summary>
    Approved = 2,
}

/// <summary>发放名册: what is paid for one month (with arrears of earlier ones).</summary>
public sealed class PaymentRoster : IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The month (<c>yyyyMM</c>), one roster per month.</summary>
    public int Month { get; set; }

    /// <summary>State.</summary>
    public RosterStatus Status { get; set; }

    /// <summary>Who generated it last (the maker).</summary>
    public string GeneratedById { get; set; } = "";

    /// <summary>Maker's name.</summary>
    public string GeneratedByName { get; set; } = "";

    /// <summary>When.</summary>
    public DateTimeOffset GeneratedAt { get; set; }

    /// <summary>Who approved it (the checker, never the maker).</summary>
    public string? ApprovedById { get; set; }

    /// <summary>Checker's name.</summary>
    public string? ApprovedByName { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>Number of lines.</summary>
    public int LineCount { get; set; }

    /// <summary>Sum of the lines.</summary>
    public decimal Total { get; set; }

    /// <inheritdoc />
    /// <remarks>Regenerating a draft counts as a change too: an approval based on the roster before it is refused.</remarks>
    public int Version { get; set; } = 1;
}

/// <summary>Whether a line is the month's own payment or a missed month paid late.</summary>
public enum LineKind
{
    /// <summary>当月.</summary>
    Regular = 1,
    /// <summary>补发.</summary>
    Arrears = 2,
}

/// <summary>What the bank reported for a line.</summary>
public enum PaymentOutcome
{
    /// <summary>待发放.</summary>
    Pending = 1,
    /// <summary>已发放.</summary>
    Paid = 2,
    /// <summary>发放失败: the month counts as missed and is paid as arrears later.</summary>
    Failed = 3,
}

/// <summary>One payment of one subsidy for one month to one person.</summary>
public sealed class RosterLine
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The roster.</summary>
    public Guid RosterId { get; set; }

    /// <summary>The roster's month (<c>yyyyMM</c>), repeated so months paid can be found without a join.</summary>
    public int RosterMonth { get; set; }

    /// <summary>The entitlement paid.</summary>
    public Guid ApplicationId { get; set; }

    /// <summary>The month the payment is for (<c>yyyyMM</c>).</summary>
    public int ForMonth { get; set; }

    /// <summary>Regular or arrears.</summary>
    public LineKind LineKind { get; set; }

    /// <summary>Which subsidy.</summary>
    public SubsidyKind Kind { get; set; }

    /// <summary>Grade the amount was computed from.</summary>
    public int Grade { get; set; }

    /// <summary>Amount.</summary>
    public decimal Amount { get; set; }

    /// <summary>Name, as paid.</summary>
    public string Name { get; set; } = "";

    /// <summary>ID number, as paid.</summary>
    public string IdNumber { get; set; } = "";

    /// <summary>Village code.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>Bank.</summary>
    public string BankName { get; set; } = "";

    /// <summary>Account.</summary>
    public string BankAccount { get; set; } = "";

    /// <summary>The bank's outcome.</summary>
    public PaymentOutcome Outcome { get; set; } = PaymentOutcome.Pending;

    /// <summary>The bank's reason for a failure.</summary>
    public string? FailureReason { get; set; }
}

/// <summary>A month paid that should not have been (paid after death, moving out, …): to be recovered.</summary>
public sealed class Overpayment : Minzheng.Sdk.Access.ILocatedInDivision
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The entitlement.</summary>
    public Guid ApplicationId { get; set; }

    /// <summary>The roster line that paid it.</summary>
    public Guid RosterLineId { get; set; }

    /// <summary>Month paid (<c>yyyyMM</c>).</summary>
    public int ForMonth { get; set; }

    /// <summary>Amount to recover.</summary>
    public decimal Amount { get; set; }

    /// <summary>Why it is owed back.</summary>
    public string Reason { get; set; } = "";

    /// <summary>Village code (for the town's follow-up).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>When it was found.</summary>
    public DateTimeOffset FlaggedAt { get; set; }

    /// <summary>Whether it was recovered (追回).</summary>
    public bool Recovered { get; set; }
}
