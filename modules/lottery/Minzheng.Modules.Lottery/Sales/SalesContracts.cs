namespace Minzheng.Modules.Lottery.Sales;

/// <summary>A sales import as staff read its outcome.</summary>
/// <param name="Id">Id.</param>
/// <param name="FileName">The file.</param>
/// <param name="ImportedAt">When.</param>
/// <param name="StaffName">By whom.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Created">New figures.</param>
/// <param name="Replaced">Figures of a re-sent month replaced.</param>
/// <param name="Unchanged">Figures already there, unchanged.</param>
/// <param name="Failed">Rows refused.</param>
/// <param name="CreatedAmount">The new figures' sum, 元.</param>
/// <param name="Difference">The replaced figures' difference (new − previous), 元.</param>
/// <param name="Outcome">The outcome in a sentence (… 替换2条，差额+1,200.00元 …).</param>
public sealed record SalesImportView(Guid Id, string FileName, DateTimeOffset ImportedAt, string StaffName, int Rows, int Created, int Replaced, int Unchanged,
    int Failed, decimal CreatedAmount, decimal Difference, string Outcome)
{
    internal static SalesImportView Of(SalesImport i) => new(i.Id, i.FileName, i.ImportedAt, i.StaffName, i.Rows, i.Created, i.Replaced, i.Unchanged, i.Failed,
        i.CreatedAmount, i.Difference, SalesRules.Outcome(i));
}

/// <summary>A figure an import replaced.</summary>
/// <param name="Row">The row of the import's file.</param>
/// <param name="StationNumber">网点编号.</param>
/// <param name="OutletName">网点名称.</param>
/// <param name="Month">The month (2026-05).</param>
/// <param name="Game">游戏类别.</param>
/// <param name="Previous">Before, 元.</param>
/// <param name="Amount">After, 元.</param>
/// <param name="Difference">After − before, 元.</param>
public sealed record SaleRevisionRow(int Row, string StationNumber, string OutletName, string Month, string Game, decimal Previous, decimal Amount, decimal Difference);

/// <summary>One row of a sales report.</summary>
/// <param name="Key">The month (2026-05), the town's code, or the outlet's number.</param>
/// <param name="Label">2026年5月, the town's name, or the outlet's name.</param>
/// <param name="Outlets">Outlets with sales in the row.</param>
/// <param name="Amount">销售额, 元.</param>
public sealed record SalesReportRow(string Key, string Label, int Outlets, decimal Amount);
