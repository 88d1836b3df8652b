using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Minzheng.Modules.Charity.Donations;

namespace Minzheng.Modules.Charity.Receipts;

/// <summary>Receipts' rules in plain C#: ranges, the next number, the deadline, the fields, the gap report.</summary>
public static class ReceiptRules
{
    /// <summary>The longest reason.</summary>
    public const int ReasonLength = 500;

    /// <summary>Why a new range may not be entered (it overlaps one of the same code), or null.</summary>
    public static string? RefuseRange(string code, long first, long last, IEnumerable<ReceiptStock> sameCode)
    {
        if (first > last) return "起始号码不能大于终止号码。";
        return sameCode.FirstOrDefault(s => s.Code == code && first <= s.LastNumber && s.FirstNumber <= last) is { } overlap
            ? $"号段与已领用的号段{Format(overlap.FirstNumber, overlap.NumberWidth)}–{Format(overlap.LastNumber, overlap.NumberWidth)}（票据代码{overlap.Code}）重叠。"
            : null;
    }

    /// <summary>A number as printed, with its leading zeros.</summary>
    public static string Format(long number, int width) => number.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');

    /// <summary>
    /// The next number: the lowest unused number of the oldest range with one left (numbers are taken in order, so a range's
    /// next is the one after its highest used, voided ones included). Null when the stock is used up.
    /// </summary>
    public static (ReceiptStock Stock, long Number)? Next(IEnumerable<ReceiptStock> stock, IReadOnlyDictionary<Guid, long> highestUsed)
    {
        foreach (var range in stock.OrderBy(s => s.ReceivedOn).ThenBy(s => s.Code, StringComparer.Ordinal).ThenBy(s => s.FirstNumber))
        {
            var next = highestUsed.TryGetValue(range.Id, out var highest) ? highest + 1 : range.FirstNumber;
            if (next <= range.LastNumber) return (range, next);
        }
        return null;
    }

    /// <summary>Why a receipt may not be issued for the donation on <paramref name="today"/>, or null.</summary>
    public static string? RefuseIssue(Donation donation, DateOnly today, bool replacesVoided, ReceiptOptions options)
    {
        if (donation.ReceiptId is not null) return "这笔捐赠已开具票据（一笔捐赠只开一张票据）。";
        if (donation.ReceiptDeclined) return "捐赠人不要票据，已记录，不再开具。";
        if (today < donation.ReceivedOn) return "不能在收到捐赠之前开具票据。";
        // A replacement for a voided receipt may follow after the days: the donation was receipted in time.
        if (!replacesVoided && today > donation.ReceivedOn.AddDays(options.IssueWithinDays))
            return $"捐赠于{donation.ReceivedOn:yyyy-MM-dd}收到，应在{options.IssueWithinDays}日内开具票据，已超过期限。";
        return null;
    }

    /// <summary>Fills the receipt's fields from the donation, as printed on the receipt.</summary>
    public static void Fill(Receipt receipt, Donation donation)
    {
        receipt.OrganisationName = donation.OrganisationName;
        receipt.PayerName = donation.DonorName;
        receipt.PayerIdentifier = donation.DonorCreditCode ?? (donation.DonorIdNumber is { } id ? Sdk.Registry.Masking.Mask(id) : null);
        receipt.Item = (donation.Form == "money" ? "捐赠款" : "捐赠物资" + (donation.GoodsDescription is { } g ? $"（{g}）" : ""))
            + (donation.Project is { } p ? $"·{p}" : "");
        receipt.Quantity = donation.Form == "money" ? "1" : donation.GoodsQuantity ?? "1批";
        receipt.Amount = donation.Amount;
        receipt.AmountInWords = donation.Amount is { } a ? InWords(a) : "无法估值，按物品描述开具";
        receipt.Note = (donation.Restricted ? "定向捐赠" : "非定向捐赠") + (donation.Note is { } n ? $"；{n}" : "");
        receipt.CheckCode = CheckCode(receipt);
    }

    /// <summary>A six-digit 校验码 from the code, number, date and amount.</summary>
    public static string CheckCode(Receipt r)
    {
        var text = $"{r.Code}|{r.NumberText}|{r.IssuedOn:yyyyMMdd}|{r.Amount?.ToString("0.00", CultureInfo.InvariantCulture)}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return (BitConverter.ToUInt32(hash, 0) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static readonly string[] Digits = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];
    private static readonly string[] Units = ["", "拾", "佰", "仟"];
    private static readonly string[] Groups = ["", "万", "亿", "万亿"];

    /// <summary>人民币大写 of an amount to the fen (1234.56 → 壹仟贰佰叁拾肆元伍角陆分).</summary>
    public static string InWords(decimal amount)
    {
        if (amount < 0) throw new ArgumentOutOfRangeException(nameof(amount));
        var fen = (long)decimal.Round(amount * 100);
        var yuan = fen / 100;
        var jiao = (int)(fen / 10 % 10);
        var cents = (int)(fen % 10);
        var words = new StringBuilder();
        var digits = yuan.ToString(CultureInfo.InvariantCulture);
        var zeroPending = false;
        var groupHasDigit = false;
        for (var i = 0; i < digits.Length && yuan > 0; i++)
        {
            var position = digits.Length - 1 - i;
            var digit = digits[i] - '0';
            if (digit == 0)
            {
                zeroPending = true;
            }
            else
            {
                if (zeroPending) words.Append('零');
                zeroPending = false;
                groupHasDigit = true;
                words.Append(Digits[digit]).Append(Units[position % 4]);
            }
            if (position % 4 == 0)
            {
                if (groupHasDigit) words.Append(Groups[position / 4]);
                groupHasDigit = false;
            }
        }
        if (yuan > 0) words.Append('元');
        if (jiao == 0 && cents == 0) return (words.Length == 0 ? "零元" : words.ToString()) + "整";
        if (jiao > 0) words.Append(Digits[jiao]).Append('角');
        else if (yuan > 0) words.Append('零');
        if (cents > 0) words.Append(Digits[cents]).Append('分');
        return words.ToString();
    }

    /// <summary>One line of the gap report: a run of numbers in one state.</summary>
    public sealed record GapLine(string From, string To, int Count, string State, string? Detail);

    /// <summary>
    /// Every number of a range accounted for, in number order: each issued and each voided number on its own line (with the
    /// payer, or the void's reason), runs of unused numbers as one line.
    /// </summary>
    public static IReadOnlyList<GapLine> Account(ReceiptStock range, IEnumerable<Receipt> receipts)
    {
        var lines = new List<GapLine>();
        var next = range.FirstNumber;
        foreach (var r in receipts.Where(r => r.StockId == range.Id).OrderBy(r => r.Number))
        {
            if (r.Number > next) lines.Add(Unused(range, next, r.Number - 1));
            lines.Add(r.Status == ReceiptStatus.Voided
                ? new GapLine(r.NumberText, r.NumberText, 1, "voided", $"作废：{r.VoidReason}（{r.VoidedOn:yyyy-MM-dd}）")
                : new GapLine(r.NumberText, r.NumberText, 1, "issued", $"{r.IssuedOn:yyyy-MM-dd} {r.PayerName} {r.Amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "物资"}"
                    + (r.ReissuedOn is not null ? "（补开）" : "")));
            next = r.Number + 1;
        }
        if (next <= range.LastNumber) lines.Add(Unused(range, next, range.LastNumber));
        return lines;
    }

    private static GapLine Unused(ReceiptStock range, long from, long to) =>
        new(Format(from, range.NumberWidth), Format(to, range.NumberWidth), (int)(to - from + 1), "unused", "未使用");
}
