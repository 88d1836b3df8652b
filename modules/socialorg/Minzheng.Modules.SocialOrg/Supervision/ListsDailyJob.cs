using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Modules.SocialOrg.Evaluation;
using Minzheng.Modules.SocialOrg.Events;
using Minzheng.Modules.SocialOrg.Inspection;
using Minzheng.Modules.SocialOrg.Register;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Jobs;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Supervision;

/// <summary>
/// The credit lists' daily job: raises what staff must decide — an 活动异常名录 entry whose cause was remedied (the late
/// annual report of its year arrived) due for removal within the working days, an entry on it for the configured years
/// due for the 严重违法失信名单 (escalated by the job itself only with <c>Lists:AutoEscalate</c>), a grade about to lapse —
/// and resolves what no longer needs a decision; a grade whose validity ran out is marked and published once
/// (<c>socialorg.grade-expired</c>). Safe to repeat: one reminder per kind and subject, one event per grade.
/// </summary>
internal sealed class ListsDailyJob(SocialOrgDb db, ICallerContext caller, ListDeadlineOptions options, TimeProvider clock) : IModuleJob
{
    public TimeSpan Interval => TimeSpan.FromHours(24);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.BeijingToday();
        var reminders = await db.ListReminders.ToListAsync(cancellationToken);
        var active = await db.CreditListEntries.Where(e => e.RemovedOn == null).ToListAsync(cancellationToken);
        var abnormal = active.Where(e => e.List == CreditList.Abnormal).ToList();
        var seriousNow = active.Where(e => e.List == CreditList.Serious).Select(e => e.OrganisationId).ToHashSet();
        var ids = abnormal.Select(e => e.OrganisationId).ToList();
        var reports = await db.AnnualInspections.AsNoTracking().Where(i => ids.Contains(i.OrganisationId))
            .Select(i => new { i.OrganisationId, i.Year, i.SubmittedOn }).ToListAsync(cancellationToken);

        var wanted = new List<ListReminder>();
        foreach (var entry in abnormal)
        {
            // The only cause the module can see remedied: the unfiled report of a year (InspectionRules.OverdueCause) that arrived.
            if (reports.FirstOrDefault(r => r.OrganisationId == entry.OrganisationId && InspectionRules.OverdueCause(r.Year) == entry.Cause) is { } report)
            {
                wanted.Add(Reminder(ReminderKind.RemovalDue, entry.Id, entry.OrganisationId, entry.DivisionCode, ListDeadlineRules.RemovalDue(report.SubmittedOn, options),
                    $"{report.Year}年度年检报告已于{report.SubmittedOn:yyyy-MM-dd}报送"));
            }
            else if (ListDeadlineRules.DueForEscalation(entry, today, options) && !seriousNow.Contains(entry.OrganisationId))
            {
                if (options.AutoEscalate)
                {
                    await EscalateAsync(entry, today, cancellationToken);
                    seriousNow.Add(entry.OrganisationId);
                }
                else
                {
                    wanted.Add(Reminder(ReminderKind.EscalationDue, entry.Id, entry.OrganisationId, entry.DivisionCode, ListDeadlineRules.EscalationDue(entry.EnteredOn, options),
                        $"{entry.EnteredOn:yyyy-MM-dd}列入活动异常名录（{entry.Cause}）"));
                }
            }
        }

        var graded = await db.Evaluations.AsNoTracking().Where(e => e.Status == EvaluationStatus.Conferred && e.ValidUntil != null)
            .Join(db.Organisations.Where(o => o.Status == OrganisationStatus.Registered), e => e.OrganisationId, o => o.Id, (e, o) => e)
            .ToListAsync(cancellationToken);
        foreach (var e in graded.Where(e => ListDeadlineRules.Expiring(e.ValidUntil!.Value, today, options) && !seriousNow.Contains(e.OrganisationId)))
        {
            // A newer grade of the same organisation conferred since: nothing to decide.
            if (graded.Any(n => n.OrganisationId == e.OrganisationId && n.ConferredOn > e.ConferredOn)) continue;
            wanted.Add(Reminder(ReminderKind.GradeExpiring, e.Id, e.OrganisationId, e.DivisionCode, e.ValidUntil!.Value,
                $"{EvaluationRules.GradeLabel(e.Grade)}等级有效期至{e.ValidUntil:yyyy-MM-dd}"));
        }

        await LapseGradesAsync(today, cancellationToken);

        foreach (var reminder in wanted.Where(w => !reminders.Any(r => r.Kind == w.Kind && r.SubjectId == w.SubjectId))) db.ListReminders.Add(reminder);
        foreach (var open in reminders.Where(r => r.ResolvedOn is null && !wanted.Any(w => w.Kind == r.Kind && w.SubjectId == r.SubjectId))) open.ResolvedOn = today;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Staff removing or listing at the same moment: the next run sees what was saved.
        }

        ListReminder Reminder(ReminderKind kind, Guid subject, Guid organisation, string division, DateOnly due, string note) => new()
        {
            Id = Guid.NewGuid(), Kind = kind, SubjectId = subject, OrganisationId = organisation, DivisionCode = division, RaisedOn = today, DueOn = due, Note = note,
        };
    }

    // A grade past its validity is marked once and published (socialorg.grade-expired); a second run finds it marked.
    private async Task LapseGradesAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var lapsed = await db.Evaluations.Where(e => e.Status == EvaluationStatus.Conferred && e.ExpiredOn == null && e.ValidUntil < today)
            .Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => new { Evaluation = e, o.CreditCode, o.Name })
            .ToListAsync(cancellationToken);
        foreach (var x in lapsed.Where(x => x.Evaluation.Grade is not null))
        {
            var e = x.Evaluation;
            e.ExpiredOn = today;
            db.Publish(new OrganisationGradeExpired(e.Id, e.OrganisationId, x.CreditCode, x.Name, e.Year, e.Grade!.Value, e.ValidUntil!.Value, today));
        }
    }

    private async Task EscalateAsync(CreditListEntry entry, DateOnly today, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstAsync(o => o.Id == entry.OrganisationId, cancellationToken);
        SupervisionEndpoints.Enter(db, organisation, CreditList.Serious, ListDeadlineRules.EscalationCause(options),
            $"列入活动异常名录满{options.EscalationYears}年（{entry.EnteredOn:yyyy-MM-dd}列入）", today, caller, clock);
    }
}
