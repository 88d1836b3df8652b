namespace Minzheng.Sdk.Events;

/// <summary>
/// Handles an integration event. Implementations in a module assembly are found by scanning and are
/// called only for districts that enable the module.
/// </summary>
/// <remarks>
/// Delivery is at least once: after a crash or a failed attempt the same event (same
/// <see cref="IntegrationEventContext.EventId"/>) comes again, so a handler must be idempotent.
/// A handler that throws is retried later; once it returns, the platform records the delivery and
/// does not call it again for that event.
/// </remarks>
/// <typeparam name="TEvent">The event type, matched by <see cref="IntegrationEventAttribute"/> name.</typeparam>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    /// <summary>Handles one event for the district in <paramref name="context"/>.</summary>
    Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken);
}

/// <summary>Where an event came from.</summary>
/// <param name="EventId">Unique id of the event: the key for idempotency.</param>
/// <param name="DistrictId">The district it happened in; the handler runs acting for that district.</param>
/// <param name="Source">Id of the module that published it (<c>platform</c> for the platform's services).</param>
/// <param name="OccurredAt">When it was published.</param>
public sealed record IntegrationEventContext(Guid EventId, string DistrictId, string Source, DateTimeOffset OccurredAt);
