using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Marriage.Data;

namespace Minzheng.Modules.Marriage.Certificates;

/// <summary>
/// Takes the next number of a sequence, gap-free and without a race: the counter is advanced in the
/// database in one statement that opens the request's transaction, so a second registration at the same
/// moment waits for this one's save (SQLite's write lock, PostgreSQL's row lock) instead of failing.
/// The transaction is committed with the record the number belongs to when the request answers with a success
/// (the platform commits every module request in one place); if that save fails, or the request ends without it, the number goes back unused.
/// </summary>
public sealed class CertificateNumbering(MarriageDb db)
{
    /// <summary>
    /// Reserves the next number of <paramref name="kind"/> for <paramref name="subjectId"/>; null when the
    /// office has used all 999,999 numbers of the kind this year (see <see cref="Common.OfficeProblems.NumbersExhausted"/>).
    /// </summary>
    public async Task<string?> NextAsync(CertificateKind kind, string officeCode, DateOnly issuedOn, Guid subjectId, CancellationToken cancellationToken)
    {
        var year = issuedOn.Year;
        if (db.Database.CurrentTransaction is null)
        {
            await db.Database.BeginTransactionAsync(cancellationToken);
        }
        // One statement on both engines (SQLite ≥ 3.35, PostgreSQL): the first number of a year creates the counter.
        var taken = (await db.Database.SqlQuery<int>($"""
            INSERT INTO "Sequences" ("Kind", "OfficeCode", "Year", "Last") VALUES ({kind.ToString()}, {officeCode}, {year}, 1)
            ON CONFLICT ("Kind", "OfficeCode", "Year") DO UPDATE SET "Last" = "Sequences"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken)).Single();
        if (taken > CertificateNumberRules.MaxSequence)
        {
            // Nothing taken: the counter goes back with the transaction (the caller's, when it opened one).
            await db.Database.RollbackTransactionAsync(CancellationToken.None);
            return null;
        }
        var number = CertificateNumberRules.Format(kind, officeCode, year, taken);
        db.Certificates.Add(new IssuedCertificate
        {
            Number = number, Kind = kind, OfficeCode = officeCode, Year = year, Sequence = taken,
            IssuedOn = issuedOn, SubjectId = subjectId,
        });
        return number;
    }
}
