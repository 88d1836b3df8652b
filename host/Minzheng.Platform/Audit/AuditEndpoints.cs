using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Audit.Checkpoints;
using Minzheng.Platform.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Platform.Audit;

/// <summary><c>/api/platform/audit</c>: search, export and verify the caller's district's audit trail.</summary>
internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/platform/audit").WithTags("审计");
        audit.MapGet("/", SearchAsync)
            .WithName("SearchAudit")
            .WithSummary("The district's audit entries, newest first, filtered by source, entity, key, person, actor, action and time; paginated.")
            .RequirePermission(PlatformPermissions.AuditRead);
        audit.MapGet("/export.csv", ExportAsync)
            .WithName("ExportAudit")
            .WithSummary("The same selection as a CSV file (UTF-8 with BOM, header in Chinese), newest first.")
            .RequirePermission(PlatformPermissions.AuditRead);
        audit.MapPost("/verify", VerifyAsync)
            .WithName("VerifyAudit")
            .WithSummary("Walks the district's hash chain and reports the first entry altered, inserted or removed.")
            .RequirePermission(PlatformPermissions.AuditVerify);
        // Part of verifying: whoever may verify the chain may anchor its head now (before a risky change, an inspection).
        audit.MapPost("/checkpoints", CheckpointAsync)
            .WithName("CheckpointAudit")
            .WithSummary("Signs the district's chain head now and keeps it in the checkpoint store outside the audit database.")
            .RequirePermission(PlatformPermissions.AuditVerify);
    }

    /// <summary>A checkpoint as the API shows it: which entry, its hash, when, and with which key (never where the store is: that is the deployer's).</summary>
    public sealed record AuditCheckpointDto(long Sequence, string Hash, DateTimeOffset At, string KeyId);

    /// <summary>An audit entry as the API shows it.</summary>
    public sealed record AuditEntryDto(
        long Sequence, DateTimeOffset At, string Source, string ActorId, string ActorName, string Action,
        string Entity, string Key, string? PersonKey, string? Before, string? After, string Hash);

    /// <summary>One page of a search.</summary>
    public sealed record AuditPage(IReadOnlyList<AuditEntryDto> Items, int Total, int Page, int PageSize);

    private static async Task<Results<Ok<AuditPage>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        [AsParameters] AuditQuery query, ICallerContext caller, ModuleDatabases databases, CancellationToken cancellationToken)
    {
        if (DistrictLevelProblem(caller) is { } problem)
        {
            return problem;
        }
        var (filter, page, pageSize, errors) = query.Parse();
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }
        await using var db = databases.Create<AuditDbContext>(caller.DistrictId);
        var selected = filter.Apply(db.Entries.AsNoTracking());
        var total = await selected.CountAsync(cancellationToken);
        var items = await selected.OrderByDescending(e => e.Sequence)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(e => new AuditEntryDto(e.Sequence, e.At, e.Source, e.ActorId, e.ActorName, e.Action, e.Entity, e.Key, e.PersonKey, e.Before, e.After, e.Hash))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new AuditPage(items, total, page, pageSize));
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(
        [AsParameters] AuditQuery query, ICallerContext caller, ModuleDatabases databases, AuditWriter writer, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (DistrictLevelProblem(caller) is { } problem)
        {
            return problem;
        }
        var (filter, _, _, errors) = query.Parse();
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }
        var districtId = caller.DistrictId;
        // Taking the trail away in bulk is itself worth a line in it: who, and which selection.
        await writer.AppendAsync(districtId, new AuditDraft(ModuleDatabases.PlatformSource, AuditActor.From(caller), "exported", "AuditTrail", districtId,
            After: System.Text.Json.JsonSerializer.Serialize(filter, AuditJson.Options)), cancellationToken);
        var fileName = $"audit-{districtId}-{BeijingTime.Format(clock.GetUtcNow())[..10]}.csv";
        return TypedResults.Stream(async output =>
        {
            await using var db = databases.Create<AuditDbContext>(districtId);
            var entries = filter.Apply(db.Entries.AsNoTracking()).OrderByDescending(e => e.Sequence).AsAsyncEnumerable();
            await AuditCsv.WriteAsync(output, entries, cancellationToken);
        }, "text/csv; charset=utf-8", fileName);
    }

    private static async Task<Results<Ok<AuditVerification>, ProblemHttpResult>> VerifyAsync(
        ICallerContext caller, AuditVerifier verifier, CancellationToken cancellationToken)
    {
        if (DistrictLevelProblem(caller) is { } problem)
        {
            return problem;
        }
        return TypedResults.Ok(await verifier.VerifyAsync(caller.DistrictId, cancellationToken));
    }

    private static async Task<Results<Ok<AuditCheckpointDto>, ProblemHttpResult>> CheckpointAsync(
        ICallerContext caller, AuditWriter writer, AuditCheckpoints checkpoints, CancellationToken cancellationToken)
    {
        if (DistrictLevelProblem(caller) is { } problem)
        {
            return problem;
        }
        // Who anchored the chain is itself in the chain, as the last entry the checkpoint covers.
        await writer.AppendAsync(caller.DistrictId, new AuditDraft(ModuleDatabases.PlatformSource, AuditActor.From(caller), "checkpoint-signed",
            "AuditTrail", caller.DistrictId), cancellationToken);
        var checkpoint = await checkpoints.TakeAsync(caller.DistrictId, evenIfUnchanged: true, cancellationToken)
                         ?? throw new InvalidOperationException("The chain is empty although an entry was just appended.");
        return TypedResults.Ok(new AuditCheckpointDto(checkpoint.Sequence, checkpoint.Hash, checkpoint.At, checkpoint.KeyId));
    }

    /// <summary>
    /// Entries carry no division code, so they cannot be narrowed to a town: a town or village
    /// account would see the whole district's records. Only district-level accounts read the trail.
    /// </summary>
    private static ProblemHttpResult? DistrictLevelProblem(ICallerContext caller) =>
        caller.Scope.Level == OrgLevel.District ? null : Problems.Forbidden("只有区级账户可以查看和校验审计日志。");
}
