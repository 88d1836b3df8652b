using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Common;
using Minzheng.Platform.Registry.Data;

namespace Minzheng.Platform.Registry.Import;

/// <summary>
/// Takes queued imports and reads them row by row. Rows are written in batches, one transaction per
/// batch, each row saved on its own inside it (EF Core's savepoint undoes a row whose save fails), so
/// a refused row never leaves part of itself behind. Progress is written with each batch: what
/// <c>GET /imports/{id}</c> shows is what is committed.
/// </summary>
internal sealed class ImportRunner(
    DistrictDirectory districts, ModuleDatabases databases, ImportFiles files, TimeProvider clock, ILogger<ImportRunner> logger)
{
    /// <summary>Rows per transaction: few enough to keep the write lock short, enough to amortise the commit.</summary>
    public const int BatchSize = 500;

    /// <summary>Runs every queued import of every district to its end; returns how many ran.</summary>
    public async Task<int> RunPendingAsync(CancellationToken cancellationToken)
    {
        var ran = 0;
        foreach (var district in districts.All)
        {
            List<Guid> queued;
            await using (var db = databases.Create<RegistryDbContext>(district.Id))
            {
                queued = await db.Imports.AsNoTracking().Where(i => i.Status == ImportStatus.Queued)
                    .OrderBy(i => i.CreatedAt).Select(i => i.Id).ToListAsync(cancellationToken);
            }
            foreach (var id in queued)
            {
                if (await ClaimAsync(district, id, cancellationToken) is { } import)
                {
                    await RunAsync(district, import, cancellationToken);
                    ran++;
                }
            }
        }
        return ran;
    }

    /// <summary>Moves an import from queued to running; null when another worker got it first.</summary>
    private async Task<ResidentImport?> ClaimAsync(District district, Guid id, CancellationToken cancellationToken)
    {
        await using var db = databases.Create<RegistryDbContext>(district.Id);
        var now = clock.GetUtcNow();
        // A conditional update is the claim: of two host instances, exactly one sees a row changed.
        var claimed = await db.Imports.Where(i => i.Id == id && i.Status == ImportStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, ImportStatus.Running).SetProperty(i => i.StartedAt, now), cancellationToken);
        return claimed == 1 ? await db.Imports.AsNoTracking().FirstAsync(i => i.Id == id, cancellationToken) : null;
    }

    private async Task RunAsync(District district, ResidentImport import, CancellationToken cancellationToken)
    {
        var actor = new ImportActor(district.Id, import);
        await using var db = databases.Create<RegistryDbContext>(district.Id, actor);
        var progress = new ImportProgress();
        // What the last committed batch brought: after a crash in a batch, its rows were rolled back.
        var committed = progress.Copy();
        string? failure = null;
        try
        {
            using var sheet = ImportSheets.Open(files.PathOf(district.Id, import.Id, import.Format), import.Format);
            var columns = ImportColumns.From(sheet.ReadHeader() ?? [], out var headerError)
                ?? throw new ImportFileException(headerError!);
            var writer = new ImportRowWriter(db, clock);
            var today = RegistryClock.Today(clock);
            using var rows = sheet.ReadRows().GetEnumerator();
            var more = true;
            while (more)
            {
                var batchErrors = new List<ImportRowError>();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                for (var n = 0; n < BatchSize; n++)
                {
                    try
                    {
                        more = rows.MoveNext();
                    }
                    catch (ImportFileException e)
                    {
                        failure = e.Message;
                        more = false;
                    }
                    if (!more)
                    {
                        break;
                    }
                    var (row, cells) = rows.Current;
                    if (cells.All(string.IsNullOrWhiteSpace))
                    {
                        continue;
                    }
                    var errors = new List<RowError>();
                    var outcome = await WriteRowAsync(db, writer, columns, cells, district, import, today, errors, cancellationToken);
                    progress.Count(outcome);
                    batchErrors.AddRange(errors.Select(e => new ImportRowError { ImportId = import.Id, Row = row, Column = e.Column, Reason = e.Reason }));
                }
                db.ImportErrors.AddRange(batchErrors);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                await SaveProgressAsync(db, import.Id, progress, null, null, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                committed = progress.Copy();
            }
        }
        catch (ImportFileException e)
        {
            failure = e.Message;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not the file's fault: say so without internals; the log has them.
            logger.LogError(e, "Import {Import} in district {District} failed", import.Id, district.Id);
            failure = "导入过程中发生系统错误，已导入的行保留；请联系系统管理员后重新导入（已导入的行不会重复）。";
            progress = committed;
        }
        await SaveProgressAsync(db, import.Id, progress, failure is null ? ImportStatus.Completed : ImportStatus.Failed, failure, cancellationToken);
        files.Delete(district.Id, import.Id, import.Format);
    }

    private static async Task<RowOutcome> WriteRowAsync(
        RegistryDbContext db, ImportRowWriter writer, ImportColumns columns, IReadOnlyList<string> cells, District district,
        ResidentImport import, DateOnly today, List<RowError> errors, CancellationToken cancellationToken)
    {
        try
        {
            if (ImportRowRules.Check(columns, cells, district, import.Scope, today, errors) is not { } row)
            {
                return RowOutcome.Failed;
            }
            var outcome = await writer.StageAsync(row, import.Scope, today, errors, cancellationToken);
            if (outcome is RowOutcome.Imported or RowOutcome.Updated)
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            return outcome;
        }
        catch (DbUpdateConcurrencyException)
        {
            errors.Add(new("身份证号", "导入该行时该居民的信息正被他人修改，该行未导入；可重新导入该文件"));
            return RowOutcome.Failed;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            errors.Add(new("", "保存时与他人同时登记的信息冲突（身份证号、户号或残疾证号重复），该行未导入；可重新导入该文件"));
            return RowOutcome.Failed;
        }
        finally
        {
            // Whatever the row staged is saved or abandoned now; the next row starts clean, and memory stays flat.
            db.ChangeTracker.Clear();
        }
    }

    // Counters and status are bookkeeping of the import, not changes to residents: written directly,
    // not through the audit trail (the import's creation, with who uploaded what, is audited).
    private async Task SaveProgressAsync(RegistryDbContext db, Guid id, ImportProgress p, ImportStatus? status, string? failure, CancellationToken cancellationToken)
    {
        var query = db.Imports.Where(i => i.Id == id);
        if (status is { } final)
        {
            var now = clock.GetUtcNow();
            await query.ExecuteUpdateAsync(s => s
                .SetProperty(i => i.RowsRead, p.RowsRead).SetProperty(i => i.Imported, p.Imported).SetProperty(i => i.Updated, p.Updated)
                .SetProperty(i => i.Unchanged, p.Unchanged).SetProperty(i => i.Failed, p.Failed)
                .SetProperty(i => i.Status, final).SetProperty(i => i.FinishedAt, now).SetProperty(i => i.FailureReason, failure),
                CancellationToken.None);
            return;
        }
        await query.ExecuteUpdateAsync(s => s
            .SetProperty(i => i.RowsRead, p.RowsRead).SetProperty(i => i.Imported, p.Imported).SetProperty(i => i.Updated, p.Updated)
            .SetProperty(i => i.Unchanged, p.Unchanged).SetProperty(i => i.Failed, p.Failed), cancellationToken);
    }

    private sealed class ImportProgress
    {
        public int RowsRead { get; private set; }
        public int Imported { get; private set; }
        public int Updated { get; private set; }
        public int Unchanged { get; private set; }
        public int Failed { get; private set; }

        public ImportProgress Copy() => (ImportProgress)MemberwiseClone();

        public void Count(RowOutcome outcome)
        {
            RowsRead++;
            switch (outcome)
            {
                case RowOutcome.Imported: Imported++; break;
                case RowOutcome.Updated: Updated++; break;
                case RowOutcome.Unchanged: Unchanged++; break;
                default: Failed++; break;
            }
        }
    }
}
