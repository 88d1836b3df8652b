namespace Minzheng.Sdk.Data;

/// <summary>
/// An integration event waiting in a module's own database to be delivered. Written in the same
/// transaction as the change that caused it, so an event is never lost nor sent for a change that
/// was rolled back. Modules do not touch it: use <see cref="ModuleDbContext.Publish"/>.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Event id (the idempotency key handlers see).</summary>
    public Guid Id { get; set; }

    /// <summary>Event name (<see cref="Events.IntegrationEventAttribute"/>).</summary>
    public string EventName { get; set; } = "";

    /// <summary>The event as JSON.</summary>
    public string Payload { get; set; } = "";

    /// <summary>When it was published; stamped by the platform when the change is saved.</summary>
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>When every handler had taken it; null while delivery is pending.</summary>
    public DateTimeOffset? DispatchedAt { get; set; }

    /// <summary>Delivery attempts that failed so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not to be retried before this time (back-off after failures).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The last failure, for operators.</summary>
    public string? LastError { get; set; }
}
