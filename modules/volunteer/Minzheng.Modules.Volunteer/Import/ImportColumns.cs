namespace Minzheng.Modules.Volunteer.Import;

/// <summary>
/// A file's columns found by their header, so that staff may reorder them or leave out optional ones; plain C#.
/// </summary>
public sealed class ImportColumns
{
    private readonly Dictionary<string, int> _index;

    private ImportColumns(Dictionary<string, int> index) => _index = index;

    /// <summary>
    /// Reads <paramref name="header"/>; null with <paramref name="problem"/> naming what is missing when a column of
    /// <paramref name="required"/> is not there (any one of a group such as 志愿者编号/身份证号码 will do).
    /// </summary>
    public static ImportColumns? Read(IReadOnlyList<string>? header, IReadOnlyList<string[]> required, out string? problem)
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
        return new ImportColumns(index);
    }

    /// <summary>The row's cell under <paramref name="name"/>, trimmed; null when the column is absent or the cell empty.</summary>
    public string? Cell(IReadOnlyList<string> cells, string name) =>
        _index.TryGetValue(name, out var i) && i < cells.Count && cells[i].Trim() is { Length: > 0 } value ? value : null;

    // "身份证号码*" and "身份证号码（必填）" as a template may mark them, and stray spaces, name the same column.
    private static string Normalise(string header)
    {
        var name = header.Trim().TrimEnd('*', '＊');
        var note = name.IndexOfAny(['（', '(']);
        return (note > 0 && name.EndsWith("必填）", StringComparison.Ordinal) || note > 0 && name.EndsWith("必填)", StringComparison.Ordinal) ? name[..note] : name).Trim();
    }
}
