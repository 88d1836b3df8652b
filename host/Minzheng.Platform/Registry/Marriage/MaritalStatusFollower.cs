using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Events;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Marriage;

/// <summary>
/// Keeps residents' 婚姻状况 in step with the marriage module: both parties of a registered marriage
/// become 已婚, of a divorce 离婚, from the registration's date — those the registry holds in the event's
/// district; parties from elsewhere (全国通办) are simply not here. In the order of the dates, not of
/// arrival: an event older than the status on record is ignored (<see cref="MaritalStatusRules"/>).
/// Idempotent: a redelivered event changes nothing. Runs as the platform (the audit trail names 系统).
/// </summary>
internal sealed class MaritalStatusFollower(RegistryDbContext db, TimeProvider clock, ILogger<MaritalStatusFollower> logger)
    : IIntegrationEventHandler<MarriageRegistered>, IIntegrationEventHandler<MarriageDivorced>
{
    public Task HandleAsync(MarriageRegistered integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        SetAsync([integrationEvent.PartyA, integrationEvent.PartyB], MaritalStatus.Married, integrationEvent.RegisteredOn, context, cancellationToken);

    public Task HandleAsync(MarriageDivorced integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        SetAsync([integrationEvent.PartyA, integrationEvent.PartyB], MaritalStatus.Divorced, integrationEvent.DivorcedOn, context, cancellationToken);

    private async Task SetAsync(string?[] parties, MaritalStatus status, DateOnly effectiveOn, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var today = Common.RegistryClock.Today(clock);
        var numbers = new List<string>();
        foreach (var party in parties)
        {
            // A number the registry cannot read can never match a resident: nothing to do, and
            // throwing would only retry the event for ever.
            if (IdNumber.TryParse(party, today, out var number, out _))
            {
                numbers.Add(number.Value);
            }
            else
            {
                logger.LogWarning("Event {EventId} names a party whose ID number is not valid; skipped", context.EventId);
            }
        }
        var persons = await db.Persons.Where(p => numbers.Contains(p.IdNumber)).ToListAsync(cancellationToken);
        var changed = false;
        foreach (var person in persons)
        {
            if (!MaritalStatusRules.Replaces(status, effectiveOn, person.MaritalStatus, person.MaritalStatusSince))
            {
                logger.LogInformation("Event {EventId} ({Status} on {Date}) is not newer than a resident's status on record; ignored",
                    context.EventId, status, effectiveOn);
                continue;
            }
            person.MaritalStatus = status;
            person.MaritalStatusSince = effectiveOn;
            // A new version, as any change: an edit made from the page as it was before is refused (409).
            person.Version++;
            changed = true;
        }
        if (changed)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
