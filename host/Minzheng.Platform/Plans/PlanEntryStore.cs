using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Sdk.Access;

namespace Minzheng.Platform.Plans;

/// <summary>The caller's district's entered plan values: appended, never changed, each one in the audit trail.</summary>
internal sealed class PlanEntryStore(ICallerContext caller, Func<PlatformDbContext> platformDb, AuditWriter audit, TimeProvider clock)
{
    /// <summary>A row's entries, newest first.</summary>
    public async Task<IReadOnlyList<PlanEntry>> HistoryAsync(string planId, int rowNumber, CancellationToken cancellationToken)
    {
        await using var db = platformDb();
        var entries = await db.PlanEntries.AsNoTracking()
            .Where(e => e.DistrictId == caller.DistrictId && e.PlanId == planId && e.RowNumber == rowNumber).ToListAsync(cancellationToken);
        return [.. entries.OrderByDescending(e => e.EnteredAt)];
    }

    /// <summary>Saves a value, then its audit entry.</summary>
    public async Task<PlanEntry> AddAsync(Plan plan, PlanRow row, decimal value, DateOnly valueAsOf, string sourceText, CancellationToken cancellationToken)
    {
        var entry = new PlanEntry
        {
            Id = Guid.NewGuid(), DistrictId = caller.DistrictId, PlanId = plan.Id, RowNumber = row.Number, Value = value, ValueAsOf = valueAsOf,
            SourceText = sourceText, EnteredById = caller.Staff.Id, EnteredByName = caller.Staff.Name, EnteredAt = clock.GetUtcNow(),
        };
        await using (var db = platformDb())
        {
            db.PlanEntries.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
        }
        // The value is saved by now: its record must follow even if the caller gives up.
        await audit.AppendAsync(caller.DistrictId, new AuditDraft(ModuleDatabases.PlatformSource, AuditActor.From(caller), "plan-value-entered", "PlanRow",
            $"{plan.Id}/{row.Number}",
            After: JsonSerializer.Serialize(new { row = row.Name, value, valueAsOf, sourceText }, AuditJson.Options)), CancellationToken.None);
        return entry;
    }
}
