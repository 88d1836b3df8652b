using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minzheng.Platform.Access;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Modules;
using Minzheng.Platform.Telemetry;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Events;

namespace Minzheng.Platform.Events;

/// <summary>
/// Delivers integration events from every module's outbox to the handlers of the modules enabled in
/// the event's district, and to the platform's own handlers (in every district). At least once: a delivery is recorded only after its handler returned, and a
/// message is marked dispatched only when every handler has taken it. Failures back off and retry.
/// </summary>
public sealed class OutboxDispatcher(
    ModuleCatalog modules,
    DistrictDirectory districts,
    ModuleEnablement enablement,
    ModuleDatabases databases,
    EventHandlerCatalog handlers,
    SystemScopeFactory scopes,
    Func<PlatformDbContext> platformDb,
    OutboxSignal signal,
    PlatformMetrics metrics,
    TimeProvider clock,
    IOptions<MinzhengOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 100;
    // How long a message taken by one instance is left alone by the others (a crashed instance's
    // messages are retried after it).
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BackgroundWork)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Event dispatch round failed; retrying at the next poll");
            }
            try
            {
                await signal.WaitAsync(options.Value.EventPollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round over every enabled module's outbox in every district. Returns the messages handled.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        foreach (var district in districts.All)
        {
            foreach (var platformDatabase in databases.PlatformDatabases.Where(p => typeof(ModuleDbContext).IsAssignableFrom(p.ContextType)))
            {
                handled += await DispatchOutboxAsync(district, platformDatabase.ContextType, cancellationToken);
            }
            foreach (var module in modules.Loaded.Where(m => enablement.IsEnabled(district.Id, m.Id)))
            {
                foreach (var contextType in ModuleCatalog.DbContextTypesOf(module))
                {
                    handled += await DispatchOutboxAsync(district, contextType, cancellationToken);
                }
            }
        }
        return handled;
    }

    private async Task<int> DispatchOutboxAsync(District district, Type contextType, CancellationToken cancellationToken)
    {
        await using var source = (ModuleDbContext)databases.Create(contextType, district.Id);
        var now = clock.GetUtcNow();
        var due = await source.OutboxMessages
            .Where(m => m.DispatchedAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.OccurredAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var sourceModule = modules.OwnerOf(contextType)?.Id ?? ModuleDatabases.PlatformSource;
        var handled = 0;
        foreach (var message in due)
        {
            if (!await ClaimAsync(source, message.Id, cancellationToken))
            {
                continue;
            }
            handled++;
            var failure = await DeliverAsync(district, sourceModule, message, cancellationToken);
            metrics.OutboxDelivered(district.Id, sourceModule, failure is null);
            if (failure is null)
            {
                message.DispatchedAt = clock.GetUtcNow();
                message.LastError = null;
            }
            else
            {
                message.Attempts++;
                message.LastError = failure;
                var backoff = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, message.Attempts)));
                message.NextAttemptAt = clock.GetUtcNow() + backoff;
            }
        }
        await source.SaveChangesAsync(cancellationToken);
        var outbox = contextType.Name;
        if (due.Count > 0 || metrics.ShouldLook(district.Id, sourceModule, outbox))
        {
            // Messages backing off after a failure wait too: the lag is of every message not yet delivered.
            var oldest = await source.OutboxMessages.Where(m => m.DispatchedAt == null).MinAsync(m => (DateTimeOffset?)m.OccurredAt, cancellationToken);
            metrics.OutboxLooked(district.Id, sourceModule, outbox, oldest);
        }
        return handled;
    }

    /// <summary>
    /// Takes <paramref name="messageId"/> for this instance by moving its next attempt past the lease.
    /// A conditional update is the claim: of several host instances on one database, exactly one sees
    /// the row change (on PostgreSQL the others wait for its row lock, then find the condition false).
    /// </summary>
    private async Task<bool> ClaimAsync(ModuleDbContext source, Guid messageId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + Lease;
        return await source.OutboxMessages
            .Where(m => m.Id == messageId && m.DispatchedAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, until), cancellationToken) == 1;
    }

    /// <returns>Null when every handler has taken the message; else the first failure.</returns>
    private async Task<string?> DeliverAsync(District district, string sourceModule, OutboxMessage message, CancellationToken cancellationToken)
    {
        string? failure = null;
        await using var ledger = platformDb();
        foreach (var handler in handlers.For(message.EventName).Where(h => h.IsPlatform || enablement.IsEnabled(district.Id, h.ModuleId)))
        {
            if (await ledger.EventDeliveries.AnyAsync(d => d.EventId == message.Id && d.Handler == handler.Key, cancellationToken))
            {
                continue;
            }
            try
            {
                await InvokeAsync(district, sourceModule, handler, message, cancellationToken);
                ledger.EventDeliveries.Add(new EventDelivery
                {
                    EventId = message.Id,
                    Handler = handler.Key,
                    DistrictId = district.Id,
                    DeliveredAt = clock.GetUtcNow(),
                });
                await ledger.SaveChangesAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Handler {Handler} failed on event {Event} {EventId} in district {District}",
                    handler.Key, message.EventName, message.Id, district.Id);
                failure ??= $"{handler.Key}: {e.Message}";
            }
        }
        return failure;
    }

    private async Task InvokeAsync(District district, string sourceModule, EventHandlerRegistration handler, OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize(message.Payload, handler.EventType, EventJson.Options)
            ?? throw new JsonException($"Event {message.Id} has an empty payload.");
        var context = new IntegrationEventContext(message.Id, district.Id, sourceModule, message.OccurredAt);
        await using var scope = scopes.ForDistrict(district);
        var instance = scope.ServiceProvider.GetService(handler.HandlerType)
            ?? throw new InvalidOperationException($"{handler.HandlerType.FullName} is not registered.");
        var method = typeof(IIntegrationEventHandler<>).MakeGenericType(handler.EventType)
            .GetMethod(nameof(IIntegrationEventHandler<IIntegrationEvent>.HandleAsync))!;
        try
        {
            await (Task)method.Invoke(instance, [payload, context, cancellationToken])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
