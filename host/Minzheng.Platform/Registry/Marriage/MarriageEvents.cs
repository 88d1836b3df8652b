using Minzheng.Sdk.Events;

namespace Minzheng.Platform.Registry.Marriage;

// The registry's own copies of the marriage module's events, matched by name: the platform never
// references a module. JSON as EventJson writes it (camelCase):
// { "partyA": "<18-character ID number>", "partyB": "…", "registeredOn": "yyyy-MM-dd", "certificateNumber": "…" }

/// <summary>A marriage was registered (结婚登记).</summary>
[IntegrationEvent("marriage.registered")]
internal sealed record MarriageRegistered(string? PartyA, string? PartyB, DateOnly RegisteredOn, string? CertificateNumber) : IIntegrationEvent;

/// <summary>A divorce was registered (离婚登记).</summary>
/// <remarks>JSON: <c>{ "partyA": "…", "partyB": "…", "divorcedOn": "yyyy-MM-dd", "certificateNumber": "…" }</c>.</remarks>
[IntegrationEvent("marriage.divorced")]
internal sealed record MarriageDivorced(string? PartyA, string? PartyB, DateOnly DivorcedOn, string? CertificateNumber) : IIntegrationEvent;

/// <summary>A marriage registration was voided (撤销): as if never registered.</summary>
/// <remarks>JSON: <c>{ "partyA": "…", "partyB": "…", "registeredOn": "yyyy-MM-dd", "certificateNumber": "…", "voidedOn": "yyyy-MM-dd" }</c>.</remarks>
[IntegrationEvent("marriage.registration-voided")]
internal sealed record MarriageRegistrationVoided(string? PartyA, string? PartyB, DateOnly RegisteredOn, string? CertificateNumber, DateOnly VoidedOn)
    : IIntegrationEvent;
