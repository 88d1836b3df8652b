namespace Minzheng.Sdk.Events;

/// <summary>
/// Marker of an integration event: a fact one module (or the platform) tells the others. Events are
/// serialized as JSON and matched by the name in <see cref="IntegrationEventAttribute"/>, not by CLR
/// type, so a consuming module may declare its own copy of an event type without referencing the
/// publisher.
/// </summary>
public interface IIntegrationEvent;

/// <summary>Names an integration event. The name is the contract: never change it once published.</summary>
/// <param name="name">Dotted name, publisher first, e.g. <c>registry.resident-deceased</c>.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventAttribute(string name) : Attribute
{
    /// <summary>The event's name.</summary>
    public string Name { get; } = name;

    /// <summary>The name of an event type: its attribute, else its full CLR name.</summary>
    public static string NameOf(Type eventType) =>
        eventType.GetCustomAttributes(typeof(IntegrationEventAttribute), false) is [IntegrationEventAttribute a, ..]
            ? a.Name
            : eventType.FullName ?? eventType.Name;
}
