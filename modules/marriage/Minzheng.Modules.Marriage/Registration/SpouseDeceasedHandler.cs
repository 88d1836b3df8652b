using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Data;
using Minzheng.Sdk.Events;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Marriage.Registration;

/// <summary>
/// A marriage ends with a party's death (民法典 art. 1064 ff.; the survivor is 丧偶 and may marry again).
/// Without this, the archive would keep the survivor "married" and refuse them for ever.
/// Idempotent: a marriage already ended is left as it is.
/// </summary>
public sealed class SpouseDeceasedHandler(MarriageDb db, IResidentRegistry registry) : IIntegrationEventHandler<ResidentDeceased>
{
    /// <inheritdoc />
    public async Task HandleAsync(ResidentDeceased integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (await registry.GetAsync(integrationEvent.ResidentId, cancellationToken) is not { } resident)
        {
            return;
        }
        var idNumber = resident.IdNumber.Value;
        var marriages = await db.Marriages
            .Where(m => m.Status == MarriageStatus.Registered && (m.PartyAIdNumber == idNumber || m.PartyBIdNumber == idNumber))
            .ToListAsync(cancellationToken);
        foreach (var marriage in marriages)
        {
            marriage.Status = MarriageStatus.EndedByDeath;
            marriage.DissolvedOn = integrationEvent.DiedOn;
            marriage.Version++;
        }
        // A concurrent change makes this throw: the platform retries the event, which is safe to repeat.
        await db.SaveChangesAsync(cancellationToken);
    }
}
