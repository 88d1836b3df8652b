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

    public async Task<ResidentRecord?> GetAsync(Guid residentId, CancellationToken cancellationToken) =>
        await RecordAsync(await db.Persons.AsNoTracking().WithinScope(caller).FirstOrDefaultAsync(p => p.Id == residentId, cancellationToken), cancellationToken);

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
        return new ResidentRecord(
            person.Id, person.ParsedIdNumber(), person.Name, person.HukouType, person.DivisionCode, person.Status, person.StatusDate,
            certificates.Select(c => c.ToContract()).ToList(), welfare.Select(w => w.ToContract()).ToList());
    }
}
