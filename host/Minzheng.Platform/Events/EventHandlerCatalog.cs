using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Events;

namespace Minzheng.Platform.Events;

/// <summary>One integration event handler found in a loaded module, or registered by the platform.</summary>
/// <param name="ModuleId">The module it belongs to: it runs only where that module is enabled; <see cref="PlatformId"/> runs in every district.</param>
/// <param name="HandlerType">The handler's concrete type, resolved from the container.</param>
/// <param name="EventType">The event type it takes (the module's own copy, matched by name).</param>
/// <param name="EventName">The event's name.</param>
public sealed record EventHandlerRegistration(string ModuleId, Type HandlerType, Type EventType, string EventName)
{
    /// <summary>Stable key of the handler in the delivery ledger.</summary>
    public string Key => $"{ModuleId}:{HandlerType.FullName}";

    /// <summary>The owner of the platform's own handlers (e.g. the registry following marriages).</summary>
    public const string PlatformId = Data.ModuleDatabases.PlatformSource;

    /// <summary>Whether the platform's services own the handler: they exist in every district.</summary>
    public bool IsPlatform => ModuleId == PlatformId;
}

/// <summary>
/// A handler of the platform's own, declared in its service registrations with
/// <see cref="PlatformEventHandlers.AddPlatformEventHandler{TEvent, THandler}"/>. Like a module's, it takes
/// its own copy of the event type, matched by name, and never references the publisher.
/// </summary>
public sealed record PlatformEventHandler(Type HandlerType, Type EventType);

/// <summary>Registers platform event handlers.</summary>
public static class PlatformEventHandlers
{
    /// <summary>Registers <typeparamref name="THandler"/> (scoped) as the platform's handler of <typeparamref name="TEvent"/>.</summary>
    public static IServiceCollection AddPlatformEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(new PlatformEventHandler(typeof(THandler), typeof(TEvent)));
        return services;
    }
}

/// <summary>Every integration event handler of the loaded modules and of the platform, by event name.</summary>
public sealed class EventHandlerCatalog
{
    private readonly ILookup<string, EventHandlerRegistration> _byEvent;

    /// <summary>Finds the handlers in the loaded modules' assemblies; the platform has none.</summary>
    public EventHandlerCatalog(ModuleCatalog modules) : this(modules, [])
    {
    }

    /// <summary>Finds the handlers in the loaded modules' assemblies, and adds the platform's.</summary>
    public EventHandlerCatalog(ModuleCatalog modules, IEnumerable<PlatformEventHandler> platformHandlers)
    {
        All = modules.Loaded
            .SelectMany(m => m.Assembly!.GetTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false })
                .SelectMany(t => t.GetInterfaces()
                    .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>))
                    .Select(i => i.GetGenericArguments()[0])
                    .Select(e => new EventHandlerRegistration(m.Id, t, e, IntegrationEventAttribute.NameOf(e)))))
            .Concat(platformHandlers.Select(h => new EventHandlerRegistration(EventHandlerRegistration.PlatformId, h.HandlerType, h.EventType,
                IntegrationEventAttribute.NameOf(h.EventType))))
            .ToList();
        _byEvent = All.ToLookup(h => h.EventName);
    }

    /// <summary>All handlers.</summary>
    public IReadOnlyList<EventHandlerRegistration> All { get; }

    /// <summary>The handlers of an event name.</summary>
    public IEnumerable<EventHandlerRegistration> For(string eventName) => _byEvent[eventName];
}
