using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.SocialOrg.Supervision;

/// <summary>A decision the daily job raised, as staff see it.</summary>
public sealed record ReminderView(Guid Id, string Kind, Guid SubjectId, Guid OrganisationId, string OrganisationName, string CreditCode, DateOnly RaisedOn,
    DateOnly DueOn, bool Overdue, string Note, DateOnly? ResolvedOn);

/// <summary><c>/api/socialorg/list-reminders</c>: what the lists' daily job raised for staff to decide (the work items' list).</summary>
public sealed class ListReminderEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/list-reminders", ListAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgListReminders")
            .WithSummary("Decisions the lists' daily job raised in scope (kind: removal-due|escalation-due|grade-expiring; open: false to include resolved ones), earliest due first; paged.");
    }

    private static async Task<Ok<Paged<ReminderView>>> ListAsync(string? kind, bool? open, [AsParameters] PageQuery paging, SocialOrgDb db, ICallerContext caller,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var query = db.ListReminders.AsNoTracking().WithinScope(caller);
        if (Enum.GetValues<ReminderKind>().FirstOrDefault(k => ListDeadlineRules.KindCode(k) == kind) is var k and not 0) query = query.Where(r => r.Kind == k);
        if (open != false) query = query.Where(r => r.ResolvedOn == null);
        var today = clock.BeijingToday();
        var page = await query.OrderBy(r => r.DueOn).ThenBy(r => r.Id)
            .Join(db.Organisations, r => r.OrganisationId, o => o.Id, (r, o) => new { Reminder = r, o.Name, o.CreditCode }).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page.Map(x => new ReminderView(x.Reminder.Id, ListDeadlineRules.KindCode(x.Reminder.Kind), x.Reminder.SubjectId, x.Reminder.OrganisationId,
            x.Name, x.CreditCode, x.Reminder.RaisedOn, x.Reminder.DueOn, x.Reminder.ResolvedOn is null && x.Reminder.DueOn < today, x.Reminder.Note, x.Reminder.ResolvedOn)));
    }
}
