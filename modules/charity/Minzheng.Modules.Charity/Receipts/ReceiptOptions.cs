using Microsoft.Extensions.Configuration;

namespace Minzheng.Modules.Charity.Receipts;

/// <summary>Receipts' settings (<c>Modules:charity:Receipts</c>).</summary>
public sealed class ReceiptOptions
{
    /// <summary>Calendar days after the donation within which its receipt is issued (<c>IssueWithinDays</c>, default 7).</summary>
    public int IssueWithinDays { get; init; } = 7;

    /// <summary>Reads the settings; throws with the key named when a value cannot work.</summary>
    public static ReceiptOptions From(IConfiguration module)
    {
        var options = new ReceiptOptions { IssueWithinDays = module.GetSection("Receipts").GetValue("IssueWithinDays", 7) };
        if (options.IssueWithinDays is < 0 or > 365) throw new InvalidOperationException("Modules:charity:Receipts:IssueWithinDays must be 0 to 365.");
        return options;
    }
}
