namespace Minzheng.Modules.Volunteer.Certificates;

/// <summary>出具证明: whose hours, over which days, and the issuer's part.</summary>
/// <param name="VolunteerNumber">志愿者编号.</param>
/// <param name="From">The first day of the hours certified.</param>
/// <param name="To">The last day (default today).</param>
/// <param name="OrganiserId">出具单位 picked from the registered organisers: its name is the issuer's, its person in charge and contact the defaults.</param>
/// <param name="Issuer">出具单位 by name, for one not registered (a registered one's name is taken as if picked).</param>
/// <param name="PersonInCharge">负责人 (default: the registered organiser's).</param>
/// <param name="Handler">经办人.</param>
/// <param name="IssuerContact">联系方式 (default: the registered organiser's).</param>
public sealed record NewCertificate(string? VolunteerNumber, DateOnly? From, DateOnly? To, Guid? OrganiserId, string? Issuer, string? PersonInCharge, string? Handler,
    string? IssuerContact);

/// <summary>撤销: why.</summary>
public sealed record RevokeRequest(string? Reason);

/// <summary>A certificate in a list.</summary>
public sealed record CertificateRow(Guid Id, string Number, string Issuer, string VolunteerName, string VolunteerNumber, decimal ServiceHours, DateOnly IssuedOn, string Status);

/// <summary>A certificate as staff see and print it: its four parts, and the link its QR code opens.</summary>
public sealed record CertificateView(Guid Id, string Number, string VerificationCode, string VolunteerName, string IdType, string IdNumber, string VolunteerNumber,
    DateOnly From, DateOnly To, decimal ServiceHours, decimal TrainingHours, string Content, string Issuer, Guid? OrganiserId, string PersonInCharge, string Handler,
    string IssuerContact, DateOnly IssuedOn, DateOnly? RevokedOn, string? RevocationReason, string Status, string VerifyUrl, int Version);

/// <summary>
/// What anyone verifying a certificate is told: only what confirms it (masked name and ID number, the hours, the issuer,
/// the date) and whether it stands.
/// </summary>
public sealed record CertificateCheck(string Status, string StatusText, string Number, string Issuer, DateOnly IssuedOn, string VolunteerName, string IdNumber,
    DateOnly From, DateOnly To, decimal ServiceHours, decimal TrainingHours, DateOnly? RevokedOn);

/// <summary>The certificates' rules: plain C#.</summary>
public static class CertificateRules
{
    /// <summary>The characters of a verification code: no 0/O, 1/I/L to misread.</summary>
    public const string CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>valid or revoked.</summary>
    public static string Status(Certificate c) => c.RevokedOn is null ? "valid" : "revoked";

    /// <summary>The number after <paramref name="highest"/> of the issuer's <paramref name="year"/> (<c>2026-000001</c>).</summary>
    public static string NextNumber(int year, string? highest)
    {
        var prefix = $"{year}-";
        var last = highest is not null && highest.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(highest[prefix.Length..], out var n) ? n : 0;
        return prefix + (last + 1).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A new verification code of 12 characters (about 59 bits): not guessable within the public rate limit.</summary>
    public static string NewCode() => System.Security.Cryptography.RandomNumberGenerator.GetString(CodeAlphabet, 12);

    /// <summary>A name with all but its first character hidden.</summary>
    public static string MaskName(string name) => CheckIn.CheckInCodes.MaskName(name);
}
