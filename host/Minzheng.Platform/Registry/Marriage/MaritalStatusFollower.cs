using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Events;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Marriage;

/// <summary>
/// Keeps residents' 婚姻状况 in step with the marriage module: both parties of a registered marriage
/// become 已婚, of a divorce 离婚 — those the registry holds in the event's district; parties from
/// elsewhere (全国通办) are simply not here. Idempotent: a status already set is left alone, so a
/// redelivered event changes nothing. Runs as the platform (the audit trail names 系统).
/// </summary>
internal sealed class MaritalStatusFollower(RegistryDbContext db, TimeProvider clock, ILogger<MaritalStatusFollower> logger)
    : IIntegrationEventHandler<MarriageRegistered>, IIntegrationEventHandler<MarriageDivorced>
{
    public Task HandleAsync(MarriageRegistered integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        SetAsync([integrationEvent.PartyA, integrationEvent.PartyB], MaritalStatus.Married, context, cancellationToken);

    public Task HandleAsync(MarriageDivorced integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        SetAsync([integrationEvent.PartyA, integrationEvent.PartyB], MaritalStatus.Divorced, context, cancellationToken);

    private async Task SetAsync(string?[] parties, MaritalStatus status, IntegrationEventContext context, CancellationToken cancellationToken)
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
        var persons = await db.Persons.Where(p => numbers.Contains(p.IdNumber) && p.MaritalStatus != status).ToListAsync(cancellationToken);
        foreach (var person in persons)
        {
            person.MaritalStatus = status;
            // A new version, as any change: an edit made from the page as it was before is refused (409).
            person.Version++;
        }
        if (persons.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
