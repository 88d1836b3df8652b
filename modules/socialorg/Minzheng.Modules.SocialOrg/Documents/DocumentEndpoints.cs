using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.SocialOrg.Applications;
using Minzheng.Modules.SocialOrg.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Audit;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;

namespace Minzheng.Modules.SocialOrg.Documents;

/// <summary>
/// 申请材料电子件, under <c>/api/socialorg/applications/{id}/</c>: the scans of an application's documents, uploaded by staff
/// of its scope until the decision (PDF, JPEG or PNG by content, the SDK's <see cref="UploadRules.Documents"/>), each for one
/// document of the checklist, which it then counts as handed in. The files hold personal data (ID cards): each download is
/// audited as a sensitive read.
/// </summary>
public sealed class DocumentEndpoints : ICarterModule
{
    /// <inheritdoc />
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/applications/{id:guid}/checklist", ChecklistAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgApplicationChecklist").WithSummary("The documents the application's workflow asks for (configured), each with whether it was handed in and its files.");
        app.MapGet("/applications/{id:guid}/files", FilesAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgListApplicationFiles").WithSummary("The files of an application (their facts; each file by its own route).");
        app.MapGet("/applications/{id:guid}/files/{fileId:guid}", FileAsync).RequirePermission(SocialOrgPermissions.Read)
            .WithName("SocialOrgGetApplicationFile").WithSummary("One file of an application, under the type its bytes are; the read is audited.");
        app.MapPost("/applications/{id:guid}/files", UploadAsync).RequirePermission(SocialOrgPermissions.Application).DisableAntiforgery()
            .WithName("SocialOrgUploadApplicationFile").WithSummary("Uploads a document of the application (multipart: file, document) before its decision; PDF, JPEG or PNG, at most 20 MB.");
    }

    private static async Task<Results<Ok<ChecklistItem[]>, ProblemHttpResult>> ChecklistAsync(Guid id, SocialOrgDb db, ICallerContext caller, ApplicationOptions options,
        CancellationToken cancellationToken)
    {
        if (await db.RegistrationApplications.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } a) return NotFound();
        var files = await db.ApplicationFiles.Where(f => f.ApplicationId == id).GroupBy(f => f.DocumentName).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return TypedResults.Ok(DocumentRules.Choices(a.Kind, options)
            .Select(n => new ChecklistItem(n, a.Documents.Any(d => d.Name == n), files.GetValueOrDefault(n))).ToArray());
    }

    private static async Task<Results<Ok<ApplicationFileRow[]>, ProblemHttpResult>> FilesAsync(Guid id, SocialOrgDb db, ICallerContext caller, CancellationToken cancellationToken)
    {
        if (!await db.RegistrationApplications.WithinScope(caller).AnyAsync(a => a.Id == id, cancellationToken)) return NotFound();
        var files = await db.ApplicationFiles.AsNoTracking().Where(f => f.ApplicationId == id).OrderBy(f => f.UploadedAt).ThenBy(f => f.DocumentName)
            .Select(f => new ApplicationFile
            {
                Id = f.Id, ApplicationId = f.ApplicationId, DocumentName = f.DocumentName, FileName = f.FileName, ContentType = f.ContentType, Size = f.Size,
                UploadedAt = f.UploadedAt, UploadedBy = f.UploadedBy,
            })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(files.Select(ApplicationFileRow.Of).ToArray());
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FileAsync(Guid id, Guid fileId, SocialOrgDb db, ICallerContext caller, IAuditTrail audit,
        CancellationToken cancellationToken)
    {
        if (!await db.RegistrationApplications.WithinScope(caller).AnyAsync(a => a.Id == id, cancellationToken)) return NotFound();
        if (await db.ApplicationFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.ApplicationId == id, cancellationToken) is not { } file)
        {
            return Problems.NotFound("没有这份材料。");
        }
        await audit.RecordSensitiveReadAsync(nameof(ApplicationFile), file.Id.ToString(), "application-document", cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Results<Created<ApplicationFileRow>, ProblemHttpResult, ValidationProblem>> UploadAsync(Guid id, IFormFile? file, [FromForm] string? document,
        SocialOrgDb db, ICallerContext caller, ApplicationOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var name = errors.Text("document", document, "材料名称", DocumentRules.NameLength);
        var upload = await Uploads.ReadAsync(errors, "file", file, UploadRules.Documents, cancellationToken);
        if (await db.RegistrationApplications.WithinScope(caller).Include(a => a.Steps).FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } a) return NotFound();
        if (!errors.Has("document") && !DocumentRules.Choices(a.Kind, options).Contains(name))
        {
            errors.Add("document", $"“{name}”不是{ApplicationRules.KindLabel(a.Kind)}申请的材料，请从清单中选择（清单外的选“{DocumentRules.Other}”）");
        }
        if (errors.HasErrors) return errors.ToProblem();
        if (DocumentRules.UploadProblem(a.Status) is { } closed) return Problems.Conflict($"{closed}。", "状态不允许");
        if (await db.ApplicationFiles.AnyAsync(f => f.ApplicationId == id && f.Sha256 == upload!.Sha256, cancellationToken))
        {
            return Problems.Conflict("这个文件已上传到本申请，不必重复上传。", "文件重复");
        }
        var stored = new ApplicationFile
        {
            Id = Guid.NewGuid(), ApplicationId = id, DocumentName = name, FileName = upload!.FileName, ContentType = upload.ContentType, Content = upload.Content,
            Size = upload.Content.Length, Sha256 = upload.Sha256, UploadedAt = clock.GetUtcNow(), UploadedBy = caller.Staff.Name,
        };
        db.ApplicationFiles.Add(stored);
        // The checklist counts what was handed in: a file of a document not yet listed hands it in.
        if (name != DocumentRules.Other && a.Documents.All(d => d.Name != name)) a.Documents.Add(new ApplicationDocument { Name = name, Copies = 1, Note = "电子件" });
        ApplicationIntake.Record(db, a, caller, clock, "上传材料", $"{name}：{stored.FileName}");
        return TypedResults.Created($"/api/socialorg/applications/{id}/files/{stored.Id}", ApplicationFileRow.Of(stored));
    }

    private static ProblemHttpResult NotFound() => Problems.NotFound("没有这份登记申请，或它不在您的辖区内。");
}
