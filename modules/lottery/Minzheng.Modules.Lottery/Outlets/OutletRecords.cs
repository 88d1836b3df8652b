using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Contracts;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Modules.Lottery.Inspections;

namespace Minzheng.Modules.Lottery.Outlets;

/// <summary>An outlet's contract: number, term, status (active or terminated).</summary>
public sealed record OutletContractRow(Guid Id, string Number, DateOnly StartsOn, DateOnly EndsOn, string Status);

/// <summary>A terminal's placement at the outlet: serial, installed, left (moved or withdrawn), whether it stands there now.</summary>
public sealed record OutletTerminalRow(Guid Id, string SerialNumber, DateOnly InstalledOn, DateOnly? RemovedOn, string? RemovalReason, bool Current);

/// <summary>An inspection of the outlet: day, status, how many findings.</summary>
public sealed record OutletInspectionRow(Guid Id, DateOnly InspectedOn, string Status, int Findings);

/// <summary>A penalty of the outlet's operator there: decision number and date, fine in 元, status (in-force or withdrawn).</summary>
public sealed record OutletPenaltyRow(Guid Id, string DecisionNumber, DateOnly DecidedOn, decimal Amount, string Status);

/// <summary>The outlet's related records its page lists, newest first (terminals: every placement, current and past; every move applied for).</summary>
public sealed record OutletRecords(IReadOnlyList<OutletContractRow> Contracts, IReadOnlyList<OutletTerminalRow> Terminals,
    IReadOnlyList<OutletInspectionRow> Inspections, IReadOnlyList<OutletPenaltyRow> Penalties, IReadOnlyList<OutletMoveRow> Moves)
{
    /// <summary>None (a write's answer: the page reads them with the outlet).</summary>
    public static readonly OutletRecords None = new([], [], [], [], []);

    /// <summary>Reads the records of outlet <paramref name="outletId"/> (the caller already sees the outlet, so its records too: they carry its village).</summary>
    public static async Task<OutletRecords> LoadAsync(LotteryDb db, Guid outletId, CancellationToken ct)
    {
        var contracts = await db.Contracts.AsNoTracking().Where(c => c.OutletId == outletId).OrderByDescending(c => c.StartsOn)
            .Select(c => new { c.Id, c.Number, c.StartsOn, c.EndsOn, c.Status }).ToListAsync(ct);
        var terminals = await db.TerminalPlacements.AsNoTracking().Where(p => p.OutletId == outletId)
            .Join(db.Terminals, p => p.TerminalId, t => t.Id, (p, t) => new { t.Id, t.SerialNumber, p.InstalledOn, p.RemovedOn, p.RemovalReason })
            .OrderByDescending(p => p.InstalledOn).ToListAsync(ct);
        var inspections = await db.Inspections.AsNoTracking().Where(i => i.OutletId == outletId).OrderByDescending(i => i.InspectedOn)
            .Select(i => new { i.Id, i.InspectedOn, i.Status, Findings = i.Findings.Count }).ToListAsync(ct);
        var penalties = await db.Penalties.AsNoTracking().Where(p => p.OutletId == outletId).OrderByDescending(p => p.DecidedOn).ToListAsync(ct);
        var moves = await db.OutletMoves.AsNoTracking().Where(m => m.OutletId == outletId).OrderByDescending(m => m.AppliedOn).ThenByDescending(m => m.DecidedOn)
            .Join(db.Outlets, m => m.OutletId, o => o.Id, (m, o) => new { Move = m, o.Name }).ToListAsync(ct);
        return new(
            contracts.Select(c => new OutletContractRow(c.Id, c.Number, c.StartsOn, c.EndsOn, ContractRules.Code(c.Status))).ToList(),
            terminals.Select(t => new OutletTerminalRow(t.Id, t.SerialNumber, t.InstalledOn, t.RemovedOn, t.RemovalReason, t.RemovedOn is null)).ToList(),
            inspections.Select(i => new OutletInspectionRow(i.Id, i.InspectedOn, InspectionRules.Code(i.Status), i.Findings)).ToList(),
            penalties.Select(p => new OutletPenaltyRow(p.Id, p.DecisionNumber, p.DecidedOn, p.AmountFen / 100m, InspectionRules.Code(p))).ToList(),
            moves.Select(m => OutletMoveRow.Of(m.Move, m.Name)).ToList());
    }
}
