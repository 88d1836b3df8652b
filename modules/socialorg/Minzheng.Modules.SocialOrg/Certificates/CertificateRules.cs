using System.Globalization;

namespace Minzheng.Modules.SocialOrg.Certificates;

/// <summary>登记证书 numbers, plain C#: the district's code and a six-digit running sequence (<c>500110000001</c>), never reused.</summary>
public static class CertificateRules
{
    /// <summary>The largest sequence six digits hold.</summary>
    public const int MaxSequence = 999_999;

    /// <summary>The number of the <paramref name="sequence"/>-th certificate of the district <paramref name="districtCode"/>.</summary>
    public static string Number(string districtCode, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        return string.Create(CultureInfo.InvariantCulture, $"{districtCode}{sequence:D6}");
    }

    /// <summary>The next sequence after the highest given (null: none yet). Voided certificates count: a number is never given twice.</summary>
    public static int Next(int? highest) => (highest ?? 0) + 1;

    /// <summary>What the print says of a reprint (empty for the first print).</summary>
    public static string ReprintMark(int reprints, DateOnly? on) =>
        reprints == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"补打（第{reprints}次，{on:yyyy年M月d日}），证书编号不变");
}
