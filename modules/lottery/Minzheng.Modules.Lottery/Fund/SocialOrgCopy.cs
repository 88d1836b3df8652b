using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Events;

namespace Minzheng.Modules.Lottery.Fund;

// The social organisations module's events, declared here by name (the contract) and shape: this module never references
// that one's assembly. They arrive only where socialorg is enabled; elsewhere the copy stays empty and nothing is refused.

/// <summary>socialorg.listed: an organisation put on a credit list.</summary>
[IntegrationEvent("socialorg.listed")]
public sealed record SocialOrgListed(Guid EntryId, Guid OrganisationId, string CreditCode, string List, string Cause, DateOnly EnteredOn) : IIntegrationEvent;

/// <summary>socialorg.delisted: an organisation removed from a credit list.</summary>
[IntegrationEvent("socialorg.delisted")]
public sealed record SocialOrgDelisted(Guid EntryId, Guid OrganisationId, string CreditCode, string List, DateOnly RemovedOn) : IIntegrationEvent;

/// <summary>socialorg.penalised: a penalty decided against an organisation.</summary>
[IntegrationEvent("socialorg.penalised")]
public sealed record SocialOrgPenalised(Guid PenaltyId, Guid OrganisationId, string CreditCode, string Kind, decimal? Amount, DateOnly DecidedOn) : IIntegrationEvent;

/// <summary>This module's copy of a credit-list entry of the social organisations module (its own table).</summary>
public sealed class ListedOrganisation
{
    /// <summary>The publisher's list entry id: the key, so a repeated event changes nothing.</summary>
    public Guid EntryId { get; set; }

    /// <summary>统一社会信用代码.</summary>
    public string CreditCode { get; set; } = "";

    /// <summary>abnormal (活动异常名录) or serious (严重违法失信名单).</summary>
    public string List { get; set; } = "";

    /// <summary>列入原因.</summary>
    public string Cause { get; set; } = "";

    /// <summary>列入日期.</summary>
    public DateOnly EnteredOn { get; set; }

    /// <summary>移出日期; null while listed.</summary>
    public DateOnly? RemovedOn { get; set; }

    /// <summary>The list's Chinese name.</summary>
    public static string ListName(string list) => list == "serious" ? "严重违法失信名单" : "活动异常名录";
}

/// <summary>This module's copy of a penalty decided against an organisation (kept for the project's page).</summary>
public sealed class PenalisedOrganisation
{
    /// <summary>The publisher's penalty id (the key).</summary>
    public Guid PenaltyId { get; set; }

    /// <summary>统一社会信用代码.</summary>
    public string CreditCode { get; set; } = "";

    /// <summary>warning, fine, confiscation, stop-activities or revocation.</summary>
    public string Kind { get; set; } = "";

    /// <summary>决定日期.</summary>
    public DateOnly DecidedOn { get; set; }
}

/// <summary>Keeps the copy of the lists: an entry added once, whatever the number of deliveries.</summary>
public sealed class SocialOrgListedHandler(LotteryDb db) : IIntegrationEventHandler<SocialOrgListed>
{
    /// <inheritdoc />
    public async Task HandleAsync(SocialOrgListed integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (await db.ListedOrganisations.AnyAsync(l => l.EntryId == integrationEvent.EntryId, cancellationToken)) return;
        db.ListedOrganisations.Add(new ListedOrganisation
        {
            EntryId = integrationEvent.EntryId, CreditCode = integrationEvent.CreditCode, List = integrationEvent.List, Cause = integrationEvent.Cause,
            EnteredOn = integrationEvent.EnteredOn,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A removal ends the copied entry (an unknown entry is ignored: it was listed before this module was enabled).</summary>
public sealed class SocialOrgDelistedHandler(LotteryDb db) : IIntegrationEventHandler<SocialOrgDelisted>
{
    /// <inheritdoc />
    public async Task HandleAsync(SocialOrgDelisted integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (await db.ListedOrganisations.FirstOrDefaultAsync(l => l.EntryId == integrationEvent.EntryId, cancellationToken) is not { } entry) return;
        entry.RemovedOn ??= integrationEvent.RemovedOn;
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Keeps the copy of the penalties, once each.</summary>
public sealed class SocialOrgPenalisedHandler(LotteryDb db) : IIntegrationEventHandler<SocialOrgPenalised>
{
    /// <inheritdoc />
    public async Task HandleAsync(SocialOrgPenalised integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (await db.PenalisedOrganisations.AnyAsync(p => p.PenaltyId == integrationEvent.PenaltyId, cancellationToken)) return;
        db.PenalisedOrganisations.Add(new PenalisedOrganisation
        {
            PenaltyId = integrationEvent.PenaltyId, CreditCode = integrationEvent.CreditCode, Kind = integrationEvent.Kind, DecidedOn = integrationEvent.DecidedOn,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
