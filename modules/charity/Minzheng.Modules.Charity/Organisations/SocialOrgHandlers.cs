using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Charity.Data;
using Minzheng.Sdk.Events;

namespace Minzheng.Modules.Charity.Organisations;

// Each handler is idempotent: keyed by the publisher's ids, a repeated delivery finds its record and changes nothing.

/// <summary>A registration adds the organisation to the copy, once.</summary>
public sealed class SocialOrgRegisteredHandler(CharityDb db) : IIntegrationEventHandler<SocialOrgRegistered>
{
    /// <inheritdoc />
    public async Task HandleAsync(SocialOrgRegistered e, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (await db.Organisations.AnyAsync(o => o.Id == e.OrganisationId, cancellationToken)) return;
        db.Organisations.Add(new KnownOrganisation
        {
            Id = e.OrganisationId, Type = e.Type, Name = e.Name, CreditCode = e.CreditCode, DivisionCode = e.DivisionCode, RegisteredOn = e.RegisteredOn,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A 变更登记 replaces the copy's facts (an unknown organisation is ignored; an older change than the one applied too).</summary>
public sealed class SocialOrgChangedHandler(CharityDb db) : IIntegrationEventHandler<SocialOrgChanged>
{
    /// <inheritdoc />
    public async Task HandleAsync(SocialOrgChanged e, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (await db.Organisations.FirstOrDefaultAsync(o => o.Id == e.OrganisationId, cancellationToken) is not { } organisation) return;
        if (OrganisationRules.ApplyChange(organisation, e)) await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A deregistration ends the organisation in the copy (the first date kept).</summary>
public sealed class SocialOrgDeregisteredHandler(CharityDb db) : IIntegrationEventHandler<SocialOrgDeregistered>
{
    /// <inheritdoc />
    public async Task HandleAsync(SocialOrgDeregistered e, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (await db.Organisations.FirstOrDefaultAsync(o => o.Id == e.OrganisationId, cancellationToken) is not { } organisation) return;
        if (organisation.DeregisteredOn is not null) return;
        organisation.DeregisteredOn = e.DeregisteredOn;
        organisation.DeregistrationReason = e.Reason;
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A listing is copied once per entry.</summary>
public sealed class SocialOrgListedHandler(CharityDb db) : IIntegrationEventHandler<SocialOrgCreditListed>
{
    /// <inheritdoc />
    public async Task HandleAsync(SocialOrgCreditListed e, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (await db.CreditListEntries.AnyAsync(l => l.EntryId == e.EntryId, cancellationToken)) return;
        db.CreditListEntries.Add(new CreditListEntry { EntryId = e.EntryId, OrganisationId = e.OrganisationId, List = e.List, Cause = e.Cause, EnteredOn = e.EnteredOn });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A removal ends the copied entry (the first removal date kept; an unknown entry ignored).</summary>
public sealed class SocialOrgDelistedHandler(CharityDb db) : IIntegrationEventHandler<SocialOrgCreditDelisted>
{
    /// <inheritdoc />
    public async Task HandleAsync(SocialOrgCreditDelisted e, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (await db.CreditListEntries.FirstOrDefaultAsync(l => l.EntryId == e.EntryId, cancellationToken) is not { RemovedOn: null } entry) return;
        entry.RemovedOn = e.RemovedOn;
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A penalty is copied once.</summary>
public sealed class SocialOrgPenalisedHandler(CharityDb db) : IIntegrationEventHandler<SocialOrgPenaltyDecided>
{
    /// <inheritdoc />
    public async Task HandleAsync(SocialOrgPenaltyDecided e, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (await db.Penalties.AnyAsync(p => p.PenaltyId == e.PenaltyId, cancellationToken)) return;
        db.Penalties.Add(new PenaltyRecord { PenaltyId = e.PenaltyId, OrganisationId = e.OrganisationId, Kind = e.Kind, Amount = e.Amount, DecidedOn = e.DecidedOn });
        await db.SaveChangesAsync(cancellationToken);
    }
}
