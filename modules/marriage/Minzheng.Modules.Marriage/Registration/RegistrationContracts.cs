using Minzheng.Sdk.Data;
using Minzheng.Sdk.Events;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Marriage.Registration;

/// <summary>A request to register a marriage, as both parties present it in person.</summary>
/// <param name="PartyAIdNumber">Party A's ID number (18 characters, or a legacy 15-digit number).</param>
/// <param name="PartyAName">Party A's name.</param>
/// <param name="PartyAHukouCode">Party A's hukou county (6 digits), from the ID card's address; default: the registry, else the number's address code.</param>
/// <param name="PartyBIdNumber">Party B's ID number.</param>
/// <param name="PartyBName">Party B's name.</param>
/// <param name="PartyBHukouCode">Party B's hukou county.</param>
/// <param name="DeclarationSigned">Both signed the 申请结婚登记声明书 in person before the registrar.</param>
/// <param name="CeremonyOn">Optional day of a certificate ceremony (颁证仪式).</param>
public sealed record MarriageRequest(
    string? PartyAIdNumber, string? PartyAName, string? PartyAHukouCode,
    string? PartyBIdNumber, string? PartyBName, string? PartyBHukouCode,
    bool? DeclarationSigned, DateOnly? CeremonyOn);

/// <summary>The input of a change of a record (the version it is based on travels in the route).</summary>
/// <param name="Reason">Why (required where the action says so).</param>
/// <param name="Party">For a withdrawal: which party withdraws, <c>A</c> or <c>B</c>.</param>
public sealed record ChangeRequest(string? Reason, string? Party)
{
    /// <summary>No input.</summary>
    public static ChangeRequest None { get; } = new(null, null);
}

/// <summary>A marriage as staff read it (ID numbers masked).</summary>
/// <param name="Id">Record id.</param>
/// <param name="CertificateNumber">J number.</param>
/// <param name="PartyAIdNumber">Masked.</param>
/// <param name="PartyAName">Name.</param>
/// <param name="PartyBIdNumber">Masked.</param>
/// <param name="PartyBName">Name.</param>
/// <param name="RegisteredOn">Registration day.</param>
/// <param name="Status">See <see cref="MarriageStatus"/>.</param>
/// <param name="DivisionCode">Where it belongs.</param>
/// <param name="CrossProvince">跨省通办.</param>
/// <param name="CeremonyOn">Ceremony day.</param>
/// <param name="RegisteredBy">Registrar.</param>
/// <param name="VoidReason">Why voided.</param>
/// <param name="Version">For changes.</param>
/// <param name="History">Who did what, when.</param>
public sealed record MarriageView(
    Guid Id, string CertificateNumber, string PartyAIdNumber, string PartyAName, string PartyBIdNumber, string PartyBName,
    DateOnly RegisteredOn, string Status, string DivisionCode, bool CrossProvince, DateOnly? CeremonyOn, string RegisteredBy,
    string? VoidReason, int Version, IReadOnlyList<TimelineEntry> History)
{
    /// <summary>The view of a record.</summary>
    public static MarriageView Of(MarriageRecord m)
    {
        var history = new List<TimelineEntry>
        {
            new(m.DeclarationSignedAt, "双方签署声明书", m.RegisteredByName, null),
            new(m.RegisteredAt, "结婚登记", m.RegisteredByName, m.CertificateNumber),
        };
        if (m.VoidedAt is { } voided)
        {
            history.Add(new TimelineEntry(voided, "撤销登记", m.VoidedByName ?? "", m.VoidReason));
        }
        return new MarriageView(m.Id, m.CertificateNumber, Masking.Mask(m.PartyAIdNumber), m.PartyAName, Masking.Mask(m.PartyBIdNumber),
            m.PartyBName, m.RegisteredOn, m.Status, m.DivisionCode, m.CrossProvince, m.CeremonyOn, m.RegisteredByName, m.VoidReason, m.Version, history);
    }
}

/// <summary>
/// A marriage was registered. The registry sets both parties' 婚姻状况 to married. The name is the
/// contract with the registry: never change it.
/// </summary>
/// <param name="PartyA">Party A's full 18-character ID number.</param>
/// <param name="PartyB">Party B's full 18-character ID number.</param>
/// <param name="RegisteredOn">The registration day.</param>
/// <param name="CertificateNumber">The J certificate number.</param>
[IntegrationEvent("marriage.registered")]
public sealed record MarriageRegistered(string PartyA, string PartyB, DateOnly RegisteredOn, string CertificateNumber) : IIntegrationEvent;

/// <summary>
/// A marriage registration was voided (撤销): in law as if it had never been made. The registry puts
/// both parties' 婚姻状况 back to what it was before the registration. The name is the contract with
/// the registry: never change it.
/// </summary>
/// <param name="PartyA">Party A's full 18-character ID number.</param>
/// <param name="PartyB">Party B's full 18-character ID number.</param>
/// <param name="RegisteredOn">The day of the voided registration.</param>
/// <param name="CertificateNumber">The voided J certificate number: the one <see cref="MarriageRegistered"/> carried.</param>
/// <param name="VoidedOn">The day it was voided.</param>
[IntegrationEvent("marriage.registration-voided")]
public sealed record MarriageRegistrationVoided(string PartyA, string PartyB, DateOnly RegisteredOn, string CertificateNumber, DateOnly VoidedOn)
    : IIntegrationEvent;
