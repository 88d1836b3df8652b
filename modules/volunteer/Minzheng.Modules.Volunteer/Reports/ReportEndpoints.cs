using System.Globalization;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minzheng.Sdk.Audit;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Volunteer.Reports;

/// <summary>
/// Hour reports under <c>/api/volunteer/reports</c>: confirmed hours by volunteer, team, activity, town, village or month
/// in a period, on screen page by page and as an XLSX workbook with a total row.
/// </summary>
public sealed class ReportEndpoints : ICarterModule
{
    private static readonly string[] Header = ["编码", "名称", "志愿者人数", "记录条数", "时长（小时）"];

    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/hours", PageAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerHoursReport").WithSummary("Confirmed hours in the caller's scope and a period, grouped by volunteer, team, activity, town, village or month; paged on the server.");
        app.MapGet("/reports/hours.xlsx", ExportAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerHoursReportExport").WithSummary("The same report, every row, as an XLSX workbook with a total row that counts each volunteer and record once.");
    }

    private static async Task<Results<Ok<Paged<HoursReportRow>>, ValidationProblem>> PageAsync(string? by, string? from, string? to, string? kind,
        [AsParameters] PageQuery paging, HoursReport report, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (HoursReportQuery.Read(errors, by, from, to, kind, clock.BeijingToday()) is not { } query) return errors.ToProblem();
        return TypedResults.Ok(await report.PageAsync(query, paging, ct));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(string? by, string? from, string? to, string? kind,
        HoursReport report, ITableFiles tables, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (HoursReportQuery.Read(errors, by, from, to, kind, clock.BeijingToday()) is not { } query) return errors.ToProblem();
        var rows = await report.AllAsync(query, ct);
        var total = await report.TotalAsync(query, ct);
        // A list of named people with their hours leaves the system: who took it is on record.
        if (query.By == ReportGrouping.Volunteer) await audit.RecordSensitiveReadAsync("ServiceRecord", "hours-report", "hours-by-volunteer-xlsx", ct);
        var cells = rows.Select(r => (IReadOnlyList<object?>)[r.Key, r.Label, r.Volunteers, r.Entries, r.Hours])
            .Append(["合计", query.By == ReportGrouping.Team ? "合计（每名志愿者、每条记录只计一次）" : "", total.Volunteers, total.Entries, total.Hours]);
        var period = string.Create(CultureInfo.InvariantCulture, $"{query.From:yyyy-MM-dd}至{query.To:yyyy-MM-dd}");
        var workbook = tables.WriteXlsx($"{query.GroupingText}", Header, cells);
        return TypedResults.File(workbook, TableMediaTypes.Xlsx, $"志愿服务时长统计-{query.KindText}-{query.GroupingText}-{period}.xlsx");
    }
}
