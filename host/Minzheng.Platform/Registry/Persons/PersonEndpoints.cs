using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Common;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;

namespace Minzheng.Platform.Registry.Persons;

/// <summary>Registering, reading and changing one resident.</summary>
internal static class PersonEndpoints
{
    public static void Map(RouteGroupBuilder registry)
    {
        registry.MapPost("/persons", RegisterAsync)
            .WithName("RegisterResident")
            .WithSummary("Registers a resident; sex and birth date come from the ID number. Publishes registry.resident-registered.")
            .RequirePermission(PlatformPermissions.RegistryWrite);
        registry.MapGet("/persons/{id:guid}", GetAsync)
            .WithName("GetResident")
            .WithSummary("One resident; the ID number is masked unless the caller may see it (then the read is audited).")
            .RequirePermission(PlatformPermissions.RegistryRead);
        registry.MapPut("/persons/{id:guid}", UpdateAsync)
            .WithName("UpdateResident")
            .WithSummary("Changes a resident's details; carries the version it was made from (stale: 409, nothing changed).")
            .RequirePermission(PlatformPermissions.RegistryWrite);
        registry.MapPost("/persons/{id:guid}/deceased", (Guid id, StatusChangeRequest request, RegistryDbContext db, ICallerContext caller,
                    DistrictDirectory districts, SensitiveReads reads, TimeProvider clock, CancellationToken cancellationToken) =>
                ChangeStatusAsync(id, ResidentStatus.Deceased, request, db, caller, districts, reads, clock, cancellationToken))
            .WithName("RecordResidentDeath")
            .WithSummary("Records a death. Publishes registry.resident-deceased.")
            .RequirePermission(PlatformPermissions.RegistryWrite);
        registry.MapPost("/persons/{id:guid}/moved-out", (Guid id, StatusChangeRequest request, RegistryDbContext db, ICallerContext caller,
                    DistrictDirectory districts, SensitiveReads reads, TimeProvider clock, CancellationToken cancellationToken) =>
                ChangeStatusAsync(id, ResidentStatus.MovedOut, request, db, caller, districts, reads, clock, cancellationToken))
            .WithName("RecordResidentMovedOut")
            .WithSummary("Records that the resident's hukou moved out of the district. Publishes registry.resident-moved-out.")
            .RequirePermission(PlatformPermissions.RegistryWrite);
    }

    private static async Task<Results<Created<PersonDetail>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterPersonRequest request, RegistryDbContext db, ICallerContext caller, DistrictDirectory districts,
        SensitiveReads reads, TimeProvider clock, CancellationToken cancellationToken)
    {
        var district = districts.DistrictOf(caller);
        var errors = new FieldErrors();
        if (PersonRules.CheckRegistration(request, district, caller.Scope, clock.BeijingToday(), errors) is not { } valid)
        {
            return Problems.Validation(errors.Errors);
        }
        var (idNumber, details) = valid;

        var existing = await db.Persons.AsNoTracking()
            .Where(p => p.IdNumber == idNumber.Value)
            .Select(p => new { p.Id, p.DivisionCode })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return Duplicate(idNumber, caller.Scope.Contains(existing.DivisionCode) ? existing.Id : null);
        }

        var person = new Person
        {
            Id = Guid.NewGuid(),
            IdNumber = idNumber.Value,
            Sex = idNumber.Sex,
            BirthDate = idNumber.BirthDate,
            RegisteredAt = clock.GetUtcNow(),
        };
        Apply(person, details);
        db.Persons.Add(person);
        db.Publish(new ResidentRegistered(person.Id, person.DivisionCode));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Registered by someone else between the check and the save.
            return Duplicate(idNumber, null);
        }
        var detail = await PersonViews.DetailAsync(person, db, district, reads, cancellationToken);
        return TypedResults.Created($"/api/platform/registry/persons/{person.Id}", detail);
    }

    private static async Task<Results<Ok<PersonDetail>, ProblemHttpResult>> GetAsync(
        Guid id, RegistryDbContext db, ICallerContext caller, DistrictDirectory districts, SensitiveReads reads, CancellationToken cancellationToken)
    {
        var person = await db.FindPersonAsync(caller, id, cancellationToken);
        if (person is null)
        {
            return RegistryAccess.PersonNotFound();
        }
        return TypedResults.Ok(await PersonViews.DetailAsync(person, db, districts.DistrictOf(caller), reads, cancellationToken));
    }

    private static async Task<Results<Ok<PersonDetail>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdatePersonRequest request, RegistryDbContext db, ICallerContext caller, DistrictDirectory districts,
        SensitiveReads reads, CancellationToken cancellationToken)
    {
        var person = await db.FindPersonAsync(caller, id, cancellationToken);
        if (person is null)
        {
            return RegistryAccess.PersonNotFound();
        }
        var district = districts.DistrictOf(caller);
        var errors = new FieldErrors();
        if (request.Version is null)
        {
            errors.Add("version", "请提供修改所依据的版本号（version）");
        }
        var details = PersonRules.CheckDetails(request, district, caller.Scope, errors);
        if (details is null || request.Version is null)
        {
            return Problems.Validation(errors.Errors);
        }
        if (request.Version != person.Version)
        {
            return RegistryAccess.StalePerson(person.Version);
        }

        Apply(person, details);
        if (await db.Households.FirstOrDefaultAsync(
                h => h.Members.Any(m => m.PersonId == person.Id && m.Relation == Households.HouseholdRelation.Head), cancellationToken) is { } household)
        {
            household.DivisionCode = person.DivisionCode;
        }
        if (await SaveNewVersionAsync(db, person, request.Version.Value, cancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Ok(await PersonViews.DetailAsync(person, db, district, reads, cancellationToken));
    }

    private static async Task<Results<Ok<PersonDetail>, ValidationProblem, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, ResidentStatus target, StatusChangeRequest request, RegistryDbContext db, ICallerContext caller,
        DistrictDirectory districts, SensitiveReads reads, TimeProvider clock, CancellationToken cancellationToken)
    {
        var person = await db.FindPersonAsync(caller, id, cancellationToken);
        if (person is null)
        {
            return RegistryAccess.PersonNotFound();
        }
        if (request.Version is null)
        {
            return Problems.Validation("version", "请提供修改所依据的版本号（version）");
        }
        if (request.Version != person.Version)
        {
            return RegistryAccess.StalePerson(person.Version);
        }
        var (dateError, conflict) = PersonRules.CheckStatusChange(person.Status, person.BirthDate, target, request.Date, clock.BeijingToday());
        if (conflict is not null)
        {
            return Problems.Conflict(conflict, "状态不允许此操作");
        }
        if (dateError is not null)
        {
            return Problems.Validation("date", dateError);
        }

        var date = request.Date!.Value;
        person.Status = target;
        person.StatusDate = date;
        if (target == ResidentStatus.Deceased)
        {
            db.Publish(new ResidentDeceased(person.Id, date));
        }
        else
        {
            db.Publish(new ResidentMovedOut(person.Id, date));
        }
        if (await SaveNewVersionAsync(db, person, request.Version.Value, cancellationToken) is { } stale)
        {
            return stale;
        }
        return TypedResults.Ok(await PersonViews.DetailAsync(person, db, districts.DistrictOf(caller), reads, cancellationToken));
    }

    /// <summary>
    /// Saves the person as version <paramref name="basedOn"/> + 1. The update is conditional on the
    /// stored version still being <paramref name="basedOn"/>, so a change that raced ours is not overwritten.
    /// </summary>
    private static async Task<ProblemHttpResult?> SaveNewVersionAsync(RegistryDbContext db, Person person, int basedOn, CancellationToken cancellationToken)
    {
        db.Entry(person).Property(p => p.Version).OriginalValue = basedOn;
        person.Version = basedOn + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Persons.AsNoTracking().Where(p => p.Id == person.Id).Select(p => p.Version).FirstOrDefaultAsync(cancellationToken);
            return RegistryAccess.StalePerson(current);
        }
    }

    private static void Apply(Person person, PersonDetails details)
    {
        person.Name = details.Name;
        person.Ethnicity = details.Ethnicity;
        person.Phone = details.Phone;
        person.HukouType = details.HukouType;
        person.DivisionCode = details.DivisionCode;
        person.Address = details.Address;
        if (details.MaritalStatus is { } marital)
        {
            person.RecordMaritalStatus(marital);
        }
    }

    // A clerk who may see the existing record learns it is there and where; one who may not is refused without being
    // told that the number belongs to a resident, nor where (an existence oracle across towns otherwise).
    private static ProblemHttpResult Duplicate(IdNumber idNumber, Guid? visibleExisting) =>
        TypedResults.Problem(
            title: visibleExisting is null ? "不能登记" : "重复登记",
            detail: visibleExisting is null ? RegistryAccess.CannotRegister : $"本区已登记身份证号码为 {idNumber.Masked} 的居民，不能重复登记。",
            statusCode: StatusCodes.Status409Conflict,
            extensions: visibleExisting is { } existingId ? new Dictionary<string, object?> { ["existingId"] = existingId } : null);
}
