using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Access;

namespace Minzheng.Modules.SocialOrg.Inspection;

/// <summary>An organisation of the due list and its inspection of the year, if any (a member-init type, so that EF filters on it).</summary>
internal sealed class DueEntry
{
    public Organisation Organisation { get; init; } = null!;

    public AnnualInspection? Inspection { get; init; }
}

/// <summary>
/// A year's due list computed from the register in the caller's scope (nothing is stored until a report arrives): the
/// organisations still registered that were registered by the year's end, each with its inspection of the year. The
/// state filter is the rules' <see cref="InspectionRules.StateOf"/> written as SQL.
/// </summary>
internal sealed class InspectionDueList(SocialOrgDb db, ICallerContext caller, InspectionOptions options)
{
    public IQueryable<DueEntry> Query(int year, DueState? state, string? q, DateOnly today)
    {
        var yearEnd = InspectionRules.YearEnd(year);
        var organisations = db.Organisations.AsNoTracking().WithinScope(caller)
            .Where(o => o.Status == OrganisationStatus.Registered && o.RegisteredOn <= yearEnd);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            organisations = organisations.Where(o => o.Name.Contains(text) || o.CreditCode == text.ToUpperInvariant());
        }
        var query =
            from o in organisations
            join i in db.AnnualInspections.AsNoTracking().Where(i => i.Year == year) on o.Id equals i.OrganisationId into found
            from i in found.DefaultIfEmpty()
            select new DueEntry { Organisation = o, Inspection = i };
        var exemptFrom = InspectionRules.ExemptFrom(year, options);
        var past = InspectionRules.PastDeadline(year, today, options);
        return state switch
        {
            DueState.Exempt => query.Where(e => e.Inspection == null && e.Organisation.RegisteredOn >= exemptFrom),
            DueState.Due => past ? query.Where(_ => false) : query.Where(e => e.Inspection == null && e.Organisation.RegisteredOn < exemptFrom),
            DueState.Overdue => past ? query.Where(e => e.Inspection == null && e.Organisation.RegisteredOn < exemptFrom) : query.Where(_ => false),
            DueState.Submitted => query.Where(e => e.Inspection != null && e.Inspection.Status == InspectionStatus.Submitted),
            DueState.Concluded => query.Where(e => e.Inspection != null && e.Inspection.Status == InspectionStatus.Concluded),
            _ => query,
        };
    }

    public DueRow Row(DueEntry e, int year, DateOnly today)
    {
        var o = e.Organisation;
        var i = e.Inspection;
        var state = InspectionRules.StateOf(o.RegisteredOn, year, i?.Status, today, options);
        return new DueRow(o.Id, o.Name, OrganisationRules.TypeCode(o.Type), o.CreditCode, o.DivisionCode, o.RegisteredOn, year,
            InspectionRules.Deadline(year, options), InspectionRules.StateCode(state),
            state == DueState.Exempt ? InspectionRules.ExemptReason(o.RegisteredOn, year, options) : null, i?.Id, i?.SubmittedOn, i?.Late,
            i?.Conclusion is { } c ? InspectionRules.ConclusionCode(c) : null);
    }
}
