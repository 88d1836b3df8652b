using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Registry.Common;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Platform.Registry.Certificates;

/// <summary>A resident's disability certificates. Every response carries disability data and is audited.</summary>
internal static class CertificateEndpoints
{
    public static void Map(RouteGroupBuilder registry)
    {
        var certificates = registry.MapGroup("/persons/{id:guid}/disability-certificates");
        certificates.MapGet("/", ListAsync)
            .WithName("ListDisabilityCertificates")
            .WithSummary("A resident's disability certificates, revoked ones included. Audited as a sensitive read.")
            .RequirePermission(PlatformPermissions.RegistryRead);
        certificates.MapPost("/", AddAsync)
            .WithName("AddDisabilityCertificate")
            .WithSummary("Records a certificate. Publishes registry.disability-certificate-changed.")
            .RequirePermission(PlatformPermissions.RegistryWrite);
        certificates.MapPut("/{certificateId:guid}", UpdateAsync)
            .WithName("UpdateDisabilityCertificate")
            .WithSummary("Corrects a certificate; carries its version (stale: 409). Publishes registry.disability-certificate-changed.")
            .RequirePermission(PlatformPermissions.RegistryWrite);
        certificates.MapPost("/{certificateId:guid}/revoke", RevokeAsync)
            .WithName("RevokeDisabilityCertificate")
            .WithSummary("Revokes (注销) a certificate. Publishes registry.disability-certificate-changed.")
            .RequirePermission(PlatformPermissions.RegistryWrite);
    }

    private static async Task<Results<Ok<IReadOnlyList<CertificateView>>, ProblemHttpResult>> ListAsync(
        Guid id, RegistryDbContext db, ICallerContext caller, SensitiveReads reads, TimeProvider clock, CancellationToken cancellationToken)
    {
        var person = await db.FindPersonAsync(caller, id, cancellationToken);
        if (person is null)
        {
            return RegistryAccess.PersonNotFound();
        }
        var records = await db.DisabilityCertificates.AsNoTracking()
            .Where(c => c.PersonId == id)
            .OrderByDescending(c => c.IssuedOn)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(await ViewsAsync(person, records, reads, clock, cancellationToken));
    }

    private static async Task<Results<Created<CertificateView>, ValidationProblem, ProblemHttpResult>> AddAsync(
        Guid id, CertificateRequest request, RegistryDbContext db, ICallerContext caller, SensitiveReads reads, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var person = await db.FindPersonAsync(caller, id, cancellationToken);
        if (person is null)
        {
            return RegistryAccess.PersonNotFound();
        }
        var errors = new FieldErrors();
        if (CertificateRules.Check(request, person.ParsedIdNumber(), clock.BeijingToday(), errors) is not { } certificate)
        {
            return Problems.Validation(errors.Errors);
        }
        if (person.Status != ResidentStatus.Alive)
        {
            return Problems.Conflict($"该居民已登记为{Choices.Status[person.Status]}，不能再登记残疾人证。");
        }
        if (await db.DisabilityCertificates.AnyAsync(c => c.Number == certificate.Number, cancellationToken))
        {
            return DuplicateNumber();
        }

        var record = new DisabilityCertificateRecord { Id = Guid.NewGuid(), PersonId = id };
        Apply(record, certificate);
        db.DisabilityCertificates.Add(record);
        db.Publish(new DisabilityCertificateChanged(id, record.Number));
        if (await SaveAsync(db, cancellationToken) is { } conflict)
        {
            return conflict;
        }
        var view = (await ViewsAsync(person, [record], reads, clock, cancellationToken))[0];
        return TypedResults.Created($"/api/platform/registry/persons/{id}/disability-certificates/{record.Id}", view);
    }

    private static async Task<Results<Ok<CertificateView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, Guid certificateId, CertificateRequest request, RegistryDbContext db, ICallerContext caller, SensitiveReads reads,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, caller, id, certificateId, cancellationToken) is not (var person, var record))
        {
            return CertificateNotFound();
        }
        var errors = new FieldErrors();
        if (request.Version is null)
        {
            errors.Add("version", "请提供修改所依据的版本号（version）");
        }
        var certificate = CertificateRules.Check(request, person.ParsedIdNumber(), clock.BeijingToday(), errors);
        if (certificate is null || request.Version is null)
        {
            return Problems.Validation(errors.Errors);
        }
        if (request.Version != record.Version)
        {
            return StaleCertificate(record.Version);
        }
        if (record.RevokedOn is not null)
        {
            return Problems.Conflict("该残疾人证已注销，不能修改。");
        }
        if (certificate.Number != record.Number && await db.DisabilityCertificates.AnyAsync(c => c.Number == certificate.Number, cancellationToken))
        {
            return DuplicateNumber();
        }

        var previousNumber = record.Number;
        Apply(record, certificate);
        MoveVersionOn(db, record, request.Version.Value);
        // A new grade or category means a new number: modules keyed on the old one hear of it too.
        if (previousNumber != record.Number)
        {
            db.Publish(new DisabilityCertificateChanged(id, previousNumber));
        }
        db.Publish(new DisabilityCertificateChanged(id, record.Number));
        if (await SaveAsync(db, cancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Ok((await ViewsAsync(person, [record], reads, clock, cancellationToken))[0]);
    }

    private static async Task<Results<Ok<CertificateView>, ValidationProblem, ProblemHttpResult>> RevokeAsync(
        Guid id, Guid certificateId, RevokeCertificateRequest request, RegistryDbContext db, ICallerContext caller, SensitiveReads reads,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, caller, id, certificateId, cancellationToken) is not (var person, var record))
        {
            return CertificateNotFound();
        }
        // The version is optional here (older clients send none); one sent must be the current one.
        if (request.Version is { } version && version != record.Version)
        {
            return StaleCertificate(record.Version);
        }
        var errors = new FieldErrors();
        var conflict = CertificateRules.CheckRevocation(record.IssuedOn, record.RevokedOn, request.RevokedOn, request.Reason, clock.BeijingToday(), errors);
        if (conflict is not null)
        {
            return Problems.Conflict(conflict);
        }
        if (errors.HasErrors)
        {
            return Problems.Validation(errors.Errors);
        }

        record.RevokedOn = request.RevokedOn;
        record.RevocationReason = request.Reason!.Trim();
        MoveVersionOn(db, record, record.Version);
        db.Publish(new DisabilityCertificateChanged(id, record.Number));
        if (await SaveAsync(db, cancellationToken) is { } stale)
        {
            return stale;
        }
        return TypedResults.Ok((await ViewsAsync(person, [record], reads, clock, cancellationToken))[0]);
    }

    /// <summary>A resident within the caller's scope and one of their certificates, tracked for a change; null if either is not there.</summary>
    private static async Task<(Person Person, DisabilityCertificateRecord Record)?> FindAsync(
        RegistryDbContext db, ICallerContext caller, Guid personId, Guid certificateId, CancellationToken cancellationToken)
    {
        var person = await db.FindPersonAsync(caller, personId, cancellationToken);
        var record = person is null
            ? null
            : await db.DisabilityCertificates.FirstOrDefaultAsync(c => c.Id == certificateId && c.PersonId == personId, cancellationToken);
        return person is null || record is null ? null : (person, record);
    }

    /// <summary>Saves the change as one made to version <paramref name="basedOn"/>: if another change came first, the save fails (409).</summary>
    private static void MoveVersionOn(RegistryDbContext db, DisabilityCertificateRecord record, int basedOn)
    {
        db.Entry(record).Property(c => c.Version).OriginalValue = basedOn;
        record.Version = basedOn + 1;
    }

    private static async Task<IReadOnlyList<CertificateView>> ViewsAsync(
        Person person, IReadOnlyList<DisabilityCertificateRecord> records, SensitiveReads reads, TimeProvider clock, CancellationToken cancellationToken)
    {
        await reads.RecordAsync(person.Id, SensitiveReads.DisabilityCertificates, cancellationToken);
        // The number embeds the holder's ID number: in full it is an ID-number read like any other.
        var full = reads.MayReadIdNumbers;
        if (full && records.Count > 0)
        {
            await reads.RecordAsync(person.Id, SensitiveReads.IdNumber, cancellationToken);
        }
        var today = clock.BeijingToday();
        return records
            .Select(c => new CertificateView(c.Id, full ? c.Number : CertificateRules.Mask(c.Number), !full, c.Category, c.Grade,
                c.IssuedOn, c.ValidUntil, c.RevokedOn, c.RevocationReason,
                CertificateRules.IsValidOn(c.IssuedOn, c.ValidUntil, c.RevokedOn, today), c.Version))
            .ToList();
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
            return Problems.StaleVersion("该残疾人证已被他人修改，请刷新后重新操作。");
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return DuplicateNumber();
        }
    }

    private static void Apply(DisabilityCertificateRecord record, CheckedCertificate certificate)
    {
        record.Number = certificate.Number;
        record.Category = certificate.Category;
        record.Grade = certificate.Grade;
        record.IssuedOn = certificate.IssuedOn;
        record.ValidUntil = certificate.ValidUntil;
    }

    private static ProblemHttpResult DuplicateNumber() => Problems.Conflict("该残疾人证号已登记，不能重复登记。", "重复登记");

    private static ProblemHttpResult StaleCertificate(int current) =>
        Problems.StaleVersion($"该残疾人证已被他人修改（当前版本 {current}），请刷新后重新修改。");

    private static ProblemHttpResult CertificateNotFound() => Problems.NotFound("没有找到该居民或该残疾人证（或不在您的管辖范围内）。");
}
