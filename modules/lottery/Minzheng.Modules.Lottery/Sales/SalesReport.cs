using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Modules.Lottery.Sales;

/// <summary>Sales reports computed in the database (one GROUP BY over the caller's scope and period); the page's rows named after.</summary>
internal sealed class SalesReport(LotteryDb db, ICallerContext caller, IDivisionNames names)
{
    /// <summary>One page: by month and town in their order, by outlet the largest first.</summary>
    public Task<Paged<SalesReportRow>> PageAsync(SalesReportQuery query, PageQuery paging, CancellationToken ct) => RowsAsync(query, paging, ct);

    /// <summary>
    /// Every row (for the export), in the page's order: the same grouped query as the list's, so that the file and the
    /// screen cannot disagree, run once (page by page would aggregate the whole period again for every page).
    /// </summary>
    public async Task<IReadOnlyList<SalesReportRow>> AllAsync(SalesReportQuery query, CancellationToken ct) => (await RowsAsync(query, null, ct)).Items;

    private async Task<Paged<SalesReportRow>> RowsAsync(SalesReportQuery query, PageQuery? paging, CancellationToken ct)
    {
        var sales = Sales(query);
        switch (query.By)
        {
            case SalesGrouping.Town:
                var towns = await sales.GroupBy(s => s.DivisionCode.Substring(0, 9))
                    .Select(g => new Group<string> { Key = g.Key, Outlets = g.Select(s => s.OutletId).Distinct().Count(), Amount = g.Sum(s => s.Amount) })
                    .OrderBy(g => g.Key).ToPageOrAllAsync(paging, ct);
                return towns.Map(g => new SalesReportRow(g.Key, names.NameOf(g.Key) ?? g.Key, g.Outlets, g.Amount));
            case SalesGrouping.Outlet:
                var outlets = await sales.GroupBy(s => s.OutletId)
                    // SQLite orders by numbers, not by decimals: the order's weight is the same sum as a double.
                    .Select(g => new Group<Guid> { Key = g.Key, Outlets = 1, Amount = g.Sum(s => s.Amount), Weight = g.Sum(s => (double)s.Amount) })
                    .OrderByDescending(g => g.Weight).ThenBy(g => g.Key).ToPageOrAllAsync(paging, ct);
                var ids = outlets.Items.Select(g => g.Key).ToList();
                var named = await db.Outlets.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => new { o.StationNumber, o.Name }, ct);
                return outlets.Map(g => new SalesReportRow(named[g.Key].StationNumber ?? "", named[g.Key].Name, 1, g.Amount));
            default:
                var months = await sales.GroupBy(s => s.Month)
                    .Select(g => new Group<DateOnly> { Key = g.Key, Outlets = g.Select(s => s.OutletId).Distinct().Count(), Amount = g.Sum(s => s.Amount) })
                    .OrderBy(g => g.Key).ToPageOrAllAsync(paging, ct);
                return months.Map(g => new SalesReportRow(g.Key.ToString("yyyy-MM", CultureInfo.InvariantCulture), $"{g.Key.Year}年{g.Key.Month}月", g.Outlets, g.Amount));
        }
    }

    /// <summary>The report's totals: different outlets, and the amount.</summary>
    public async Task<(int Outlets, decimal Amount)> TotalAsync(SalesReportQuery query, CancellationToken ct)
    {
        var sales = Sales(query);
        return (await sales.Select(s => s.OutletId).Distinct().CountAsync(ct), await sales.SumAsync(s => (decimal?)s.Amount, ct) ?? 0m);
    }

    private IQueryable<MonthlySale> Sales(SalesReportQuery query)
    {
        var sales = db.Sales.AsNoTracking().WithinScope(caller).Where(s => s.Month >= query.From && s.Month <= query.To);
        return query.Game is { } game ? sales.Where(s => s.Game == game) : sales;
    }

    private sealed class Group<TKey>
    {
        public required TKey Key { get; init; }

        public int Outlets { get; init; }

        public decimal Amount { get; init; }

        public double Weight { get; init; }
    }
}
