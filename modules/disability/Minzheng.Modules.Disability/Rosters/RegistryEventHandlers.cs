using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Disability.Applications;
using Minzheng.Modules.Disability.Data;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Events;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Disability.Rosters;

/// <summary>A death stops payment from the following month.</summary>
public sealed class ResidentDeceasedHandler(DisabilityDb db, EntitlementStopper stopper) : IIntegrationEventHandler<ResidentDeceased>
{
    /// <inheritdoc />
    public Task HandleAsync(ResidentDeceased integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        RegistryChanges.StopAllAsync(db, stopper, integrationEvent.ResidentId, integrationEvent.DiedOn, "死亡", cancellationToken);
}

/// <summary>Moving the hukou out of the district stops payment from the following month.</summary>
public sealed class ResidentMovedOutHandler(DisabilityDb db, EntitlementStopper stopper) : IIntegrationEventHandler<ResidentMovedOut>
{
    /// <inheritdoc />
    public Task HandleAsync(ResidentMovedOut integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        RegistryChanges.StopAllAsync(db, stopper, integrationEvent.ResidentId, integrationEvent.MovedOutOn, "户籍迁出本区", cancellationToken);
}

/// <summary>A certificate renewed, regraded, expired or revoked: follow it, or stop when no longer eligible.</summary>
public sealed class CertificateChangedHandler(DisabilityDb db, IResidentRegistry registry, EntitlementStopper stopper, SubsidyPolicy policy, TimeProvider clock)
    : IIntegrationEventHandler<DisabilityCertificateChanged>
{
    /// <inheritdoc />
    public Task HandleAsync(DisabilityCertificateChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        RegistryChanges.RecheckAsync(db, registry, stopper, policy, clock, integrationEvent.ResidentId, cancellationToken);
}

/// <summary>A welfare status began or ended: the living subsidy rests on 低保.</summary>
public sealed class WelfareStatusChangedHandler(DisabilityDb db, IResidentRegistry registry, EntitlementStopper stopper, SubsidyPolicy policy, TimeProvider clock)
    : IIntegrationEventHandler<WelfareStatusChanged>
{
    /// <inheritdoc />
    public Task HandleAsync(WelfareStatusChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        RegistryChanges.RecheckAsync(db, registry, stopper, policy, clock, integrationEvent.ResidentId, cancellationToken);
}

/// <summary>
/// What the handlers share. Each is idempotent without an inbox table: stopping twice changes nothing, and an
/// overpayment is flagged once per roster line (unique index), so a redelivered event is harmless.
/// </summary>
internal static class RegistryChanges
{
    public static async Task StopAllAsync(DisabilityDb db, EntitlementStopper stopper, Guid residentId, DateOnly lastDay, string reason, CancellationToken cancellationToken)
    {
        // Stopped ones too: a death recorded late moves an earlier stop back and flags what was overpaid.
        var applications = await db.Applications.Include(a => a.Steps)
            .Where(a => a.ResidentId == residentId && a.Status != ApplicationStatus.Rejected)
            .ToListAsync(cancellationToken);
        foreach (var application in applications)
        {
            await stopper.StopAsync(application, lastDay, reason, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task RecheckAsync(DisabilityDb db, IResidentRegistry registry, EntitlementStopper stopper, SubsidyPolicy policy,
        TimeProvider clock, Guid residentId, CancellationToken cancellationToken)
    {
        var applications = await OpenApplicationsAsync(db, residentId, cancellationToken);
        if (applications.Count == 0) return;
        var resident = await registry.GetAsync(residentId, cancellationToken);
        if (resident is null) return;
        var today = clock.BeijingToday();
        foreach (var application in applications)
        {
            var declaration = new ApplicantDeclaration(application.NeedsLongTermCare, application.ReceivesWorkInjuryCareAllowance);
            var eligibility = EligibilityRules.Check(resident, application.Kind, today, policy, declaration);
            if (eligibility.IsEligible)
            {
                // A renewal keeps the payments going; a new grade (hence amount) waits for staff to adjust it at review.
                application.CertificateValidUntil = eligibility.Certificate!.ValidUntil;
                continue;
            }
            var lastDay = EligibilityRules.LastEligibleDay(resident, application.Kind, today, policy, declaration);
            await stopper.StopAsync(application, lastDay, "不再符合条件：" + string.Join("；", eligibility.Failures.Select(f => f.Message)), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Task<List<SubsidyApplication>> OpenApplicationsAsync(DisabilityDb db, Guid residentId, CancellationToken cancellationToken) =>
        db.Applications.Include(a => a.Steps)
            .Where(a => a.ResidentId == residentId
                && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InNotice || a.Status == ApplicationStatus.Approved))
            .ToListAsync(cancellationToken);
}
