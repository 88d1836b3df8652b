using Minzheng.Platform.Registry.Synthetic;

namespace Minzheng.Platform.Registry.Import;

/// <summary>
/// Where each column of the exchange format (<see cref="ResidentRow.Headers"/>) sits in one file.
/// Files may order columns freely; every required column must be there, and nothing else.
/// </summary>
internal sealed class ImportColumns
{
    private readonly Dictionary<string, int> _index;

    private ImportColumns(Dictionary<string, int> index) => _index = index;

    /// <summary>Reads a header row; on failure returns null and a message for the uploader.</summary>
    public static ImportColumns? From(IReadOnlyList<string> header, out string? error)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }
            if (!ResidentRow.Headers.Contains(name))
            {
                unknown.Add(name);
            }
            else if (!index.TryAdd(name, i))
            {
                error = $"表头中“{name}”列出现了不止一次。";
                return null;
            }
        }
        var missing = ResidentRow.Headers.Where(h => !index.ContainsKey(h) && !ResidentRow.OptionalHeaders.Contains(h)).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            var parts = new List<string>();
            if (missing.Count > 0)
            {
                parts.Add($"缺少列：{string.Join("、", missing)}");
            }
            if (unknown.Count > 0)
            {
                parts.Add($"无法识别的列：{string.Join("、", unknown)}");
            }
            error = $"文件第一行应为居民信息导入模板的表头（{string.Join("、", ResidentRow.Headers)}）。{string.Join("；", parts)}。";
            return null;
        }
        error = null;
        return new ImportColumns(index);
    }

    /// <summary>The trimmed cell under <paramref name="header"/>; null when empty or the column is absent.</summary>
    public string? Cell(IReadOnlyList<string> cells, string header) =>
        _index.TryGetValue(header, out var i) && i < cells.Count && cells[i].Trim() is { Length: > 0 } value ? value : null;
}
