using System.Globalization;
using System.Text;
using Minzheng.Modules.Disability.Common;
using Minzheng.Modules.Disability.Eligibility;
using Minzheng.Sdk.Files;

namespace Minzheng.Modules.Disability.Rosters;

/// <summary>The roster as the bank takes it (CSV, UTF-8 with BOM for Excel; or XLSX), and the bank's return file (either).</summary>
internal static class RosterFiles
{
    public const string LineIdHeader = "明细编号";
    public const string OutcomeHeader = "发放结果";
    public const string ReasonHeader = "失败原因";

    private static readonly string[] Headers = [LineIdHeader, "姓名", "身份证号码", "开户银行", "银行账号", "金额（元）", "补贴类别", "所属月份", "发放类型", "村居代码"];

    private static string[] Cells(RosterLine l) =>
    [
        l.Id.ToString(), l.Name, l.IdNumber, l.BankName, l.BankAccount, l.Amount.ToString("0.00", CultureInfo.InvariantCulture),
        SubsidyKinds.Label(l.Kind), new PayMonth(l.ForMonth).ToString(), l.LineKind == LineKind.Regular ? "当月" : "补发", l.DivisionCode,
    ];

    public static byte[] Csv(IEnumerable<RosterLine> lines)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Headers).Append("\r\n");
        foreach (var line in lines)
        {
            text.AppendJoin(',', Cells(line).Select(Escape)).Append("\r\n");
        }
        // The BOM lets Excel, which the bank's clerks open it with, read the Chinese correctly.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(ITableFiles files, IEnumerable<RosterLine> lines, string sheetName) =>
        // The amount as a number, so the bank's totals add up in the spreadsheet.
        files.WriteXlsx(sheetName, Headers, lines.Select(l => (IReadOnlyList<object?>)Cells(l).Select((c, i) => i == 5 ? (object?)l.Amount : c).ToArray()));

    /// <summary>
    /// Reads the bank's return (CSV or XLSX, e.g. the exported roster with its outcome filled in): a header
    /// with at least 明细编号 and 发放结果 (成功/失败), and optionally 失败原因.
    /// </summary>
    /// <exception cref="TableFileException">The file cannot be read.</exception>
    public static (List<(int Row, Guid LineId, bool Paid, string? Reason)> Rows, List<RowError> Errors) ReadReturn(ITableFile file)
    {
        var rows = new List<(int, Guid, bool, string?)>();
        var errors = new List<RowError>();
        var header = (file.ReadHeader() ?? []).Select(h => h.Trim()).ToList();
        var idColumn = header.IndexOf(LineIdHeader);
        var outcomeColumn = header.IndexOf(OutcomeHeader);
        var reasonColumn = header.IndexOf(ReasonHeader);
        if (idColumn < 0 || outcomeColumn < 0)
        {
            errors.Add(new RowError(1, $"回盘文件第一行应为表头，且包含“{LineIdHeader}”和“{OutcomeHeader}”两列"));
            return (rows, errors);
        }
        foreach (var (rowNumber, cells) in file.ReadRows())
        {
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            string Cell(int column) => column >= 0 && column < cells.Count ? cells[column].Trim() : "";
            if (!Guid.TryParse(Cell(idColumn), out var lineId))
            {
                errors.Add(new RowError(rowNumber, "明细编号无效"));
                continue;
            }
            switch (Cell(outcomeColumn))
            {
                case "成功" or "已发放":
                    rows.Add((rowNumber, lineId, true, null));
                    break;
                case "失败" or "发放失败":
                    rows.Add((rowNumber, lineId, false, Cell(reasonColumn) is { Length: > 0 } reason ? reason : "银行未说明原因"));
                    break;
                default:
                    errors.Add(new RowError(rowNumber, "发放结果应为“成功”或“失败”"));
                    break;
            }
        }
        return (rows, errors);
    }

    private static string Escape(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
