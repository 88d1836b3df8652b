using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Common;
using Minzheng.Platform.Registry.Data;

namespace Minzheng.Platform.Registry.Persons;

/// <summary>Builds a resident's detail as the caller may see it.</summary>
internal static class PersonViews
{
    public static async Task<PersonDetail> DetailAsync(
        Person person, RegistryDbContext db, District district, SensitiveReads reads, CancellationToken cancellationToken)
    {
        var membership = await db.HouseholdMembers.AsNoTracking()
            .Where(m => m.PersonId == person.Id)
            .Select(m => new HouseholdMembership(m.HouseholdId, m.Relation))
            .FirstOrDefaultAsync(cancellationToken);
        var (idNumber, masked) = await reads.IdNumberOfAsync(person, cancellationToken);
        return new PersonDetail(
            person.Id, idNumber, masked, person.Name, person.Sex, person.BirthDate, person.Ethnicity, person.Phone,
            person.HukouType, person.DivisionCode, district.VillageName(person.DivisionCode), person.Address,
            person.Status, person.StatusDate, person.RegisteredAt, person.Version, membership, person.MaritalStatus,
            person.MaritalStatusSince);
    }
}
