using System.Globalization;

namespace Minzheng.Modules.Marriage.Certificates;

/// <summary>The kinds of certificate, by the prefix of their number.</summary>
public enum CertificateKind
{
    /// <summary>J: 结婚证.</summary>
    Marriage = 1,
    /// <summary>L: 离婚证.</summary>
    Divorce = 2,
    /// <summary>BJ: 补领的结婚证.</summary>
    MarriageReissue = 3,
    /// <summary>BL: 补领的离婚证.</summary>
    DivorceReissue = 4,
}

/// <summary>
/// Certificate numbers as DOMAIN.md fixes them: <c>{J|L|BJ|BL}{6-digit office code}-{year}-{6-digit sequence}</c>,
/// e.g. <c>J500110-2026-000001</c>. The sequence runs per office, kind and year from 1, without gaps.
/// </summary>
public static class CertificateNumberRules
{
    /// <summary>The largest sequence a year can hold (six digits).</summary>
    public const int MaxSequence = 999_999;

    /// <summary>The prefix of a kind.</summary>
    public static string Prefix(CertificateKind kind) => kind switch
    {
        CertificateKind.Marriage => "J",
        CertificateKind.Divorce => "L",
        CertificateKind.MarriageReissue => "BJ",
        CertificateKind.DivorceReissue => "BL",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The number of the <paramref name="sequence"/>-th certificate of a kind issued by an office in a year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sequence is not 1–999999, or the year not four digits.</exception>
    /// <exception cref="ArgumentException">The office code is not six digits.</exception>
    public static string Format(CertificateKind kind, string officeCode, int year, int sequence)
    {
        if (officeCode.Length != 6 || officeCode.Any(c => c is < '0' or > '9'))
        {
            throw new ArgumentException("The office code must be six digits.", nameof(officeCode));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix(kind)}{officeCode}-{year:D4}-{sequence:D6}");
    }

    /// <summary>Reads a number back into its parts; false for anything not in the format.</summary>
    public static bool TryParse(string? number, out CertificateKind kind, out string officeCode, out int year, out int sequence)
    {
        kind = default;
        officeCode = "";
        year = sequence = 0;
        var text = number?.Trim().ToUpperInvariant() ?? "";
        // BJ/BL before J/L: the longer prefix decides.
        foreach (var candidate in new[] { CertificateKind.MarriageReissue, CertificateKind.DivorceReissue, CertificateKind.Marriage, CertificateKind.Divorce })
        {
            var prefix = Prefix(candidate);
            if (!text.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = text[prefix.Length..].Split('-');
            if (rest is [var office, var y, var s] && office.Length == 6 && y.Length == 4 && s.Length == 6
                && (office + y + s).All(char.IsAsciiDigit) && int.Parse(s, CultureInfo.InvariantCulture) >= 1)
            {
                kind = candidate;
                officeCode = office;
                year = int.Parse(y, CultureInfo.InvariantCulture);
                sequence = int.Parse(s, CultureInfo.InvariantCulture);
                return true;
            }
            return false;
        }
        return false;
    }
}
