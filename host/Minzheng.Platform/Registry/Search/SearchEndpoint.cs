using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Common;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Time;

namespace Minzheng.Platform.Registry.Search;

/// <summary>Searching residents, always within the caller's scope.</summary>
internal static class SearchEndpoint
{
    public static void Map(RouteGroupBuilder registry) =>
        registry.MapGet("/persons", SearchAsync)
            .WithName("SearchResidents")
            .WithSummary("Residents in the caller's scope, filtered, sorted and paginated. ID numbers masked unless the caller may see them; each full one is audited.")
            .RequirePermission(PlatformPermissions.RegistryRead);

    private static async Task<Results<Ok<PersonPage>, ValidationProblem>> SearchAsync(
        [AsParameters] PersonSearchQuery query, RegistryDbContext db, ICallerContext caller, DistrictDirectory districts,
        SensitiveReads reads, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (SearchRules.Check(query, clock.BeijingToday(), errors) is not { } search)
        {
            return Problems.Validation(errors.Errors);
        }

        var persons = db.Persons.AsNoTracking().WithinScope(caller);
        if (search.Name is { } name)
        {
            persons = persons.Where(p => p.Name.Contains(name));
        }
        if (search.IdNumber is { } idNumber)
        {
            var value = idNumber.Value;
            persons = persons.Where(p => p.IdNumber == value);
        }
        if (search.Division is { } division)
        {
            persons = persons.Where(p => p.DivisionCode.StartsWith(division));
        }
        if (search.Status is { } status)
        {
            persons = persons.Where(p => p.Status == status);
        }

        var total = await persons.CountAsync(cancellationToken);
        var page = await Order(persons, search.Sort, search.Descending)
            .Skip((search.Page - 1) * search.PageSize)
            .Take(search.PageSize)
            .ToListAsync(cancellationToken);

        var district = districts.DistrictOf(caller);
        var items = new List<PersonSummary>(page.Count);
        foreach (var p in page)
        {
            var (shown, masked) = await reads.IdNumberOfAsync(p, cancellationToken);
            items.Add(new PersonSummary(p.Id, shown, masked, p.Name, p.Sex, p.BirthDate, p.HukouType, p.DivisionCode,
                district.VillageName(p.DivisionCode), p.Status, p.StatusDate, p.MaritalStatus));
        }
        return TypedResults.Ok(new PersonPage(items, total, search.Page, search.PageSize));
    }

    // The id breaks ties, so that a page boundary never shows one resident twice or skips one.
    private static IQueryable<Person> Order(IQueryable<Person> persons, PersonSort sort, bool descending) => (sort, descending) switch
    {
        (PersonSort.Name, false) => persons.OrderBy(p => p.Name).ThenBy(p => p.Id),
        (PersonSort.Name, true) => persons.OrderByDescending(p => p.Name).ThenBy(p => p.Id),
        (PersonSort.BirthDate, false) => persons.OrderBy(p => p.BirthDate).ThenBy(p => p.Id),
        (PersonSort.BirthDate, true) => persons.OrderByDescending(p => p.BirthDate).ThenBy(p => p.Id),
        (_, false) => persons.OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id),
        (_, true) => persons.OrderByDescending(p => p.RegisteredAt).ThenBy(p => p.Id),
    };
}
