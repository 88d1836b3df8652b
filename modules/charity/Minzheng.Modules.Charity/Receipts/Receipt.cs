using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Charity.Receipts;

/// <summary>
/// A range of 公益事业捐赠票据 the organisation received from the finance bureau: its 票据代码 and first and last number. The
/// system never invents a number: every receipt takes one of a range staff entered. Ranges of one code never overlap.
/// </summary>
public sealed class ReceiptStock : ILocatedInDivision
{
    /// <summary>Range id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation that holds it.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The organisation's village (for the scope).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>票据代码.</summary>
    public string Code { get; set; } = "";

    /// <summary>起始号码.</summary>
    public long FirstNumber { get; set; }

    /// <summary>终止号码.</summary>
    public long LastNumber { get; set; }

    /// <summary>The digits a number is written with (leading zeros kept: 00000001).</summary>
    public int NumberWidth { get; set; }

    /// <summary>领用日期.</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>Who entered it.</summary>
    public string StaffName { get; set; } = "";
}

/// <summary>Where a receipt stands.</summary>
public enum ReceiptStatus
{
    /// <summary>开具, in force.</summary>
    Issued = 0,

    /// <summary>作废: the number stays used, with the reason.</summary>
    Voided = 1,
}

/// <summary>
/// A 公益事业捐赠票据 issued for one donation: the number taken from the stock in number order, every field the receipt
/// carries as it was issued. Voided with a reason (the number stays voided, the donation stays); reissued when lost
/// (补开, the same number); each print after the first marked 副本.
/// </summary>
public sealed class Receipt : ILocatedInDivision, IVersioned
{
    /// <summary>Receipt id.</summary>
    public Guid Id { get; set; }

    /// <summary>The range its number came from.</summary>
    public Guid StockId { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The organisation's village.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>票据代码.</summary>
    public string Code { get; set; } = "";

    /// <summary>票据号码.</summary>
    public long Number { get; set; }

    /// <summary>The number as printed (leading zeros).</summary>
    public string NumberText { get; set; } = "";

    /// <summary>The donation.</summary>
    public Guid DonationId { get; set; }

    /// <summary>开票日期.</summary>
    public DateOnly IssuedOn { get; set; }

    /// <summary>收款单位 (the organisation's name).</summary>
    public string OrganisationName { get; set; } = "";

    /// <summary>交款人.</summary>
    public string PayerName { get; set; } = "";

    /// <summary>交款人统一社会信用代码 or the person's ID number masked.</summary>
    public string? PayerIdentifier { get; set; }

    /// <summary>项目名称 (捐赠款 / 捐赠物资 and the project).</summary>
    public string Item { get; set; } = "";

    /// <summary>数量.</summary>
    public string Quantity { get; set; } = "";

    /// <summary>金额 (元), null for goods described only.</summary>
    public decimal? Amount { get; set; }

    /// <summary>金额（大写）.</summary>
    public string AmountInWords { get; set; } = "";

    /// <summary>备注.</summary>
    public string Note { get; set; } = "";

    /// <summary>开票人.</summary>
    public string HandlerName { get; set; } = "";

    /// <summary>校验码 (from the code, number, date and amount).</summary>
    public string CheckCode { get; set; } = "";

    /// <summary>Where it stands.</summary>
    public ReceiptStatus Status { get; set; }

    /// <summary>作废日期.</summary>
    public DateOnly? VoidedOn { get; set; }

    /// <summary>作废原因.</summary>
    public string? VoidReason { get; set; }

    /// <summary>补开日期 (a lost receipt reissued under its number).</summary>
    public DateOnly? ReissuedOn { get; set; }

    /// <summary>补开原因.</summary>
    public string? ReissueReason { get; set; }

    /// <summary>Prints since it was issued or reissued: the first is the original, later ones copies.</summary>
    public int PrintCount { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
