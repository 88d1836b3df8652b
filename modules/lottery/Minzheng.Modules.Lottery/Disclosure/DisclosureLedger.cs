using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Lottery.Disclosure;

/// <summary>Reads the ledger up to a year's end for <see cref="DisclosureRules.Compute"/>.</summary>
internal static class DisclosureLedger
{
    public static async Task<DisclosureFigures> ComputeAsync(LotteryDb db, IDivisionNames names, int year, CancellationToken ct)
    {
        var lines = await db.FundMovements.AsNoTracking().Where(m => m.Year <= year)
            .Select(m => new LedgerLine(m.Kind, m.ReversedKind, m.Source, m.ProjectId, m.Amount, m.Year)).ToListAsync(ct);
        var ids = lines.Where(l => l.Year == year && l.ProjectId != null).Select(l => l.ProjectId!.Value).Distinct().ToList();
        var projects = await db.FundProjects.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        return DisclosureRules.Compute(year, lines,
            [.. projects.Select(p => new ProjectLine(p.Id, p.Name, p.RecipientName, p.Purpose, p.DivisionCode.Length == 6 ? "全区" : names.NameOf(p.DivisionCode) ?? p.DivisionCode))]);
    }
}
