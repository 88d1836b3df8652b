using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;

namespace Minzheng.Platform.Registry.Import;

/// <summary>Bulk import of residents: upload, follow, read the error report.</summary>
internal static class ImportEndpoints
{
    private const string Description =
        "Uploads a CSV (UTF-8, with or without BOM) or XLSX file in the resident exchange format (multipart field 'file'; " +
        "the headers the synthetic generator writes; 婚姻状况 optional) and queues it: 202 with the import to follow. " +
        "Rows are checked with the rules of the single-resident API and the uploader's scope. A row for a resident already on " +
        "record (same ID number) with identical data changes nothing; with different details it updates the resident as an " +
        "audited change (not when the resident is deceased or moved out: then the row is refused). Each row is written whole " +
        "or not at all; refused rows are listed in the error report. Too large: 413; not CSV/XLSX, unreadable or wrong headers: 400.";

    public static void Map(RouteGroupBuilder registry)
    {
        registry.MapPost("/imports", UploadAsync)
            .WithName("ImportResidents")
            .WithSummary("Uploads a file of residents and queues its import.")
            .WithDescription(Description)
            // No Accepts<IFormFile>() metadata: with it, routing answers any other content type with a bare
            // 404 before the handler can say what is wrong; the handler reads the form itself.
            // Cookie callers are checked by the platform's own anti-forgery middleware; bearer callers need none.
            .DisableAntiforgery()
            .RequirePermission(PlatformPermissions.RegistryImport);
        registry.MapGet("/imports", ListAsync)
            .WithName("ListResidentImports")
            .WithSummary("The district's imports within the caller's scope, newest first.")
            .RequirePermission(PlatformPermissions.RegistryImport);
        registry.MapGet("/imports/{id:guid}", GetAsync)
            .WithName("GetResidentImport")
            .WithSummary("An import's status (排队/进行中/完成/失败) and counts: rows read, imported, updated, unchanged, failed.")
            .RequirePermission(PlatformPermissions.RegistryImport);
        registry.MapGet("/imports/{id:guid}/errors.csv", ErrorsAsync)
            .WithName("GetResidentImportErrors")
            .WithSummary("The refused rows of an import (行号, 列, 原因) as CSV, UTF-8 with BOM for Excel.")
            .RequirePermission(PlatformPermissions.RegistryImport);
    }

    private static async Task<Results<Accepted<ImportView>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpContext http, RegistryDbContext db, ICallerContext caller, ImportFiles files, ITableFiles tables, ImportSignal signal,
        IOptions<MinzhengOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var limit = options.Value.ImportMaxFileBytes;
        var request = http.Request;
        if (!request.HasFormContentType)
        {
            return Problems.Validation("file", "请以 multipart/form-data 表单上传文件（字段名 file）。");
        }
        // Room for the multipart envelope around the file itself.
        var bodyLimit = limit + 64 * 1024;
        if (request.ContentLength > bodyLimit)
        {
            return TooLarge(limit);
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = bodyLimit;
        }
        // Files are buffered to disk by the form reader (beyond 64 KB), never held in memory whole.
        http.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = bodyLimit }));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        // A body cut off before its end (an interrupted upload, a client that never closes the multipart) is an
        // IOException of the form reader: the caller's broken request, not a server error.
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) || e is BadHttpRequestException { StatusCode: 413 }
                ? TooLarge(limit)
                : Problems.Validation("file", "上传的表单格式有误，无法读取文件。");
        }
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
        {
            return Problems.Validation("file", file is null ? "请选择要导入的文件（表单字段 file）。" : "上传的文件是空的。");
        }
        if (file.Length > limit)
        {
            return TooLarge(limit);
        }
        if (ImportUpload.FormatOf(file, out var formatError) is not { } format)
        {
            return Problems.Validation("file", formatError!);
        }

        var fileName = Path.GetFileName(file.FileName) is { Length: > 0 and <= 200 } name ? name : "import." + format.ToString().ToLowerInvariant();
        var import = ResidentImport.Queued(fileName, format, caller.Staff, caller.Scope, clock.GetUtcNow());
        var path = files.PathOf(caller.DistrictId, import.Id, format);
        await using (var target = File.Create(path))
        {
            await file.CopyToAsync(target, cancellationToken);
        }
        // The header is read now, so that a wrong file is refused while the uploader waits, not found later.
        if (CheckHeader(tables, path, format) is { } headerError)
        {
            File.Delete(path);
            return Problems.Validation("file", headerError);
        }

        db.Imports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/platform/registry/imports/{import.Id}", ImportView.Of(import));
    }

    private static string? CheckHeader(ITableFiles tables, string path, ImportFormat format)
    {
        try
        {
            using var sheet = tables.Open(path, format.AsTable());
            var header = sheet.ReadHeader();
            if (header is null || header.All(string.IsNullOrWhiteSpace))
            {
                return "文件中没有内容：第一行应为表头。";
            }
            return ImportColumns.From(header, out var error) is null ? error : null;
        }
        catch (TableFileException e)
        {
            return e.Message;
        }
    }

    private static async Task<Ok<ImportPage>> ListAsync(
        RegistryDbContext db, ICallerContext caller, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize ?? 20, 1, 100);
        var number = Math.Max(page ?? 1, 1);
        var visible = Visible(db, caller);
        var total = await visible.CountAsync(cancellationToken);
        var items = await visible.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ImportPage(items.Select(ImportView.Of).ToList(), total, number, size));
    }

    private static async Task<Results<Ok<ImportView>, ProblemHttpResult>> GetAsync(
        Guid id, RegistryDbContext db, ICallerContext caller, CancellationToken cancellationToken) =>
        await Visible(db, caller).FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is { } import
            ? TypedResults.Ok(ImportView.Of(import))
            : NotFound();

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ErrorsAsync(
        Guid id, RegistryDbContext db, ICallerContext caller, CancellationToken cancellationToken)
    {
        if (!await Visible(db, caller).AnyAsync(i => i.Id == id, cancellationToken))
        {
            return NotFound();
        }
        var errors = db.ImportErrors.AsNoTracking().Where(e => e.ImportId == id).OrderBy(e => e.Row).ThenBy(e => e.Id).AsAsyncEnumerable();
        return TypedResults.Stream(output => ImportErrorCsv.WriteAsync(output, errors, cancellationToken),
            "text/csv; charset=utf-8", $"import-{id:N}-errors.csv");
    }

    /// <summary>
    /// Imports the caller may follow: a district-level clerk sees all of the district's; a town or
    /// village clerk those started within their scope (another town's report names its rows' problems).
    /// </summary>
    private static IQueryable<ResidentImport> Visible(RegistryDbContext db, ICallerContext caller)
    {
        var imports = db.Imports.AsNoTracking();
        if (caller.Scope.Level == OrgLevel.District)
        {
            return imports;
        }
        var code = caller.Scope.DivisionCode;
        return imports.Where(i => i.ScopeCode.StartsWith(code));
    }

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有找到该导入记录（或不在您的管辖范围内）。");

    private static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(title: "文件过大", detail: $"导入文件不能超过{limit / 1024 / 1024.0:0.#} MB，请拆分后分批导入。",
            statusCode: StatusCodes.Status413PayloadTooLarge);
}
