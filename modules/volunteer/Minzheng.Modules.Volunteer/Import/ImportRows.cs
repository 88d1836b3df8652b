using System.Globalization;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Files;

namespace Minzheng.Modules.Volunteer.Import;

/// <summary>What both imports do alike: read the rows within the limit, turn a row's field errors into one line, read dates.</summary>
internal static class ImportRows
{
    /// <summary>The data rows of <paramref name="table"/>, or a problem with the file as a whole (too many rows, damaged).</summary>
    public static List<(int Row, IReadOnlyList<string> Cells)> Read(ITableFile table, out string? problem)
    {
        problem = null;
        var rows = new List<(int Row, IReadOnlyList<string> Cells)>();
        foreach (var row in table.ReadRows())
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count == ImportLimits.MaxRows)
            {
                problem = $"一个文件最多{ImportLimits.MaxRows:N0}行，请拆分后分批导入（已导入的行再次导入时会跳过）";
                return rows;
            }
            rows.Add(row);
        }
        if (rows.Count == 0) problem = "文件中只有表头，没有数据行";
        return rows;
    }

    /// <summary>A row's field errors as one line, each under its column's name (身份证号码：…；联系电话：…).</summary>
    public static string Message(FieldErrors errors, IReadOnlyDictionary<string, string> columns) =>
        string.Join("；", errors.Errors.Select(e => $"{columns.GetValueOrDefault(e.Key, e.Key)}：{string.Join("，", e.Value)}"));

    /// <summary>
    /// A date as staff's spreadsheets hold it: 2024-03-01, 2024/3/1, 2024年3月1日, or the serial number an Excel date
    /// cell stores; null when it is none of them.
    /// </summary>
    public static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim();
        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy年M月d日", "yyyyMMdd"];
        if (DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        // Excel's serial days (1900 system): 1 is 1900-01-01; plausible dates only.
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 20000 and < 80000)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        }
        return null;
    }
}
