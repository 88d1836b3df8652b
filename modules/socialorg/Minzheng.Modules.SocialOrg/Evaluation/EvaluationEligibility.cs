using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Inspection;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Modules.SocialOrg.Supervision;

namespace Minzheng.Modules.SocialOrg.Evaluation;

/// <summary>
/// Gathers, from the module's own register, inspections, penalties, lists and grades, what <see cref="EvaluationRules.Ineligibility"/>
/// needs for a set of organisations — a few queries for the whole set, not one per organisation.
/// </summary>
internal sealed class EvaluationEligibility(SocialOrgDb db, InspectionOptions inspection)
{
    public async Task<Dictionary<Guid, EligibilityFacts>> FactsAsync(IReadOnlyList<Organisation> organisations, int year, DateOnly today,
        CancellationToken cancellationToken)
    {
        var ids = organisations.Select(o => o.Id).ToList();
        var last = year - 1;
        var inspections = await db.AnnualInspections.AsNoTracking().Where(i => ids.Contains(i.OrganisationId) && (i.Year == last || i.Year == last - 1))
            .Select(i => new { i.OrganisationId, i.Year, i.Conclusion }).ToListAsync(cancellationToken);
        var since = new DateOnly(last, 1, 1);
        var penalties = await db.Penalties.AsNoTracking().Where(p => ids.Contains(p.OrganisationId) && p.DecidedOn >= since)
            .Select(p => new { p.OrganisationId, p.DecidedOn }).ToListAsync(cancellationToken);
        var listed = await db.CreditListEntries.AsNoTracking().Where(e => ids.Contains(e.OrganisationId) && e.EnteredOn <= today && (e.RemovedOn == null || e.RemovedOn > today))
            .Select(e => new { e.OrganisationId, e.List, e.EnteredOn }).ToListAsync(cancellationToken);
        var grades = await db.Evaluations.AsNoTracking().Where(e => ids.Contains(e.OrganisationId) && e.Status == EvaluationStatus.Conferred && e.Grade != null)
            .Select(e => new { e.OrganisationId, e.ConferredOn, e.ValidUntil }).ToListAsync(cancellationToken);
        return organisations.ToDictionary(o => o.Id, o =>
        {
            var lastYear = inspections.FirstOrDefault(i => i.OrganisationId == o.Id && i.Year == last);
            var serious = listed.Where(e => e.OrganisationId == o.Id && e.List == CreditList.Serious).Select(e => (DateOnly?)e.EnteredOn).Min();
            var registered = o.Status == OrganisationStatus.Registered;
            var grade = grades.Where(g => g.OrganisationId == o.Id && EvaluationRules.Holds(g.ValidUntil, g.ConferredOn, registered, serious, today))
                .Select(g => g.ValidUntil).Max();
            return new EligibilityFacts(o.RegisteredOn, registered, lastYear?.Conclusion, lastYear is not null,
                o.RegisteredOn > InspectionRules.YearEnd(last) || InspectionRules.IsExempt(o.RegisteredOn, last, inspection),
                inspections.FirstOrDefault(i => i.OrganisationId == o.Id && i.Year == last - 1)?.Conclusion,
                penalties.Where(p => p.OrganisationId == o.Id).Select(p => (DateOnly?)p.DecidedOn).Max(),
                listed.Where(e => e.OrganisationId == o.Id).OrderByDescending(e => e.List).Select(e => SupervisionRules.ListLabel(e.List)).FirstOrDefault(),
                grade);
        });
    }
}
