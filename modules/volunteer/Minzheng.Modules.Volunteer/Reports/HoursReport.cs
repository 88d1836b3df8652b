using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Modules.Volunteer.Hours;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Volunteer.Reports;

/// <summary>
/// Computes hour reports in the database — one GROUP BY over the confirmed records of the caller's scope and period —
/// and names the rows of the page it answers (volunteers, teams, activities, towns, months).
/// </summary>
internal sealed class HoursReport(VolunteerDb db, ICallerContext caller, IDivisionNames names)
{
    /// <summary>One page of the report: by place and month in their order, by volunteer, team and activity most hours first.</summary>
    public Task<Paged<HoursReportRow>> PageAsync(HoursReportQuery query, PageQuery paging, CancellationToken ct) => RowsAsync(query, paging, ct);

    /// <summary>
    /// Every row of the report (for the export), in the page's order: the same grouped query as the list's, run once
    /// without paging (page by page would aggregate the whole period again for every page).
    /// </summary>
    public async Task<IReadOnlyList<HoursReportRow>> AllAsync(HoursReportQuery query, CancellationToken ct) => (await RowsAsync(query, null, ct)).Items;

    private async Task<Paged<HoursReportRow>> RowsAsync(HoursReportQuery query, PageQuery? paging, CancellationToken ct)
    {
        var records = query.By == ReportGrouping.Team ? ByTeam(query) : Records(query);
        return query.By switch
        {
            ReportGrouping.Volunteer => await VolunteersNamedAsync(await Group(records, r => r.VolunteerId).OrderByDescending(g => g.Weight).ThenBy(g => g.Key).ToPageOrAllAsync(paging, ct), ct),
            ReportGrouping.Team => await TeamsNamedAsync(await Group(records, r => r.TeamId).OrderByDescending(g => g.Weight).ThenBy(g => g.Key).ToPageOrAllAsync(paging, ct), ct),
            ReportGrouping.Activity => await ActivitiesNamedAsync(await Group(records, r => r.ActivityId).OrderByDescending(g => g.Weight).ThenBy(g => g.Key).ToPageOrAllAsync(paging, ct), ct),
            ReportGrouping.Village => Named(await Group(records, r => r.Village).OrderBy(g => g.Key).ToPageOrAllAsync(paging, ct)),
            ReportGrouping.Month => Named(await Group(records, r => r.Month).OrderBy(g => g.Key).ToPageOrAllAsync(paging, ct)),
            _ => Named(await Group(records, r => r.Town).OrderBy(g => g.Key).ToPageOrAllAsync(paging, ct)),
        };
    }

    /// <summary>The report's totals, each volunteer and record once.</summary>
    public async Task<HoursReportTotal> TotalAsync(HoursReportQuery query, CancellationToken ct)
    {
        var records = Records(query);
        var entries = await records.CountAsync(ct);
        var hours = await records.SumAsync(r => (decimal?)r.Hours, ct) ?? 0m;
        var volunteers = await records.Select(r => r.VolunteerId).Distinct().CountAsync(ct);
        return new HoursReportTotal(volunteers, entries, hours);
    }

    private IQueryable<Counted> Records(HoursReportQuery query) =>
        Confirmed(query).Select(r => new Counted
        {
            VolunteerId = r.VolunteerId, ActivityId = r.ActivityId, Village = r.DivisionCode, Town = r.DivisionCode.Substring(0, 9),
            Month = r.Date.Year * 100 + r.Date.Month, Hours = r.Hours,
        });

    private IQueryable<ServiceRecord> Confirmed(HoursReportQuery query)
    {
        var records = db.ServiceRecords.AsNoTracking().WithinScope(caller)
            .Where(r => r.Status == RecordStatus.Confirmed && r.Date >= query.From && r.Date <= query.To);
        return query.Kind is { } kind ? records.Where(r => r.Kind == kind) : records;
    }

    // A record counts for each team its volunteer belonged to on the record's date.
    private IQueryable<Counted> ByTeam(HoursReportQuery query) =>
        from r in Confirmed(query)
        join m in db.TeamMembers on r.VolunteerId equals m.VolunteerId
        where m.JoinedOn <= r.Date && (m.LeftOn == null || m.LeftOn > r.Date)
        select new Counted { VolunteerId = r.VolunteerId, TeamId = m.TeamId, Village = r.DivisionCode, Hours = r.Hours };

    private static IQueryable<Group<TKey>> Group<TKey>(IQueryable<Counted> records, Expression<Func<Counted, TKey>> key) =>
        records.GroupBy(key).Select(g => new Group<TKey>
        {
            Key = g.Key,
            Volunteers = g.Select(r => r.VolunteerId).Distinct().Count(),
            Entries = g.Count(),
            Hours = g.Sum(r => r.Hours),
            // SQLite orders by numbers, not by decimals: the order's weight is the same sum as a double.
            Weight = g.Sum(r => (double)r.Hours),
        });

    private Paged<HoursReportRow> Named(Paged<Group<string>> page) =>
        page.Map(g => new HoursReportRow(g.Key, names.NameOf(g.Key) ?? g.Key, g.Volunteers, g.Entries, g.Hours));

    private static Paged<HoursReportRow> Named(Paged<Group<int>> page) =>
        page.Map(g => new HoursReportRow(
            string.Create(CultureInfo.InvariantCulture, $"{g.Key / 100}-{g.Key % 100:D2}"), $"{g.Key / 100}年{g.Key % 100}月", g.Volunteers, g.Entries, g.Hours));

    private async Task<Paged<HoursReportRow>> VolunteersNamedAsync(Paged<Group<Guid>> page, CancellationToken ct)
    {
        var ids = page.Items.Select(g => g.Key).ToList();
        // A whole export names most of the district's volunteers: read them all rather than send an IN list of that size.
        var named = ids.Count > PageQuery.MaxPageSize ? db.Volunteers.AsNoTracking() : db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.Id));
        var volunteers = await named.Select(v => new { v.Id, v.Number, v.Name }).ToDictionaryAsync(v => v.Id, ct);
        return page.Map(g => new HoursReportRow(volunteers[g.Key].Number, volunteers[g.Key].Name, g.Volunteers, g.Entries, g.Hours));
    }

    private async Task<Paged<HoursReportRow>> TeamsNamedAsync(Paged<Group<Guid>> page, CancellationToken ct)
    {
        var ids = page.Items.Select(g => g.Key).ToList();
        var named = ids.Count > PageQuery.MaxPageSize ? db.Teams.AsNoTracking() : db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id));
        var teams = await named.ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return page.Map(g => new HoursReportRow(g.Key.ToString(), teams[g.Key], g.Volunteers, g.Entries, g.Hours));
    }

    private async Task<Paged<HoursReportRow>> ActivitiesNamedAsync(Paged<Group<Guid?>> page, CancellationToken ct)
    {
        var ids = page.Items.Where(g => g.Key is not null).Select(g => g.Key!.Value).ToList();
        var named = ids.Count > PageQuery.MaxPageSize ? db.Activities.AsNoTracking() : db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id));
        var titles = await named.ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        return page.Map(g => g.Key is { } id
            ? new HoursReportRow(id.ToString(), titles.GetValueOrDefault(id, id.ToString()), g.Volunteers, g.Entries, g.Hours)
            : new HoursReportRow("", "（未关联活动的手工录入）", g.Volunteers, g.Entries, g.Hours));
    }
}

/// <summary>A confirmed record as a report counts it (with the team it counts for, in a report by team).</summary>
internal sealed class Counted
{
    public Guid VolunteerId { get; init; }

    public Guid? ActivityId { get; init; }

    public Guid TeamId { get; init; }

    public string Village { get; init; } = "";

    public string Town { get; init; } = "";

    public int Month { get; init; }

    public decimal Hours { get; init; }
}

/// <summary>One group as the database sums it.</summary>
internal sealed class Group<TKey>
{
    public required TKey Key { get; init; }

    public int Volunteers { get; init; }

    public int Entries { get; init; }

    public decimal Hours { get; init; }

    public double Weight { get; init; }
}
