using CsvHelper;
using Minzheng.Sdk.Files;

namespace Minzheng.Platform.Files;

/// <summary>
/// A CSV file in UTF-8 (with or without BOM), read record by record with CsvHelper's streaming
/// reader: only its buffer of the file is in memory at any time.
/// </summary>
internal sealed class CsvTableFile(string path) : ITableFile
{
    private readonly CsvReader _reader = CsvReader.FromFile(path, new CsvReaderOptions
    {
        // The exchange format is comma-separated: guessing could split a file on the commas of an address.
        Separator = ',',
        HasHeader = false,
        TrackLineNumbers = true,
        // A row of the format is a few hundred bytes; an unclosed quote must not buffer the whole file.
        MaxRecordSize = 1024 * 1024,
    });

    public IReadOnlyList<string>? ReadHeader() => Next()?.Cells;

    public IEnumerable<(int Row, IReadOnlyList<string> Cells)> ReadRows()
    {
        while (Next() is { } row)
        {
            yield return row;
        }
    }

    private (int Row, IReadOnlyList<string> Cells)? Next()
    {
        try
        {
            if (!_reader.Read())
            {
                return null;
            }
            var cells = new string[_reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = _reader.GetString(i);
                // Bytes that are not UTF-8 decode to U+FFFD: a file Excel saved as plain "CSV" on a Chinese
                // Windows is GBK, and would import as mojibake. Better refuse it and say how to save it.
                if (cells[i].Contains('\uFFFD'))
                {
                    throw new TableFileException($"第{_reader.LineNumber}行的内容不是UTF-8编码。请在Excel中“另存为”选择“CSV UTF-8（逗号分隔）”后重新上传。");
                }
            }
            return ((int)_reader.LineNumber, cells);
        }
        catch (CsvFormatException e)
        {
            throw new TableFileException("CSV格式有误（例如引号未配对或某行过长），无法继续读取。", e);
        }
    }

    public void Dispose() => _reader.Dispose();
}
