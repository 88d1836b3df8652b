using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Registry.Data;

namespace Minzheng.Platform.Registry.Import;

/// <summary>
/// What the registry holds for the rows of one batch — their residents, households, memberships,
/// certificates and welfare statuses — read with one query per kind instead of several per row, and
/// kept up to date with what the batch's earlier rows stage (a head creates the household its members
/// join a few rows later; a person may appear twice).
/// </summary>
/// <remarks>Tracked by the context: a batch's rows change these very instances, and its save writes them.</remarks>
internal sealed class ImportRecords
{
    private readonly Dictionary<string, Person> _persons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Household> _households = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, HouseholdMember> _memberships = [];
    private readonly Dictionary<string, DisabilityCertificateRecord> _certificates = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, List<WelfareRecord>> _welfare = [];

    private ImportRecords()
    {
    }

    /// <summary>Reads what the database holds for <paramref name="rows"/>.</summary>
    public static async Task<ImportRecords> LoadAsync(RegistryDbContext db, IReadOnlyCollection<CheckedRow> rows, CancellationToken cancellationToken)
    {
        var records = new ImportRecords();
        var idNumbers = rows.Select(r => r.IdNumber.Value).Distinct().ToList();
        foreach (var person in await db.Persons.Where(p => idNumbers.Contains(p.IdNumber)).ToListAsync(cancellationToken))
        {
            records._persons[person.IdNumber] = person;
        }
        var personIds = records._persons.Values.Select(p => p.Id).ToList();
        if (personIds.Count > 0)
        {
            foreach (var membership in await db.HouseholdMembers.Where(m => personIds.Contains(m.PersonId)).ToListAsync(cancellationToken))
            {
                records._memberships[membership.PersonId] = membership;
            }
            foreach (var status in await db.WelfareStatuses.AsNoTracking().Where(w => personIds.Contains(w.PersonId)).ToListAsync(cancellationToken))
            {
                records.WelfareOf(status.PersonId).Add(status);
            }
        }
        var numbers = rows.Select(r => r.HouseholdNumber).OfType<string>().Distinct().ToList();
        if (numbers.Count > 0)
        {
            foreach (var household in await db.Households.Include(h => h.Members).Where(h => numbers.Contains(h.Number!)).ToListAsync(cancellationToken))
            {
                records._households[household.Number!] = household;
            }
        }
        var certificateNumbers = rows.Select(r => r.Certificate?.Number).OfType<string>().Distinct().ToList();
        if (certificateNumbers.Count > 0)
        {
            foreach (var certificate in await db.DisabilityCertificates.Where(c => certificateNumbers.Contains(c.Number)).ToListAsync(cancellationToken))
            {
                records._certificates[certificate.Number] = certificate;
            }
        }
        return records;
    }

    public Person? Person(string idNumber) => _persons.GetValueOrDefault(idNumber);

    public Household? Household(string number) => _households.GetValueOrDefault(number);

    public HouseholdMember? MembershipOf(Guid personId) => _memberships.GetValueOrDefault(personId);

    public DisabilityCertificateRecord? Certificate(string number) => _certificates.GetValueOrDefault(number);

    /// <summary>The person's welfare statuses on record or staged by this batch (not tracked: they are only read).</summary>
    public List<WelfareRecord> WelfareOf(Guid personId)
    {
        if (!_welfare.TryGetValue(personId, out var statuses))
        {
            _welfare[personId] = statuses = [];
        }
        return statuses;
    }

    public void Added(Person person) => _persons[person.IdNumber] = person;

    public void Added(Household household) => _households[household.Number!] = household;

    public void Added(HouseholdMember membership) => _memberships[membership.PersonId] = membership;

    public void Added(DisabilityCertificateRecord certificate) => _certificates[certificate.Number] = certificate;
}
