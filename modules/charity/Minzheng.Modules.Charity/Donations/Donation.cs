using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Modules.Charity.Donations;

/// <summary>
/// A donation (捐赠) received by a recognised charity organisation, entered by staff: who gave (a person with an ID number,
/// an organisation with its credit code, or anonymous), money (元, to the fen) or goods (valued, or described only when they
/// cannot be valued — then not income), optionally for a project or campaign, restricted (定向) or not. It belongs to the
/// organisation's village. Its receipt, or the donor's refusal of one, is recorded with it.
/// </summary>
public sealed class Donation : ILocatedInDivision, IVersioned
{
    /// <summary>Donation id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation that received it.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>Its name when the donation was recorded.</summary>
    public string OrganisationName { get; set; } = "";

    /// <summary>The organisation's village (for the scope).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>person, organisation or anonymous.</summary>
    public string DonorKind { get; set; } = "";

    /// <summary>捐赠人 (a person's or organisation's name; 匿名 for an anonymous donor).</summary>
    public string DonorName { get; set; } = "";

    /// <summary>A person's ID number, in full; shown masked, and masked in the audit trail.</summary>
    [Sensitive] public string? DonorIdNumber { get; set; }

    /// <summary>An organisation's 统一社会信用代码.</summary>
    public string? DonorCreditCode { get; set; }

    /// <summary>money or goods.</summary>
    public string Form { get; set; } = "";

    /// <summary>The money, or the goods' value, 元 to the fen; null for goods that cannot be valued.</summary>
    public decimal? Amount { get; set; }

    /// <summary>The goods (物品名称、规格).</summary>
    public string? GoodsDescription { get; set; }

    /// <summary>The goods' quantity (数量), as written (20箱).</summary>
    public string? GoodsQuantity { get; set; }

    /// <summary>捐赠项目 or campaign, optional.</summary>
    public string? Project { get; set; }

    /// <summary>定向捐赠: restricted to the project or purpose named.</summary>
    public bool Restricted { get; set; }

    /// <summary>收到捐赠的日期.</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>经办人 (who recorded it).</summary>
    public string HandlerName { get; set; } = "";

    /// <summary>备注.</summary>
    public string? Note { get; set; }

    /// <summary>The donor declined a receipt (no number used).</summary>
    public bool ReceiptDeclined { get; set; }

    /// <summary>When and why, as the donor said.</summary>
    public string? ReceiptDeclinedNote { get; set; }

    /// <summary>The receipt in force, if one is issued (a voided one no longer counts).</summary>
    public Guid? ReceiptId { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
