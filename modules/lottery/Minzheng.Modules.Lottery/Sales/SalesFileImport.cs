using Microsoft.EntityFrameworkCore;
using Minzheng.Modules.Lottery.Data;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;
using Minzheng.Sdk.Time;

namespace Minzheng.Modules.Lottery.Sales;

/// <summary>
/// The sales centre's monthly file: one row per outlet, month and game kind. A new figure is added; a re-sent month
/// replaces the figure kept, the previous value kept in a <see cref="SaleRevision"/> and the difference summed on the
/// import; the same figure again changes nothing, so the same file can be sent twice.
/// </summary>
internal sealed class SalesFileImport(LotteryDb db, ICallerContext caller, SalesOptions options, TimeProvider clock)
{
    /// <summary>The template's header, in order.</summary>
    public static readonly string[] Header = ["月份", "网点编号", "游戏类别", "销售额（元）"];

    private static readonly string[][] Required = [["月份"], ["网点编号"], ["游戏类别"], ["销售额（元）"]];

    private static readonly Dictionary<string, string> Columns = new()
    {
        ["month"] = "月份", ["outlet"] = "网点编号", ["game"] = "游戏类别", ["amount"] = "销售额（元）",
    };

    /// <summary>Imports the rows of <paramref name="table"/> into <paramref name="import"/>; a problem of the whole file is answered instead, and nothing is saved.</summary>
    public async Task<string?> RunAsync(ITableFile table, SalesImport import, CancellationToken ct)
    {
        if (TableColumns.Read(table.ReadHeader(), Required, out var headerProblem) is not { } columns) return headerProblem;
        var rows = TableImport.ReadRows(table, SalesRules.MaxRows, out var problem);
        if (problem is not null) return problem;
        var today = clock.BeijingToday();
        var numbers = rows.Select(r => columns.Cell(r.Cells, "网点编号")).OfType<string>().Distinct().ToList();
        // Every outlet of the district, whatever the caller's scope: a row of another town's outlet is refused as such, not as unknown.
        var outlets = await db.Outlets.AsNoTracking().Where(o => o.StationNumber != null && numbers.Contains(o.StationNumber))
            .Select(o => new { o.Id, Number = o.StationNumber!, o.DivisionCode, o.OpenedOn, o.ClosedOn }).ToDictionaryAsync(o => o.Number, ct);
        var accepted = new List<(int Row, Guid OutletId, string Village, DateOnly Month, string Game, decimal Amount)>();
        var inFile = new Dictionary<(Guid, DateOnly, string), int>();
        import.Rows = rows.Count;
        foreach (var (row, cells) in rows)
        {
            var errors = new FieldErrors();
            var number = columns.Cell(cells, "网点编号");
            var outlet = number is null ? null : outlets.GetValueOrDefault(number);
            var month = SalesRules.Month(columns.Cell(cells, "月份"));
            if (month is null) errors.Add("month", "应为月份（如 2026-05）");
            else if (SalesRules.RefuseMonth(month.Value, today) is { } badMonth) errors.Add("month", badMonth);
            if (number is null) errors.Add("outlet", "必填");
            else if (outlet is null) errors.Add("outlet", $"没有编号为 {number} 的销售网点");
            else if (!caller.Scope.Contains(outlet.DivisionCode)) errors.Add("outlet", "该网点不在您的辖区内");
            else if (month is { } m && SalesRules.RefuseOutletMonth(outlet.OpenedOn, outlet.ClosedOn, m) is { } notOpen) errors.Add("outlet", notOpen);
            var game = columns.Cell(cells, "游戏类别");
            if (SalesRules.RefuseGame(game, options) is { } badGame) errors.Add("game", badGame);
            var amountText = columns.Cell(cells, "销售额（元）");
            var amount = TableImport.Number(amountText);
            if (amountText is not null && amount is null) errors.Add("amount", "应为金额（元，如 12345.60）");
            else if (SalesRules.RefuseAmount(amount) is { } badAmount) errors.Add("amount", badAmount);
            if (!errors.HasErrors && inFile.TryGetValue((outlet!.Id, month!.Value, game!), out var first)) errors.Add("outlet", $"与第{first}行是同一网点、月份和游戏类别");
            if (errors.HasErrors)
            {
                import.Refuse(row, TableImport.Message(errors, Columns));
                continue;
            }
            inFile[(outlet!.Id, month!.Value, game!)] = row;
            accepted.Add((row, outlet.Id, outlet.DivisionCode, month.Value, game!, amount!.Value));
        }

        var ids = accepted.Select(a => a.OutletId).Distinct().ToList();
        var months = accepted.Select(a => a.Month).Distinct().ToList();
        // Tracked: a replaced figure is changed in place, and the platform audits the change with its before and after.
        var kept = (await db.Sales.Where(s => ids.Contains(s.OutletId) && months.Contains(s.Month)).ToListAsync(ct))
            .ToDictionary(s => (s.OutletId, s.Month, s.Game));
        foreach (var (row, outletId, village, month, game, amount) in accepted)
        {
            var sale = kept.GetValueOrDefault((outletId, month, game));
            switch (SalesRules.Change(sale?.Amount, amount))
            {
                case SaleChange.Unchanged:
                    import.Unchanged++;
                    break;
                case SaleChange.Replaced:
                    db.SaleRevisions.Add(new SaleRevision
                    {
                        Id = Guid.NewGuid(), SaleId = sale!.Id, DivisionCode = village, ImportId = import.Id, Row = row, Previous = sale.Amount, Amount = amount,
                    });
                    import.Replaced++;
                    import.Difference += amount - sale.Amount;
                    sale.Amount = amount;
                    sale.ImportId = import.Id;
                    break;
                default:
                    db.Sales.Add(new MonthlySale { Id = Guid.NewGuid(), OutletId = outletId, DivisionCode = village, Month = month, Game = game, Amount = amount, ImportId = import.Id });
                    import.Created++;
                    import.CreatedAmount += amount;
                    break;
            }
        }
        return null;
    }
}
