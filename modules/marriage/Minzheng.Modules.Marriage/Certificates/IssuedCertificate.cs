namespace Minzheng.Modules.Marriage.Certificates;

/// <summary>The states of an issued number.</summary>
public static class CertificateStatus
{
    /// <summary>In use.</summary>
    public const string Issued = "issued";
    /// <summary>作废: kept, never reused.</summary>
    public const string Voided = "voided";
}

/// <summary>
/// Every certificate number the office ever issued, one row each, so that the sequence can be shown to
/// be gap-free and a voided number stays on record.
/// </summary>
public sealed class IssuedCertificate
{
    /// <summary>The number, e.g. <c>J500110-2026-000001</c>.</summary>
    public string Number { get; set; } = "";
    /// <summary>The kind.</summary>
    public CertificateKind Kind { get; set; }
    /// <summary>The office's 6-digit code.</summary>
    public string OfficeCode { get; set; } = "";
    /// <summary>Year of issue.</summary>
    public int Year { get; set; }
    /// <summary>Sequence within office, kind and year.</summary>
    public int Sequence { get; set; }
    /// <summary>Day of issue.</summary>
    public DateOnly IssuedOn { get; set; }
    /// <summary>The record it was issued for (marriage, divorce application or reissue).</summary>
    public Guid SubjectId { get; set; }
    /// <summary>See <see cref="CertificateStatus"/>.</summary>
    public string Status { get; set; } = CertificateStatus.Issued;
    /// <summary>When it was voided.</summary>
    public DateTimeOffset? VoidedAt { get; set; }
    /// <summary>Who voided it.</summary>
    public string? VoidedByName { get; set; }
    /// <summary>Why.</summary>
    public string? VoidReason { get; set; }
}

/// <summary>The last sequence used per office, kind and year: the counter the next number is taken from.</summary>
public sealed class CertificateSequence
{
    /// <summary>The kind.</summary>
    public CertificateKind Kind { get; set; }
    /// <summary>The office's 6-digit code.</summary>
    public string OfficeCode { get; set; } = "";
    /// <summary>Year.</summary>
    public int Year { get; set; }
    /// <summary>The last sequence issued: advanced in the database by <see cref="CertificateNumbering"/>, never through a tracked entity.</summary>
    public int Last { get; set; }
}
