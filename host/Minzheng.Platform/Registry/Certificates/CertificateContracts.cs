using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Certificates;

/// <summary>A disability certificate (残疾人证) as staff enter it.</summary>
/// <param name="Number">20 characters: the holder's ID number, the category code (1–7) and the grade (1–4).</param>
/// <param name="Category">视力, 听力, 言语, 肢体, 智力, 精神, 多重 (or the code names).</param>
/// <param name="Grade">1 (most severe) to 4.</param>
/// <param name="IssuedOn">发证日期.</param>
/// <param name="ValidUntil">有效期至, after the issue date.</param>
internal sealed record CertificateRequest(string? Number, string? Category, int? Grade, DateOnly? IssuedOn, DateOnly? ValidUntil, int? Version = null);

/// <summary>Revokes (注销) a certificate.</summary>
/// <param name="Version">The version the revocation is based on (optional; a stale one: 409).</param>
internal sealed record RevokeCertificateRequest(DateOnly? RevokedOn, string? Reason, int? Version = null);

/// <summary>A certificate as the caller may see it.</summary>
/// <param name="Number">The holder's ID number inside it is masked unless the caller may see ID numbers.</param>
/// <param name="ValidToday">Issued, not expired and not revoked today.</param>
internal sealed record CertificateView(
    Guid Id, string Number, bool NumberMasked, DisabilityCategory Category, int Grade, DateOnly IssuedOn, DateOnly ValidUntil,
    DateOnly? RevokedOn, string? RevocationReason, bool ValidToday, int Version);
