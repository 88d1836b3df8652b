using System.Text;

namespace Minzheng.Platform.Registry.Synthetic;

/// <summary>Writes residents in the registry's exchange format as CSV (UTF-8 with BOM, so Excel shows Chinese).</summary>
public static class ResidentCsv
{
    /// <summary>Writes a header line and one line per row.</summary>
    public static async Task WriteAsync(TextWriter writer, IEnumerable<ResidentRow> rows)
    {
        await writer.WriteLineAsync(string.Join(',', ResidentRow.Headers));
        foreach (var row in rows)
        {
            await writer.WriteLineAsync(string.Join(',', row.Cells().Select(Escape)));
        }
    }

    /// <summary>Writes to a file.</summary>
    public static async Task WriteFileAsync(string path, IEnumerable<ResidentRow> rows)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await WriteAsync(writer, rows);
    }

    private static string Escape(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) < 0 ? cell : $"\"{cell.Replace("\"", "\"\"")}\"";
}
