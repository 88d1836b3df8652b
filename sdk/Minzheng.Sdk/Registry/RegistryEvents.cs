using Minzheng.Sdk.Events;

namespace Minzheng.Sdk.Registry;

/// <summary>A resident was added to the registry.</summary>
/// <param name="ResidentId">Registry id.</param>
/// <param name="DivisionCode">Village code of residence.</param>
[IntegrationEvent("registry.resident-registered")]
public sealed record ResidentRegistered(Guid ResidentId, string DivisionCode) : IIntegrationEvent;

/// <summary>A resident died.</summary>
/// <param name="ResidentId">Registry id.</param>
/// <param name="DiedOn">Date of death.</param>
[IntegrationEvent("registry.resident-deceased")]
public sealed record ResidentDeceased(Guid ResidentId, DateOnly DiedOn) : IIntegrationEvent;

/// <summary>A resident moved their hukou out of the district.</summary>
/// <param name="ResidentId">Registry id.</param>
/// <param name="MovedOutOn">Date of moving out.</param>
[IntegrationEvent("registry.resident-moved-out")]
public sealed record ResidentMovedOut(Guid ResidentId, DateOnly MovedOutOn) : IIntegrationEvent;

/// <summary>A resident's disability certificate was issued, changed, expired or revoked.</summary>
/// <param name="ResidentId">Registry id.</param>
/// <param name="CertificateNumber">The certificate concerned.</param>
[IntegrationEvent("registry.disability-certificate-changed")]
public sealed record DisabilityCertificateChanged(Guid ResidentId, string CertificateNumber) : IIntegrationEvent;

/// <summary>A resident's welfare status began, changed or ended.</summary>
/// <param name="ResidentId">Registry id.</param>
/// <param name="Kind">The status concerned.</param>
[IntegrationEvent("registry.welfare-status-changed")]
public sealed record WelfareStatusChanged(Guid ResidentId, WelfareKind Kind) : IIntegrationEvent;
