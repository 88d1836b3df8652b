using Minzheng.Platform.Modules;
using Minzheng.Sdk.Events;

namespace Minzheng.Platform.Events;

/// <summary>One integration event handler found in a loaded module.</summary>
/// <param name="ModuleId">The module it belongs to: it runs only where that module is enabled.</param>
/// <param name="HandlerType">The handler's concrete type, resolved from the container.</param>
/// <param name="EventType">The event type it takes (the module's own copy, matched by name).</param>
/// <param name="EventName">The event's name.</param>
public sealed record EventHandlerRegistration(string ModuleId, Type HandlerType, Type EventType, string EventName)
{
    /// <summary>Stable key of the handler in the delivery ledger.</summary>
    public string Key => $"{ModuleId}:{HandlerType.FullName}";
}

/// <summary>Every integration event handler of the loaded modules, by event name.</summary>
public sealed class EventHandlerCatalog
{
    private readonly ILookup<string, EventHandlerRegistration> _byEvent;

    /// <summary>Finds the handlers in the loaded modules' assemblies.</summary>
    public EventHandlerCatalog(ModuleCatalog modules)
    {
        All = modules.Loaded
            .SelectMany(m => m.Assembly!.GetTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false })
                .SelectMany(t => t.GetInterfaces()
                    .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>))
                    .Select(i => i.GetGenericArguments()[0])
                    .Select(e => new EventHandlerRegistration(m.Id, t, e, IntegrationEventAttribute.NameOf(e)))))
            .ToList();
        _byEvent = All.ToLookup(h => h.EventName);
    }

    /// <summary>All handlers.</summary>
    public IReadOnlyList<EventHandlerRegistration> All { get; }

    /// <summary>The handlers of an event name.</summary>
    public IEnumerable<EventHandlerRegistration> For(string eventName) => _byEvent[eventName];
}
