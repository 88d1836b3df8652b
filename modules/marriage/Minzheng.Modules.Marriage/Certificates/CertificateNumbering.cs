using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Data;

namespace Minzheng.Modules.Marriage.Certificates;

/// <summary>
/// Takes the next number of a sequence. The counter and the new <see cref="IssuedCertificate"/> are
/// only added to the context: they are committed with the record they belong to, in the same
/// <c>SaveChanges</c>, so a failed registration uses no number (no gaps), and two registrations at once
/// cannot take the same one (the counter is a concurrency token; the loser gets a 409 and nothing is written).
/// </summary>
public sealed class CertificateNumbering(MarriageDb db)
{
    /// <summary>Reserves the next number of <paramref name="kind"/> for <paramref name="subjectId"/>.</summary>
    /// <exception cref="InvalidOperationException">The year's six-digit sequence is exhausted.</exception>
    public async Task<string> NextAsync(CertificateKind kind, string officeCode, DateOnly issuedOn, Guid subjectId, CancellationToken cancellationToken)
    {
        var year = issuedOn.Year;
        var counter = await db.Sequences.FirstOrDefaultAsync(s => s.Kind == kind && s.OfficeCode == officeCode && s.Year == year, cancellationToken);
        if (counter is null)
        {
            counter = new CertificateSequence { Kind = kind, OfficeCode = officeCode, Year = year };
            db.Sequences.Add(counter);
        }
        if (counter.Last >= CertificateNumberRules.MaxSequence)
        {
            throw new InvalidOperationException($"The {kind} sequence of {officeCode} for {year} is exhausted.");
        }
        counter.Last++;
        var number = CertificateNumberRules.Format(kind, officeCode, year, counter.Last);
        db.Certificates.Add(new IssuedCertificate
        {
            Number = number, Kind = kind, OfficeCode = officeCode, Year = year, Sequence = counter.Last,
            IssuedOn = issuedOn, SubjectId = subjectId,
        });
        return number;
    }
}
