using System.Globalization;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Sdk.Files;

/// <summary>A row of an imported table that was refused: its number as a spreadsheet shows it (the header is row 1) and why.</summary>
/// <param name="Row">The row's number.</param>
/// <param name="Message">What is wrong, every field at once, each under its column (身份证号码：校验位不正确；联系电话：…).</param>
/// <remarks>Since SDK 2.3.0.</remarks>
public sealed record RowError(int Row, string Message);

/// <summary>
/// A table's columns found by their header, so that staff may reorder columns or leave out optional ones: "身份证号码*"
/// and "身份证号码（必填）", as a template may mark them, name the same column as "身份证号码".
/// </summary>
/// <remarks>Since SDK 2.3.0.</remarks>
public sealed class TableColumns
{
    private readonly Dictionary<string, int> _index;

    private TableColumns(Dictionary<string, int> index) => _index = index;

    /// <summary>
    /// Reads <paramref name="header"/> (<see cref="ITableFile.ReadHeader"/>); null, with <paramref name="problem"/> for staff,
    /// when the file is empty or a column of <paramref name="required"/> is missing (a group such as
    /// <c>["志愿者编号", "身份证号码"]</c> needs any one of its names).
    /// </summary>
    public static TableColumns? Read(IReadOnlyList<string>? header, IReadOnlyList<string[]> required, out string? problem)
    {
        problem = null;
        if (header is null)
        {
            problem = "文件是空的：第一行应为表头";
            return null;
        }
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = Normalise(header[i]);
            if (name.Length > 0) index.TryAdd(name, i);
        }
        var missing = required.Where(group => !group.Any(index.ContainsKey)).Select(group => string.Join("或", group)).ToList();
        if (missing.Count > 0)
        {
            problem = $"缺少列：{string.Join("、", missing)}（请使用导入模板的表头）";
            return null;
        }
        return new TableColumns(index);
    }

    /// <summary>Whether the header has a column named <paramref name="name"/>.</summary>
    public bool Has(string name) => _index.ContainsKey(name);

    /// <summary>The row's cell under <paramref name="name"/>, trimmed; null when the column is absent or the cell empty.</summary>
    public string? Cell(IReadOnlyList<string> cells, string name) =>
        _index.TryGetValue(name, out var i) && i < cells.Count && cells[i].Trim() is { Length: > 0 } value ? value : null;

    private static string Normalise(string header)
    {
        var name = header.Trim().TrimEnd('*', '＊').Trim();
        foreach (var mark in new[] { "（必填）", "(必填)" })
        {
            if (name.EndsWith(mark, StringComparison.Ordinal)) return name[..^mark.Length].Trim();
        }
        return name;
    }
}

/// <summary>What every import of a table does alike: read its rows within a limit, say a row's field errors in one line, read dates and amounts as spreadsheets hold them.</summary>
/// <remarks>Since SDK 2.3.0.</remarks>
public static class TableImport
{
    /// <summary>
    /// The data rows of <paramref name="table"/> (blank rows left out), or <paramref name="problem"/> for the file as a whole:
    /// more than <paramref name="maxRows"/> rows (split the file), or none. Read the rows before saving anything, so that
    /// a refused file saves nothing.
    /// </summary>
    /// <exception cref="TableFileException">The file is damaged at some row.</exception>
    public static List<(int Row, IReadOnlyList<string> Cells)> ReadRows(ITableFile table, int maxRows, out string? problem)
    {
        problem = null;
        var rows = new List<(int Row, IReadOnlyList<string> Cells)>();
        foreach (var row in table.ReadRows())
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count == maxRows)
            {
                problem = $"一个文件最多{maxRows:N0}行，请拆分后分批导入";
                return rows;
            }
            rows.Add(row);
        }
        if (rows.Count == 0) problem = "文件中只有表头，没有数据行";
        return rows;
    }

    /// <summary>
    /// A row's field errors as one line, each under its column's name (身份证号码：…；联系电话：…): <paramref name="columns"/>
    /// maps the fields the checks name (<c>idNumber</c>) to the file's column names.
    /// </summary>
    public static string Message(FieldErrors errors, IReadOnlyDictionary<string, string> columns) =>
        string.Join("；", errors.Errors.Select(e => $"{columns.GetValueOrDefault(e.Key, e.Key)}：{string.Join("，", e.Value)}"));

    /// <summary>
    /// A date as staff's spreadsheets hold it: 2024-03-01, 2024/3/1, 2024年3月1日, 20240301, or the serial number an Excel
    /// date cell stores; null when it is none of them.
    /// </summary>
    public static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim();
        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy年M月d日", "yyyyMMdd"];
        if (DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        // Excel's serial days (1900 system), plausible dates only (1954 to 2119).
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 20000 and < 80000)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        }
        return null;
    }

    /// <summary>A number or an amount as a cell holds it (12.5, 1,234.50, ¥1234); null when it is not one.</summary>
    public static decimal? Number(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim().TrimStart('¥', '￥').Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
