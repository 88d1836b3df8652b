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

namespace Minzheng.Platform.Registry.Households;

/// <summary>Households (户) and their members.</summary>
internal static class HouseholdEndpoints
{
    public static void Map(RouteGroupBuilder registry)
    {
        registry.MapPost("/households", CreateAsync)
            .WithName("CreateHousehold")
            .WithSummary("Creates a household with a resident as its head (户主).")
            .RequirePermission(PlatformPermissions.RegistryWrite);
        registry.MapGet("/households/{id:guid}", GetAsync)
            .WithName("GetHousehold")
            .WithSummary("A household and its members within the caller's scope.")
            .RequirePermission(PlatformPermissions.RegistryRead);
        registry.MapPost("/households/{id:guid}/members", AddMemberAsync)
            .WithName("AddHouseholdMember")
            .WithSummary("Adds a resident with their relation to the head; a resident belongs to at most one household.")
            .RequirePermission(PlatformPermissions.RegistryWrite);
        registry.MapDelete("/households/{id:guid}/members/{personId:guid}", RemoveMemberAsync)
            .WithName("RemoveHouseholdMember")
            .WithSummary("Removes a member other than the head.")
            .RequirePermission(PlatformPermissions.RegistryWrite);
        registry.MapDelete("/households/{id:guid}", DissolveAsync)
            .WithName("DissolveHousehold")
            .WithSummary("Dissolves a household whose only member is its head.")
            .RequirePermission(PlatformPermissions.RegistryWrite);
    }

    private static async Task<Results<Created<HouseholdView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateHouseholdRequest request, RegistryDbContext db, ICallerContext caller, DistrictDirectory districts,
        SensitiveReads reads, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.HeadId is not { } headId)
        {
            return Problems.Validation("headId", "请选择户主");
        }
        var head = await db.FindPersonAsync(caller, headId, cancellationToken);
        if (head is null)
        {
            return Problems.Validation("headId", "没有找到该居民（或不在您的管辖范围内）");
        }
        var inHousehold = await db.HouseholdMembers.AnyAsync(m => m.PersonId == headId, cancellationToken);
        if (HouseholdRules.CheckHead(head.Status, inHousehold) is { } conflict)
        {
            return Problems.Conflict(conflict);
        }

        var household = new Household { Id = Guid.NewGuid(), DivisionCode = head.DivisionCode, CreatedAt = clock.GetUtcNow() };
        household.Members.Add(new HouseholdMember { HouseholdId = household.Id, PersonId = headId, Relation = HouseholdRelation.Head });
        db.Households.Add(household);
        if (await SaveAsync(db, cancellationToken) is { } race)
        {
            return race;
        }
        var view = await ViewAsync(household.Id, db, caller, districts, reads, cancellationToken);
        return TypedResults.Created($"/api/platform/registry/households/{household.Id}", view!);
    }

    private static async Task<Results<Ok<HouseholdView>, ProblemHttpResult>> GetAsync(
        Guid id, RegistryDbContext db, ICallerContext caller, DistrictDirectory districts, SensitiveReads reads, CancellationToken cancellationToken) =>
        await ViewAsync(id, db, caller, districts, reads, cancellationToken) is { } view ? TypedResults.Ok(view) : HouseholdNotFound();

    private static async Task<Results<Ok<HouseholdView>, ValidationProblem, ProblemHttpResult>> AddMemberAsync(
        Guid id, AddMemberRequest request, RegistryDbContext db, ICallerContext caller, DistrictDirectory districts,
        SensitiveReads reads, CancellationToken cancellationToken)
    {
        var household = await db.Households.WithinScope(caller).Include(h => h.Members).FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (household is null)
        {
            return HouseholdNotFound();
        }
        var errors = new FieldErrors();
        var person = request.PersonId is { } personId ? await db.FindPersonAsync(caller, personId, cancellationToken) : null;
        if (person is null)
        {
            errors.Add("personId", request.PersonId is null ? "请选择要加入的居民" : "没有找到该居民（或不在您的管辖范围内）");
        }
        var inHousehold = person is not null && await db.HouseholdMembers.AnyAsync(m => m.PersonId == person.Id, cancellationToken);
        var conflict = HouseholdRules.CheckNewMember(request.Relation, person?.Status ?? Sdk.Registry.ResidentStatus.Alive, inHousehold,
            household.Members.Select(m => m.Relation).ToList(), errors, out var relation);
        if (errors.HasErrors)
        {
            return Problems.Validation(errors.Errors);
        }
        if (conflict is not null)
        {
            return Problems.Conflict(conflict);
        }

        household.Members.Add(new HouseholdMember { HouseholdId = household.Id, PersonId = person!.Id, Relation = relation });
        if (await SaveAsync(db, cancellationToken) is { } race)
        {
            return race;
        }
        return TypedResults.Ok((await ViewAsync(id, db, caller, districts, reads, cancellationToken))!);
    }

    private static async Task<Results<Ok<HouseholdView>, ProblemHttpResult>> RemoveMemberAsync(
        Guid id, Guid personId, RegistryDbContext db, ICallerContext caller, DistrictDirectory districts,
        SensitiveReads reads, CancellationToken cancellationToken)
    {
        var household = await db.Households.WithinScope(caller).Include(h => h.Members).FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        // A member the caller may not see is, for them, not a member.
        var member = household?.Members.FirstOrDefault(m => m.PersonId == personId);
        if (household is null || member is null || await db.FindPersonAsync(caller, personId, cancellationToken) is null)
        {
            return Problems.NotFound("没有找到该户或该成员（或不在您的管辖范围内）。");
        }
        if (HouseholdRules.CheckRemoval(member.Relation) is { } conflict)
        {
            return Problems.Conflict(conflict);
        }
        household.Members.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok((await ViewAsync(id, db, caller, districts, reads, cancellationToken))!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DissolveAsync(
        Guid id, RegistryDbContext db, ICallerContext caller, CancellationToken cancellationToken)
    {
        var household = await db.Households.WithinScope(caller).Include(h => h.Members).FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (household is null)
        {
            return HouseholdNotFound();
        }
        if (HouseholdRules.CheckDissolution(household.Members.Count) is { } conflict)
        {
            return Problems.Conflict(conflict);
        }
        db.Households.Remove(household);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<HouseholdView?> ViewAsync(
        Guid id, RegistryDbContext db, ICallerContext caller, DistrictDirectory districts, SensitiveReads reads, CancellationToken cancellationToken)
    {
        var household = await db.Households.AsNoTracking().WithinScope(caller)
            .Include(h => h.Members).ThenInclude(m => m.Person)
            .FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (household is null)
        {
            return null;
        }
        var visible = household.Members
            .Where(m => caller.Scope.Contains(m.Person!.DivisionCode))
            .OrderBy(m => m.Relation)
            .ThenBy(m => m.Person!.BirthDate)
            .ToList();
        var members = new List<HouseholdMemberView>();
        foreach (var member in visible)
        {
            var (idNumber, masked) = await reads.IdNumberOfAsync(member.Person!, cancellationToken);
            members.Add(new HouseholdMemberView(member.PersonId, member.Person!.Name, idNumber, masked, member.Relation, member.Person.Status));
        }
        var district = districts.DistrictOf(caller);
        return new HouseholdView(household.Id, household.DivisionCode, district.VillageName(household.DivisionCode),
            household.CreatedAt, members, household.Members.Count - visible.Count);
    }

    private static async Task<ProblemHttpResult?> SaveAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return Problems.Conflict("该居民已在另一户中，请先从原户移出");
        }
    }

    private static ProblemHttpResult HouseholdNotFound() => Problems.NotFound("没有找到该户（或不在您的管辖范围内）。");
}
