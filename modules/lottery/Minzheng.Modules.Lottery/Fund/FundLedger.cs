using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Lottery.Fund;

/// <summary>What a movement of the 公益金 ledger does.</summary>
public enum MovementKind
{
    /// <summary>收入: money into the fund (the district's allocation, unclaimed prizes, other income).</summary>
    Receipt = 1,

    /// <summary>拨付: from the fund to a project.</summary>
    Allocation = 2,

    /// <summary>支出: from a project to its recipient.</summary>
    Disbursement = 3,

    /// <summary>缴回: from a project back to the fund.</summary>
    Return = 4,

    /// <summary>冲销: undoes one earlier movement (named by <see cref="FundMovement.ReversesId"/>), the opposite way.</summary>
    Reversal = 5,
}

/// <summary>Where a receipt comes from (收入来源).</summary>
public enum ReceiptSource
{
    /// <summary>上级下达: the province's or city's share passed down to the district.</summary>
    Allocated = 1,

    /// <summary>本级留成: the district's own retained share of its sales.</summary>
    Retained = 2,

    /// <summary>逾期未兑奖奖金: prizes not claimed within 60 days of the draw (条例 art. 25).</summary>
    UnclaimedPrizes = 3,

    /// <summary>其他收入 (e.g. interest).</summary>
    Other = 4,
}

/// <summary>
/// The district's 公益金 account: one row holding the unallocated balance. Every movement that touches the fund changes
/// this row under its version (a concurrency token), so two simultaneous allocations cannot both spend the same money.
/// </summary>
public sealed class FundAccount : IVersioned
{
    /// <summary>Always 1: one account per district database.</summary>
    public int Id { get; set; }

    /// <summary>未拨付余额, fen.</summary>
    public long Balance { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}

/// <summary>
/// A 公益金资助项目: what the fund pays for, its recipient (an organisation by its credit code, or a unit such as a
/// town government or a village committee), and its balance (allocated, less disbursed and returned).
/// </summary>
public sealed class FundProject : ILocatedInDivision, IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>项目名称.</summary>
    public string Name { get; set; } = "";

    /// <summary>承接单位: an organisation's or a unit's name.</summary>
    public string RecipientName { get; set; } = "";

    /// <summary>The recipient's unified social credit code when it is a social organisation; null for a unit.</summary>
    public string? RecipientCreditCode { get; set; }

    /// <summary>资助用途.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>The town (9 digits) the project serves, or the district's code for a district-wide one.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>项目年度.</summary>
    public int Year { get; set; }

    /// <summary>项目余额, fen: never below zero.</summary>
    public long Balance { get; set; }

    /// <summary>When it was registered.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}

/// <summary>
/// One movement of the ledger. Never edited nor deleted (no route does either): a mistake is undone by a
/// <see cref="MovementKind.Reversal"/> naming it, at most once (a unique index).
/// </summary>
public sealed class FundMovement : ILocatedInDivision
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>What it does.</summary>
    public MovementKind Kind { get; set; }

    /// <summary>A receipt's source; null otherwise.</summary>
    public ReceiptSource? Source { get; set; }

    /// <summary>The project (allocation, disbursement, return, or the reversal of one); null for the fund alone.</summary>
    public Guid? ProjectId { get; set; }

    /// <summary>Its project's town, or the district's code: town clerks read their towns' movements.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>Amount, fen, always above zero; the kind gives the direction.</summary>
    public long Amount { get; set; }

    /// <summary>发生日期 (Beijing).</summary>
    public DateOnly OccurredOn { get; set; }

    /// <summary>Its year, for the disclosure and the filters.</summary>
    public int Year { get; set; }

    /// <summary>开奖日期 of an unclaimed-prize transfer: the transfer must come 60 days after it or later.</summary>
    public DateOnly? DrawDate { get; set; }

    /// <summary>摘要 or the reversal's reason.</summary>
    public string Note { get; set; } = "";

    /// <summary>The movement a reversal undoes.</summary>
    public Guid? ReversesId { get; set; }

    /// <summary>The kind of the movement a reversal undoes (kept so that a reversal's effect reads from its own row).</summary>
    public MovementKind? ReversedKind { get; set; }

    /// <summary>When it was posted.</summary>
    public DateTimeOffset PostedAt { get; set; }

    /// <summary>Who posted it.</summary>
    public string StaffId { get; set; } = "";

    /// <summary>Their name.</summary>
    public string StaffName { get; set; } = "";
}

/// <summary>公益金标识 evidence: a photo showing that the funded facility or activity displays the funding mark.</summary>
public sealed class ProjectEvidence
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The project.</summary>
    public Guid ProjectId { get; set; }

    /// <summary>The uploaded file's name.</summary>
    public string FileName { get; set; } = "";

    /// <summary>image/jpeg or image/png.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>The photo.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>说明 (where the mark is shown).</summary>
    public string Note { get; set; } = "";

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Who uploaded it.</summary>
    public string StaffName { get; set; } = "";
}
