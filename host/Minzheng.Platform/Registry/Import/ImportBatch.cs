using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Platform.Registry.Import;

/// <summary>A data row of the file as read: its spreadsheet row number (the header is row 1) and its cells.</summary>
internal sealed record ImportLine(int Row, IReadOnlyList<string> Cells);

/// <summary>What became of a line, and why when it was refused.</summary>
internal sealed record ImportedLine(int Row, RowOutcome Outcome, IReadOnlyList<RowError> Errors);

/// <summary>
/// Writes a batch of lines inside the caller's transaction: every line checked, what the registry holds
/// for them read once, every accepted line staged, and all of them saved together — one save instead of
/// one per row, which is what an import of a million rows spends its time on.
/// </summary>
/// <remarks>
/// A refused line stages nothing (<see cref="ImportRowWriter"/> checks every rule first), so it cannot
/// stop the others. What the rules cannot foresee is somebody else writing the same residents meanwhile:
/// then the batch's save fails as a whole, EF Core rolls it back to its savepoint, and the batch is written
/// again row by row against what is on record now, so that only the rows concerned fail.
/// </remarks>
internal sealed class ImportBatch(RegistryDbContext db, ImportColumns columns, District district, OrgScope scope, DateOnly today, TimeProvider clock)
{
    /// <summary>Lines checked and staged, not saved yet.</summary>
    internal sealed record Staged(IReadOnlyList<(ImportLine Line, CheckedRow? Row, List<RowError> Errors, RowOutcome Outcome)> Lines);

    public async Task<IReadOnlyList<ImportedLine>> WriteAsync(IReadOnlyList<ImportLine> lines, CancellationToken cancellationToken) =>
        await SaveAsync(await StageAsync(lines, cancellationToken), cancellationToken);

    /// <summary>Checks the lines and stages the accepted ones in the context.</summary>
    internal async Task<Staged> StageAsync(IReadOnlyList<ImportLine> lines, CancellationToken cancellationToken)
    {
        var checkedLines = lines.Select(line =>
        {
            var errors = new List<RowError>();
            return (Line: line, Row: ImportRowRules.Check(columns, line.Cells, district, scope, today, errors), Errors: errors);
        }).ToList();
        var known = await ImportRecords.LoadAsync(db, checkedLines.Select(l => l.Row).OfType<CheckedRow>().ToList(), cancellationToken);
        var writer = new ImportRowWriter(db, known, clock);
        return new Staged(checkedLines
            .Select(l => (l.Line, l.Row, l.Errors, l.Row is { } row ? writer.Stage(row, scope, l.Errors) : RowOutcome.Failed))
            .ToList());
    }

    /// <summary>Saves a staged batch; row by row when somebody else wrote the same residents meanwhile.</summary>
    internal async Task<IReadOnlyList<ImportedLine>> SaveAsync(Staged staged, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return staged.Lines.Select(l => new ImportedLine(l.Line.Row, l.Outcome, l.Errors)).ToList();
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniqueViolation.Is(e))
        {
            // Rolled back to the save's savepoint: the transaction goes on without any of the batch.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        var written = new List<ImportedLine>(staged.Lines.Count);
        foreach (var (line, row, checkErrors, _) in staged.Lines)
        {
            written.Add(row is null ? new ImportedLine(line.Row, RowOutcome.Failed, checkErrors) : await WriteAloneAsync(line, row, cancellationToken));
        }
        return written;
    }

    private async Task<ImportedLine> WriteAloneAsync(ImportLine line, CheckedRow row, CancellationToken cancellationToken)
    {
        var errors = new List<RowError>();
        try
        {
            var known = await ImportRecords.LoadAsync(db, [row], cancellationToken);
            var outcome = new ImportRowWriter(db, known, clock).Stage(row, scope, errors);
            await db.SaveChangesAsync(cancellationToken);
            return new ImportedLine(line.Row, outcome, errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            errors.Add(new("身份证号", "导入该行时该居民的信息正被他人修改，该行未导入；可重新导入该文件"));
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            errors.Add(new("", "保存时与他人同时登记的信息冲突（身份证号、户号或残疾证号重复），该行未导入；可重新导入该文件"));
        }
        finally
        {
            // Whatever the row staged is saved or abandoned now; the next row starts clean.
            db.ChangeTracker.Clear();
        }
        return new ImportedLine(line.Row, RowOutcome.Failed, errors);
    }
}
