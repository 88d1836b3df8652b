using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Events;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Platform.Registry.Marriage;

/// <summary>
/// Keeps residents' 婚姻状况 in step with the marriage module: both parties of a registered marriage
/// become 已婚, of a divorce 离婚, from the registration's date — those the registry holds in the event's
/// district; parties from elsewhere (全国通办) are simply not here. In the order of the dates, not of
/// arrival: an event older than the status on record is ignored (<see cref="MaritalStatusRules"/>).
/// A voided marriage registration puts back the status it replaced, where it is still the one in force.
/// Idempotent: a redelivered event changes nothing. Runs as the platform (the audit trail names 系统).
/// </summary>
internal sealed class MaritalStatusFollower(RegistryDbContext db, TimeProvider clock, ILogger<MaritalStatusFollower> logger)
    : IIntegrationEventHandler<MarriageRegistered>, IIntegrationEventHandler<MarriageDivorced>, IIntegrationEventHandler<MarriageRegistrationVoided>
{
    public Task HandleAsync(MarriageRegistered integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        FollowAsync([integrationEvent.PartyA, integrationEvent.PartyB], MaritalStatus.Married, integrationEvent.RegisteredOn,
            integrationEvent.CertificateNumber, context, cancellationToken);

    public Task HandleAsync(MarriageDivorced integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        FollowAsync([integrationEvent.PartyA, integrationEvent.PartyB], MaritalStatus.Divorced, integrationEvent.DivorcedOn,
            integrationEvent.CertificateNumber, context, cancellationToken);

    public async Task HandleAsync(MarriageRegistrationVoided integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(integrationEvent.CertificateNumber))
        {
            // Without the number the registry cannot tell which registration to undo; retrying would not tell it either.
            logger.LogWarning("Event {EventId} voids a registration without naming its certificate; skipped", context.EventId);
            return;
        }
        var number = integrationEvent.CertificateNumber;
        // Remembered first, so that the registration's own event, should it come late, is recognised as void.
        if (!await db.VoidedMarriages.AnyAsync(v => v.CertificateNumber == number, cancellationToken))
        {
            db.VoidedMarriages.Add(new VoidedMarriage
            {
                CertificateNumber = number, RegisteredOn = integrationEvent.RegisteredOn, VoidedOn = integrationEvent.VoidedOn,
            });
        }
        foreach (var person in await PartiesAsync([integrationEvent.PartyA, integrationEvent.PartyB], context, cancellationToken))
        {
            if (person.UndoRegistration(number))
            {
                person.Version++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task FollowAsync(string?[] parties, MaritalStatus status, DateOnly effectiveOn, string? certificateNumber,
        IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (certificateNumber is not null && await db.VoidedMarriages.AnyAsync(v => v.CertificateNumber == certificateNumber, cancellationToken))
        {
            logger.LogInformation("Event {EventId} is about registration {Certificate}, voided since; ignored", context.EventId, certificateNumber);
            return;
        }
        var changed = false;
        foreach (var person in await PartiesAsync(parties, context, cancellationToken))
        {
            if (!MaritalStatusRules.Replaces(status, effectiveOn, person.MaritalStatus, person.MaritalStatusSince))
            {
                logger.LogInformation("Event {EventId} ({Status} on {Date}) is not newer than a resident's status on record; ignored",
                    context.EventId, status, effectiveOn);
                continue;
            }
            person.FollowRegistration(status, effectiveOn, certificateNumber);
            // A new version, as any change: an edit made from the page as it was before is refused (409).
            person.Version++;
            changed = true;
        }
        if (changed)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The residents of this district the event names.</summary>
    private async Task<List<Person>> PartiesAsync(string?[] parties, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
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
        return await db.Persons.Where(p => numbers.Contains(p.IdNumber)).ToListAsync(cancellationToken);
    }
}
