using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;

namespace Minzheng.Modules.Lottery.Fund;

/// <summary>Sums of the ledger that the dashboard and the disclosure read: a reversal counts against what it undoes.</summary>
public static class FundFigures
{
    /// <summary>
    /// Receipts dated in the years <paramref name="from"/> to <paramref name="to"/>, less their reversals, fen; with
    /// <paramref name="localOnly"/> those raised locally (本级: every source but 上级下达; a reversal carries its receipt's source).
    /// </summary>
    public static async Task<long> RaisedAsync(LotteryDb db, int from, int to, CancellationToken ct, bool localOnly = false)
    {
        var inPeriod = db.FundMovements.AsNoTracking().Where(m => m.Year >= from && m.Year <= to);
        if (localOnly) inPeriod = inPeriod.Where(m => m.Source != ReceiptSource.Allocated);
        var receipts = await inPeriod.Where(m => m.Kind == MovementKind.Receipt).SumAsync(m => m.Amount, ct);
        var reversed = await inPeriod.Where(m => m.Kind == MovementKind.Reversal && m.ReversedKind == MovementKind.Receipt).SumAsync(m => m.Amount, ct);
        return receipts - reversed;
    }
}
