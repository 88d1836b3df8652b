using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Data;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Time;

namespace Minzheng.Platform.Registry.Import;

/// <summary>
/// Takes queued imports and reads them row by row. Rows are written in batches, one transaction per
/// batch (<see cref="ImportBatch"/>: a refused row never leaves part of itself behind). Progress is written with each batch: what
/// <c>GET /imports/{id}</c> shows is what is committed.
/// An import left running by a process that died is taken over (<see cref="ImportClaims"/>) and resumed
/// after the rows its last committed batch counted: those rows, their errors and counts are already
/// stored, and the rows of the batch the crash cut short were rolled back with it.
/// </summary>
internal sealed class ImportRunner(
    DistrictDirectory districts, ModuleDatabases databases, ImportFiles files, ITableFiles tables, TimeProvider clock, ILogger<ImportRunner> logger)
{
    /// <summary>Rows per transaction: few enough to keep the write lock short, enough to amortise the commit.</summary>
    public const int BatchSize = 500;

    /// <summary>What staff read when the uploaded file is gone before the import could end.</summary>
    public const string FileMissing =
        "上传的文件已不在服务器上，无法继续导入；已导入的行保留。请重新上传该文件（已导入的行不会重复）。";

    /// <summary>Runs every claimable import of every district to its end; returns how many ran.</summary>
    public async Task<int> RunPendingAsync(CancellationToken cancellationToken)
    {
        var ran = 0;
        foreach (var district in districts.All)
        {
            List<Guid> claimable;
            List<Guid> elsewhere;
            await using (var db = databases.Create<RegistryDbContext>(district.Id))
            {
                claimable = await ImportClaims.ClaimableAsync(db, clock.GetUtcNow(), cancellationToken);
                // A queued file waits in the data folder of the instance that received it: with several
                // instances and no shared folder, the others leave it to that one instead of failing it.
                var queued = await db.Imports.AsNoTracking().Where(i => claimable.Contains(i.Id) && i.Status == ImportStatus.Queued)
                    .Select(i => new { i.Id, i.Format }).ToListAsync(cancellationToken);
                elsewhere = queued.Where(i => !File.Exists(files.PathOf(district.Id, i.Id, i.Format))).Select(i => i.Id).ToList();
            }
            foreach (var id in claimable.Except(elsewhere))
            {
                if (await ClaimAsync(district, id, cancellationToken) is { } claim)
                {
                    await RunAsync(district, claim.Import, claim.Token, cancellationToken);
                    ran++;
                }
            }
        }
        return ran;
    }

    /// <summary>Claims an import; null when another worker got it first.</summary>
    private async Task<(ResidentImport Import, Guid Token)?> ClaimAsync(District district, Guid id, CancellationToken cancellationToken)
    {
        await using var db = databases.Create<RegistryDbContext>(district.Id);
        if (await ImportClaims.ClaimAsync(db, id, clock.GetUtcNow(), cancellationToken) is not { } token)
        {
            return null;
        }
        var import = await db.Imports.AsNoTracking().FirstAsync(i => i.Id == id, cancellationToken);
        if (import.RowsRead > 0)
        {
            logger.LogWarning("Import {Import} in district {District} was left running; resuming after row {Rows}", id, district.Id, import.RowsRead);
        }
        return (import, token);
    }

    private async Task RunAsync(District district, ResidentImport import, Guid token, CancellationToken cancellationToken)
    {
        var actor = new ImportActor(district.Id, import);
        await using var db = databases.Create<RegistryDbContext>(district.Id, actor);
        // What is committed so far: nothing for a new import, the last batch's counts for a resumed one.
        var committed = ImportProgress.Of(import);
        var progress = committed.Copy();
        string? failure = null;
        try
        {
            var path = files.PathOf(district.Id, import.Id, import.Format);
            if (!File.Exists(path))
            {
                throw new ImportFileException(FileMissing);
            }
            using var sheet = tables.Open(path, import.Format.AsTable());
            var columns = ImportColumns.From(sheet.ReadHeader() ?? [], out var headerError)
                ?? throw new ImportFileException(headerError!);
            var batch = new ImportBatch(db, columns, district, import.Scope, clock.BeijingToday(), clock);
            using var rows = sheet.ReadRows().GetEnumerator();
            SkipCommitted(rows, import.RowsRead);
            var more = true;
            while (more)
            {
                var lines = new List<ImportLine>(BatchSize);
                while (lines.Count < BatchSize)
                {
                    try
                    {
                        more = rows.MoveNext();
                    }
                    catch (TableFileException e)
                    {
                        // The rows before the damage are still written; the import then stops with the reason.
                        failure = e.Message;
                        more = false;
                    }
                    if (!more)
                    {
                        break;
                    }
                    var (row, cells) = rows.Current;
                    if (!cells.All(string.IsNullOrWhiteSpace))
                    {
                        lines.Add(new ImportLine(row, cells));
                    }
                }
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var batchErrors = new List<ImportRowError>();
                foreach (var line in await batch.WriteAsync(lines, cancellationToken))
                {
                    progress.Count(line.Outcome);
                    batchErrors.AddRange(line.Errors.Select(e => new ImportRowError { ImportId = import.Id, Row = line.Row, Column = e.Column, Reason = e.Reason }));
                }
                db.ImportErrors.AddRange(batchErrors);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                if (!await SaveProgressAsync(db, import.Id, token, progress, null, null, cancellationToken))
                {
                    // Taken over while this batch ran (this process looked dead): the batch is undone, the new holder goes on.
                    await transaction.RollbackAsync(CancellationToken.None);
                    logger.LogWarning("Import {Import} in district {District} was taken over by another worker; stopping", import.Id, district.Id);
                    return;
                }
                await transaction.CommitAsync(cancellationToken);
                committed = progress.Copy();
            }
        }
        catch (TableFileException e)
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
        if (await SaveProgressAsync(db, import.Id, token, progress, failure is null ? ImportStatus.Completed : ImportStatus.Failed, failure, cancellationToken))
        {
            files.Delete(district.Id, import.Id, import.Format);
        }
    }

    /// <summary>Moves past the data rows a crashed run committed, counted as <see cref="ImportProgress.RowsRead"/> counts them.</summary>
    private static void SkipCommitted(IEnumerator<(int Row, IReadOnlyList<string> Cells)> rows, int committedRows)
    {
        var skipped = 0;
        while (skipped < committedRows && rows.MoveNext())
        {
            if (!rows.Current.Cells.All(string.IsNullOrWhiteSpace))
            {
                skipped++;
            }
        }
    }

    // Counters and status are bookkeeping of the import, not changes to residents: written directly,
    // not through the audit trail (the import's creation, with who uploaded what, is audited).
    // Each write renews the heartbeat, and is made only while the claim is still this worker's: false when it is not.
    private async Task<bool> SaveProgressAsync(
        RegistryDbContext db, Guid id, Guid token, ImportProgress p, ImportStatus? status, string? failure, CancellationToken cancellationToken)
    {
        var query = ImportClaims.Held(db, id, token);
        var now = clock.GetUtcNow();
        if (status is { } final)
        {
            return await query.ExecuteUpdateAsync(s => s
                .SetProperty(i => i.RowsRead, p.RowsRead).SetProperty(i => i.Imported, p.Imported).SetProperty(i => i.Updated, p.Updated)
                .SetProperty(i => i.Unchanged, p.Unchanged).SetProperty(i => i.Failed, p.Failed).SetProperty(i => i.HeartbeatAt, now)
                .SetProperty(i => i.Status, final).SetProperty(i => i.FinishedAt, now).SetProperty(i => i.FailureReason, failure),
                CancellationToken.None) == 1;
        }
        return await query.ExecuteUpdateAsync(s => s
            .SetProperty(i => i.RowsRead, p.RowsRead).SetProperty(i => i.Imported, p.Imported).SetProperty(i => i.Updated, p.Updated)
            .SetProperty(i => i.Unchanged, p.Unchanged).SetProperty(i => i.Failed, p.Failed).SetProperty(i => i.HeartbeatAt, now),
            cancellationToken) == 1;
    }

    private sealed class ImportProgress
    {
        public int RowsRead { get; private set; }
        public int Imported { get; private set; }
        public int Updated { get; private set; }
        public int Unchanged { get; private set; }
        public int Failed { get; private set; }

        public ImportProgress Copy() => (ImportProgress)MemberwiseClone();

        /// <summary>The counts an import has committed.</summary>
        public static ImportProgress Of(ResidentImport i) =>
            new() { RowsRead = i.RowsRead, Imported = i.Imported, Updated = i.Updated, Unchanged = i.Unchanged, Failed = i.Failed };

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
