using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Registry.Common;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Platform.Registry.Welfare;

/// <summary>A resident's welfare statuses. Every response carries welfare data and is audited.</summary>
internal static class WelfareEndpoints
{
    public static void Map(RouteGroupBuilder registry)
    {
        var statuses = registry.MapGroup("/persons/{id:guid}/welfare-statuses");
        statuses.MapGet("/", ListAsync)
            .WithName("ListWelfareStatuses")
            .WithSummary("A resident's welfare statuses, past and present. Audited as a sensitive read.")
            .RequirePermission(PlatformPermissions.RegistryRead);
        statuses.MapPost("/", AddAsync)
            .WithName("AddWelfareStatus")
            .WithSummary("Records a welfare status (低保, 特困, 低保边缘). Publishes registry.welfare-status-changed.")
            .RequirePermission(PlatformPermissions.RegistryWrite);
        statuses.MapPost("/{statusId:guid}/end", EndAsync)
            .WithName("EndWelfareStatus")
            .WithSummary("Ends a welfare status. Publishes registry.welfare-status-changed.")
            .RequirePermission(PlatformPermissions.RegistryWrite);
    }

    private static async Task<Results<Ok<IReadOnlyList<WelfareView>>, ProblemHttpResult>> ListAsync(
        Guid id, RegistryDbContext db, ICallerContext caller, SensitiveReads reads, TimeProvider clock, CancellationToken cancellationToken)
    {
        var person = await db.FindPersonAsync(caller, id, cancellationToken);
        if (person is null)
        {
            return RegistryAccess.PersonNotFound();
        }
        var records = await db.WelfareStatuses.AsNoTracking().Where(w => w.PersonId == id).OrderByDescending(w => w.StartsOn).ToListAsync(cancellationToken);
        return TypedResults.Ok(await ViewsAsync(id, records, reads, clock, cancellationToken));
    }

    private static async Task<Results<Created<WelfareView>, ValidationProblem, ProblemHttpResult>> AddAsync(
        Guid id, AddWelfareRequest request, RegistryDbContext db, ICallerContext caller, SensitiveReads reads, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var person = await db.FindPersonAsync(caller, id, cancellationToken);
        if (person is null)
        {
            return RegistryAccess.PersonNotFound();
        }
        var existing = await db.WelfareStatuses.Where(w => w.PersonId == id).ToListAsync(cancellationToken);
        var errors = new FieldErrors();
        var conflict = WelfareRules.CheckNew(request, person.BirthDate, existing.Select(w => w.ToContract()), errors, out var status);
        if (errors.HasErrors)
        {
            return Problems.Validation(errors.Errors);
        }
        if (person.Status != ResidentStatus.Alive)
        {
            return Problems.Conflict($"该居民已登记为{Choices.Status[person.Status]}，不能再登记救助身份。");
        }
        if (conflict is not null)
        {
            return Problems.Conflict(conflict);
        }

        var record = new WelfareRecord { Id = Guid.NewGuid(), PersonId = id, Kind = status.Kind, StartsOn = status.StartsOn, EndsOn = status.EndsOn };
        db.WelfareStatuses.Add(record);
        db.Publish(new WelfareStatusChanged(id, record.Kind));
        // The person's version guards the overlap check: two clerks adding overlapping statuses at once
        // both read "no overlap", but only one of them can move the version on.
        db.Entry(person).Property(p => p.Version).OriginalValue = person.Version;
        person.Version++;
        if (await SaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }
        var view = (await ViewsAsync(id, [record], reads, clock, cancellationToken))[0];
        return TypedResults.Created($"/api/platform/registry/persons/{id}/welfare-statuses/{record.Id}", view);
    }

    private static async Task<Results<Ok<WelfareView>, ValidationProblem, ProblemHttpResult>> EndAsync(
        Guid id, Guid statusId, EndWelfareRequest request, RegistryDbContext db, ICallerContext caller, SensitiveReads reads,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var person = await db.FindPersonAsync(caller, id, cancellationToken);
        var record = person is null ? null : await db.WelfareStatuses.FirstOrDefaultAsync(w => w.Id == statusId && w.PersonId == id, cancellationToken);
        if (person is null || record is null)
        {
            return Problems.NotFound("没有找到该居民或该救助身份（或不在您的管辖范围内）。");
        }
        var errors = new FieldErrors();
        if (WelfareRules.CheckEnd(record.ToContract(), request.EndsOn, errors) is { } conflict)
        {
            return Problems.Conflict(conflict);
        }
        if (errors.HasErrors)
        {
            return Problems.Validation(errors.Errors);
        }

        record.EndsOn = request.EndsOn;
        db.Publish(new WelfareStatusChanged(id, record.Kind));
        db.Entry(person).Property(p => p.Version).OriginalValue = person.Version;
        person.Version++;
        if (await SaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }
        return TypedResults.Ok((await ViewsAsync(id, [record], reads, clock, cancellationToken))[0]);
    }

    private static async Task<IReadOnlyList<WelfareView>> ViewsAsync(
        Guid personId, IReadOnlyList<WelfareRecord> records, SensitiveReads reads, TimeProvider clock, CancellationToken cancellationToken)
    {
        await reads.RecordAsync(personId, SensitiveReads.WelfareStatuses, cancellationToken);
        var today = clock.BeijingToday();
        return records.Select(w => new WelfareView(w.Id, w.Kind, w.StartsOn, w.EndsOn, w.ToContract().HoldsOn(today))).ToList();
    }

    private static async Task<ProblemHttpResult?> SaveAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.StaleVersion("该居民的救助信息刚被他人修改，请刷新后重新操作。");
        }
    }
}
