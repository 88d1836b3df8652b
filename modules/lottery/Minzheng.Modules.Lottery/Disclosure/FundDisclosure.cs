using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Lottery.Disclosure;

/// <summary>Where a disclosure stands.</summary>
public enum DisclosureStatus
{
    /// <summary>草稿: drafted from the ledger, under review; its figures follow the ledger until publication.</summary>
    Draft = 1,

    /// <summary>已公告: published, frozen.</summary>
    Published = 2,

    /// <summary>已更正: replaced by a later published edition (still shown, marked so).</summary>
    Superseded = 3,
}

/// <summary>
/// 公益金使用情况公告 for one year (due by 6-30 of the next): what was raised by source, allocated and used by project.
/// Once published its figures are those stored at publication; a correction is a new edition that supersedes it.
/// </summary>
public sealed class FundDisclosure : IVersioned
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The year disclosed.</summary>
    public int Year { get; set; }

    /// <summary>第几版: 1, then 2 for the first correction, …</summary>
    public int Edition { get; set; }

    /// <summary>Where it stands.</summary>
    public DisclosureStatus Status { get; set; }

    /// <summary>The published edition this one corrects.</summary>
    public Guid? SupersedesId { get; set; }

    /// <summary>The bureau as it signs the disclosure.</summary>
    public string DistrictName { get; set; } = "";

    /// <summary>说明 (a correction says what it corrects).</summary>
    public string Note { get; set; } = "";

    /// <summary>The figures: the draft's as last computed, the published edition's as frozen.</summary>
    public DisclosureFigures Figures { get; set; } = new();

    /// <summary>When it was drafted.</summary>
    public DateTimeOffset DraftedAt { get; set; }

    /// <summary>公告日期.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>Who published it.</summary>
    public string? PublishedBy { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}

/// <summary>A disclosure's figures, fen.</summary>
public sealed class DisclosureFigures
{
    /// <summary>筹集: receipts of the year, less their reversals.</summary>
    public long Raised { get; set; }

    /// <summary>By source.</summary>
    public List<SourceFigure> BySource { get; set; } = [];

    /// <summary>拨付 to projects in the year.</summary>
    public long Allocated { get; set; }

    /// <summary>使用: disbursed by projects in the year.</summary>
    public long Used { get; set; }

    /// <summary>缴回 by projects in the year.</summary>
    public long Returned { get; set; }

    /// <summary>The fund's unallocated balance at the year's end.</summary>
    public long FundBalanceAtYearEnd { get; set; }

    /// <summary>By project (those with a movement in the year).</summary>
    public List<ProjectFigure> Projects { get; set; } = [];
}

/// <summary>A source's receipts.</summary>
public sealed record SourceFigure(string Source, string Label, long Amount);

/// <summary>A project's year: no person is named, only the project and its recipient organisation or unit.</summary>
public sealed record ProjectFigure(string Name, string RecipientName, string Purpose, string Area, long Allocated, long Used, long Returned);
