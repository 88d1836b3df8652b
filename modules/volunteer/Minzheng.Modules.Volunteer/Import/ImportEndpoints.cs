using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Volunteer.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;

namespace Minzheng.Modules.Volunteer.Import;

/// <summary>
/// Bulk imports under <c>/api/volunteer/imports</c>: volunteers, and past hours (confirmed), from CSV or XLSX files read by
/// the platform's table readers; each row checked as its form is, rows already there skipped (a file may be sent again),
/// every refused row reported with its reasons; the templates to fill.
/// </summary>
public sealed class ImportEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/imports", ListAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerListImports").WithSummary("Imports made in the caller's scope, latest first; paged on the server.");
        app.MapGet("/imports/{id:guid}", GetAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerGetImport").WithSummary("One import's outcome: rows read, created, skipped as already there, refused.");
        app.MapGet("/imports/{id:guid}/errors", ErrorsAsync).RequirePermission(VolunteerPermissions.Read)
            .WithName("VolunteerImportErrors").WithSummary("An import's refused rows with their reasons, in file order; paged on the server.");
        app.MapPost("/imports/volunteers", ImportVolunteersAsync).RequirePermission(VolunteerPermissions.Register).DisableAntiforgery()
            .WithName("VolunteerImportVolunteers").WithSummary("Registers the volunteers of a CSV/XLSX file as the form would; people already registered are skipped.");
        app.MapPost("/imports/hours", ImportHoursAsync).RequirePermission(VolunteerPermissions.Confirm).DisableAntiforgery()
            .WithName("VolunteerImportHours").WithSummary("Past hours of a CSV/XLSX file, confirmed where they were kept; rows imported before are skipped.");
        app.MapGet("/imports/volunteers/template.xlsx", (ITableFiles tables) => Template(tables, "志愿者", VolunteerFileImport.Header))
            .RequirePermission(VolunteerPermissions.Register)
            .WithName("VolunteerImportVolunteersTemplate").WithSummary("The volunteers' import template: the header staff fill under.");
        app.MapGet("/imports/hours/template.xlsx", (ITableFiles tables) => Template(tables, "服务时长", HoursFileImport.Header))
            .RequirePermission(VolunteerPermissions.Confirm)
            .WithName("VolunteerImportHoursTemplate").WithSummary("The past hours' import template: the header staff fill under.");
    }

    private static async Task<Ok<Paged<ImportView>>> ListAsync([AsParameters] PageQuery paging, VolunteerDb db, ICallerContext caller, CancellationToken ct)
    {
        var page = await db.Imports.AsNoTracking().WithinScope(caller).OrderByDescending(i => i.ImportedAt).ThenBy(i => i.Id).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Map(ImportView.Of));
    }

    private static async Task<Results<Ok<ImportView>, ProblemHttpResult>> GetAsync(Guid id, VolunteerDb db, ICallerContext caller, CancellationToken ct) =>
        await db.Imports.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(i => i.Id == id, ct) is { } import
            ? TypedResults.Ok(ImportView.Of(import))
            : NotFound();

    private static async Task<Results<Ok<Paged<RowError>>, ProblemHttpResult>> ErrorsAsync(Guid id, [AsParameters] PageQuery paging, VolunteerDb db,
        ICallerContext caller, CancellationToken ct) =>
        await db.Imports.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(i => i.Id == id, ct) is { } import
            ? TypedResults.Ok(import.RowErrors.ToPage(paging))
            : NotFound();

    private static Task<Results<Created<ImportView>, ValidationProblem>> ImportVolunteersAsync(IFormFile? file, VolunteerDb db, ITableFiles tables,
        VolunteerFileImport importer, ICallerContext caller, TimeProvider clock, CancellationToken ct) =>
        RunAsync(ImportKind.Volunteers, file, db, tables, caller, clock, importer.RunAsync, ct);

    private static Task<Results<Created<ImportView>, ValidationProblem>> ImportHoursAsync(IFormFile? file, VolunteerDb db, ITableFiles tables,
        HoursFileImport importer, ICallerContext caller, TimeProvider clock, CancellationToken ct) =>
        RunAsync(ImportKind.Hours, file, db, tables, caller, clock, importer.RunAsync, ct);

    // One shape for both: the file opened by the platform's readers, a problem with the file as a whole answered on
    // "file" with nothing saved, else the import kept with its outcome and the rows that passed saved with it in one commit.
    private static async Task<Results<Created<ImportView>, ValidationProblem>> RunAsync(ImportKind kind, IFormFile? file, VolunteerDb db, ITableFiles tables,
        ICallerContext caller, TimeProvider clock, Func<ITableFile, VolunteerImport, CancellationToken, Task<string?>> import, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return Problems.Validation("file", "请选择要导入的文件（CSV或XLSX）");
        var record = new VolunteerImport
        {
            Id = Guid.NewGuid(), Kind = kind, FileName = Path.GetFileName(file.FileName) is { Length: > 0 and <= 200 } name ? name : "上传的文件",
            ImportedAt = clock.GetUtcNow(), StaffName = caller.Staff.Name, DivisionCode = caller.Scope.DivisionCode,
        };
        try
        {
            using var table = await tables.OpenUploadAsync(file, ct);
            if (await import(table, record, ct) is { } problem) return Problems.Validation("file", problem);
        }
        catch (TableFileException e)
        {
            return Problems.Validation("file", e.Message);
        }
        db.Imports.Add(record);
        return TypedResults.Created($"/api/volunteer/imports/{record.Id}", ImportView.Of(record));
    }

    private static FileContentHttpResult Template(ITableFiles tables, string what, IReadOnlyList<string> header) =>
        TypedResults.File(tables.WriteXlsx(what, header, []), TableMediaTypes.Xlsx, $"{what}导入模板.xlsx");

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这次导入，或其不在您的辖区内。");
}
