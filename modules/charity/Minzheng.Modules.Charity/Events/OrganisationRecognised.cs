using Minzheng.Sdk.Events;

namespace Minzheng.Modules.Charity.Events;

/// <summary>
/// Published when the district recognises a registered social organisation as a 慈善组织 (慈善组织认定). Part of the module's
/// public contract: change it only by adding members.
/// </summary>
/// <param name="OrganisationId">The organisation (socialorg's id).</param>
/// <param name="CreditCode">Its unified social credit code.</param>
/// <param name="Name">Its name.</param>
/// <param name="RecognisedOn">认定日期 (Beijing date).</param>
[IntegrationEvent("charity.recognised")]
public sealed record OrganisationRecognised(Guid OrganisationId, string CreditCode, string Name, DateOnly RecognisedOn) : IIntegrationEvent;
