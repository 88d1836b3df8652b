using Minzheng.Sdk.Endpoints;

namespace Minzheng.Modules.Charity.Donations;

/// <summary>Donations' rules in plain C#.</summary>
public static class DonationRules
{
    /// <summary>The donor kinds with their Chinese names.</summary>
    public static readonly IReadOnlyDictionary<string, string> DonorKinds = new Dictionary<string, string>
    {
        ["person"] = "个人", ["organisation"] = "单位", ["anonymous"] = "匿名",
    };

    /// <summary>The forms with their Chinese names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Forms = new Dictionary<string, string> { ["money"] = "货币", ["goods"] = "物资" };

    /// <summary>The largest amount one donation may record, 元.</summary>
    public const decimal MaxAmount = 999_999_999_999.99m;

    /// <summary>What an anonymous donor is called on the record and the receipt.</summary>
    public const string Anonymous = "匿名";

    /// <summary>
    /// Checks the amount: money needs one over zero, to the fen at most; valued goods the same; goods that cannot be valued
    /// none (and a description). Returns the amount to keep.
    /// </summary>
    public static decimal? Amount(FieldErrors errors, string form, decimal? amount, bool goodsValued)
    {
        if (form == "goods" && !goodsValued)
        {
            if (amount is not null) errors.Add("amount", "无法估值的物资不填金额，只按物品描述登记");
            return null;
        }
        if (amount is not > 0) errors.Add("amount", form == "goods" ? "请填写物资的估值（元）" : "请填写捐赠金额（元）");
        else if (decimal.Round(amount.Value, 2) != amount.Value) errors.Add("amount", "金额最多精确到分");
        else if (amount > MaxAmount) errors.Add("amount", "金额过大");
        return amount;
    }

    /// <summary>Whether the donation counts as income (money, or goods with a value).</summary>
    public static bool IsIncome(Donation donation) => donation.Amount is not null;

    /// <summary>receipted, declined, or none (neither yet).</summary>
    public static string ReceiptState(Donation donation) => donation.ReceiptId is not null ? "receipted" : donation.ReceiptDeclined ? "declined" : "none";

    /// <summary>Why the donor's refusal of a receipt may not be recorded now, or null.</summary>
    public static string? RefuseDecline(Donation donation) => ReceiptState(donation) switch
    {
        "receipted" => "这笔捐赠已开具票据；捐赠人不要票据的，请先作废票据。",
        "declined" => "已记录捐赠人不要票据。",
        _ => null,
    };
}
