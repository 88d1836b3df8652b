using Minzheng.Sdk.Access;
using Minzheng.Sdk.Files;

namespace Minzheng.Modules.Lottery.Sales;

/// <summary>
/// 销量: what one outlet sold of one game kind in one month, as the sales centre reported it. Instant tickets (即开型)
/// are reported by the month like the rest: the month is the finest grain the module keeps. A month sent again
/// replaces the figure; the value replaced is kept in a <see cref="SaleRevision"/>. Located in the outlet's village.
/// </summary>
public sealed class MonthlySale : ILocatedInDivision
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The outlet.</summary>
    public Guid OutletId { get; set; }

    /// <summary>The outlet's village, copied so that the sales are scoped as the outlet is.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The month, as its first day.</summary>
    public DateOnly Month { get; set; }

    /// <summary>游戏类别 (双色球, 即开型 …), as configured.</summary>
    public string Game { get; set; } = "";

    /// <summary>销售额, 元.</summary>
    public decimal Amount { get; set; }

    /// <summary>The import that last set the figure.</summary>
    public Guid ImportId { get; set; }
}

/// <summary>A figure a re-sent month replaced: what it was, what it became, by which import. Never changed.</summary>
public sealed class SaleRevision : ILocatedInDivision
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The figure replaced.</summary>
    public Guid SaleId { get; set; }

    /// <summary>The outlet's village.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The import that replaced it.</summary>
    public Guid ImportId { get; set; }

    /// <summary>The row of that import's file.</summary>
    public int Row { get; set; }

    /// <summary>The amount before, 元.</summary>
    public decimal Previous { get; set; }

    /// <summary>The amount after, 元.</summary>
    public decimal Amount { get; set; }
}

/// <summary>
/// One import of the sales centre's file and its outcome: rows new, replaced (with the sum of the differences),
/// unchanged, refused with their reasons. Located in the scope of whoever imported it.
/// </summary>
public sealed class SalesImport : ILocatedInDivision
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The uploaded file's name.</summary>
    public string FileName { get; set; } = "";

    /// <summary>When.</summary>
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>By whom.</summary>
    public string StaffName { get; set; } = "";

    /// <summary>The importer's scope: who else may read the outcome.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>Data rows read.</summary>
    public int Rows { get; set; }

    /// <summary>Figures new to the module.</summary>
    public int Created { get; set; }

    /// <summary>Figures of a re-sent month that differed and were replaced.</summary>
    public int Replaced { get; set; }

    /// <summary>Figures already there with the same amount: nothing changed.</summary>
    public int Unchanged { get; set; }

    /// <summary>Rows refused, each with its reasons in <see cref="RowErrors"/>.</summary>
    public int Failed { get; set; }

    /// <summary>The sum of the new figures, 元.</summary>
    public decimal CreatedAmount { get; set; }

    /// <summary>The sum of (new − previous) over the replaced figures, 元.</summary>
    public decimal Difference { get; set; }

    /// <summary>The refused rows, in file order (at most <see cref="SalesRules.KeptErrors"/> kept).</summary>
    public List<RowError> RowErrors { get; set; } = [];

    /// <summary>Counts a refused row and keeps its reason (the first <see cref="SalesRules.KeptErrors"/>).</summary>
    public void Refuse(int row, string message)
    {
        Failed++;
        if (RowErrors.Count < SalesRules.KeptErrors) RowErrors.Add(new RowError(row, message));
    }
}
