using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Registry.Common;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.ForModules;

/// <summary>
/// The SDK's <see cref="IResidentRegistry"/>: residents of the caller's district within the caller's
/// scope. It asks for no registry permission of its own: the module's endpoint already required the
/// module's. A record carries the full ID number, disability and welfare data, so handing one out is
/// audited as a sensitive read.
/// </summary>
internal sealed class ResidentRegistry(RegistryDbContext db, ICallerContext caller, SensitiveReads reads) : IResidentRegistry
{
    /// <summary>What a module receives, as the audit trail names it.</summary>
    public const string What = "residentRecord";

    public async Task<ResidentRecord?> FindAsync(IdNumber idNumber, CancellationToken cancellationToken)
    {
        var value = idNumber.Value;
        return await RecordAsync(await db.Persons.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(p => p.IdNumber == value, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<ResidentRecord>> FindManyAsync(IReadOnlyCollection<IdNumber> idNumbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idNumbers);
        var found = new List<ResidentRecord>();
        foreach (var values in idNumbers.Select(i => i.Value).Distinct().Order(StringComparer.Ordinal).Chunk(ListBatch))
        {
            var batch = await db.Persons.AsNoTracking().WithinScope(caller).Where(p => values.Contains(p.IdNumber)).OrderBy(p => p.IdNumber).ToListAsync(cancellationToken);
            var records = await RecordsAsync(batch, cancellationToken);
            // As FindAsync: each resident handed out is a read of their record, audited before it leaves (the audit
            // writer commits concurrent entries together).
            await Task.WhenAll(batch.Select(p => reads.RecordAsync(p.Id, What, cancellationToken)));
            found.AddRange(records);
        }
        return found;
    }

    public async Task<ResidentRecord?> GetAsync(Guid residentId, CancellationToken cancellationToken) =>
        await RecordAsync(await db.Persons.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(p => p.Id == residentId, cancellationToken), cancellationToken);

    public async IAsyncEnumerable<ResidentRecord> ListAsync(ResidentFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One entry for the whole listing: a roster of thousands must not write thousands of entries,
        // and the entry names the filter, so the audit says which residents were handed out.
        await reads.RecordListingAsync(What, System.Text.Json.JsonSerializer.Serialize(filter), cancellationToken);
        var after = "";
        while (true)
        {
            var batch = await Matching(filter).Where(p => string.Compare(p.IdNumber, after) > 0)
                .OrderBy(p => p.IdNumber).Take(ListBatch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }
            foreach (var record in await RecordsAsync(batch, cancellationToken))
            {
                yield return record;
            }
            after = batch[^1].IdNumber;
        }
    }

    public async Task<IReadOnlyDictionary<string, int>> CountByTownAsync(ResidentFilter filter, CancellationToken cancellationToken) =>
        await Matching(filter).Where(p => p.DivisionCode.Length >= 9)
            .GroupBy(p => p.DivisionCode.Substring(0, 9))
            .Select(g => new { Town = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Town, g => g.Count, cancellationToken);

    private const int ListBatch = 500;

    // A batch of persons as records, their certificates and welfare statuses read in two queries for the whole batch.
    private async Task<List<ResidentRecord>> RecordsAsync(List<Person> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(p => p.Id).ToList();
        var certificates = (await db.DisabilityCertificates.AsNoTracking().Where(c => ids.Contains(c.PersonId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.PersonId);
        var welfare = (await db.WelfareStatuses.AsNoTracking().Where(w => ids.Contains(w.PersonId)).ToListAsync(cancellationToken))
            .ToLookup(w => w.PersonId);
        return [.. batch.Select(person => ToRecord(person, certificates[person.Id].OrderBy(c => c.IssuedOn), welfare[person.Id].OrderBy(w => w.StartsOn)))];
    }

    private IQueryable<Person> Matching(ResidentFilter filter)
    {
        var query = db.Persons.AsNoTracking().WithinScope(caller);
        if (filter.DivisionPrefix is { } prefix)
        {
            query = query.Where(p => p.DivisionCode.StartsWith(prefix));
        }
        if (filter.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }
        if (filter.WithDisabilityCertificate)
        {
            query = query.Where(p => db.DisabilityCertificates.Any(c => c.PersonId == p.Id));
        }
        if (filter.WithWelfareStatus)
        {
            query = query.Where(p => db.WelfareStatuses.Any(w => w.PersonId == p.Id));
        }
        return query;
    }

    private async Task<ResidentRecord?> RecordAsync(Person? person, CancellationToken cancellationToken)
    {
        if (person is null)
        {
            return null;
        }
        var certificates = await db.DisabilityCertificates.AsNoTracking()
            .Where(c => c.PersonId == person.Id).OrderBy(c => c.IssuedOn).ToListAsync(cancellationToken);
        var welfare = await db.WelfareStatuses.AsNoTracking()
            .Where(w => w.PersonId == person.Id).OrderBy(w => w.StartsOn).ToListAsync(cancellationToken);
        await reads.RecordAsync(person.Id, What, cancellationToken);
        return ToRecord(person, certificates, welfare);
    }

    private static ResidentRecord ToRecord(Person person, IEnumerable<DisabilityCertificateRecord> certificates, IEnumerable<WelfareRecord> welfare) =>
        new(person.Id, person.ParsedIdNumber(), person.Name, person.HukouType, person.DivisionCode, person.Status, person.StatusDate,
            certificates.Select(c => c.ToContract()).ToList(), welfare.Select(w => w.ToContract()).ToList())
        {
            MaritalStatus = person.MaritalStatus,
        };
}
