using Minzheng.Sdk.Data;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Data;

/// <summary>A disability certificate (残疾人证) as the registry keeps it, revocation included.</summary>
internal sealed class DisabilityCertificateRecord
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>20 characters: the holder's ID number, then category and grade codes; unique in the district.</summary>
    [Sensitive]
    public string Number { get; set; } = "";

    [Sensitive]
    public DisabilityCategory Category { get; set; }

    [Sensitive]
    public int Grade { get; set; }

    public DateOnly IssuedOn { get; set; }

    public DateOnly ValidUntil { get; set; }

    /// <summary>Set when the certificate was revoked (注销); it no longer counts from that day.</summary>
    public DateOnly? RevokedOn { get; set; }

    public string? RevocationReason { get; set; }

    public int Version { get; set; } = 1;

    /// <summary>
    /// As modules see it: a revoked certificate is valid only until the day before revocation, so
    /// that <see cref="DisabilityCertificate.IsValidOn"/> answers correctly without knowing of revocation.
    /// </summary>
    public DisabilityCertificate ToContract() =>
        new(Number, Category, Grade, IssuedOn,
            RevokedOn is { } revoked && revoked <= ValidUntil ? revoked.AddDays(-1) : ValidUntil);
}
