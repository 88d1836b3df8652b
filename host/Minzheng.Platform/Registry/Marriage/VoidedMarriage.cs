namespace Minzheng.Platform.Registry.Marriage;

/// <summary>
/// A marriage registration the marriage module voided. Kept so that its <c>marriage.registered</c>, if it
/// arrives after the void (a retried delivery), is recognised and ignored.
/// </summary>
internal sealed class VoidedMarriage
{
    /// <summary>The voided J certificate number.</summary>
    public string CertificateNumber { get; set; } = "";

    public DateOnly RegisteredOn { get; set; }

    public DateOnly VoidedOn { get; set; }
}
