using Microsoft.AspNetCore.Http;
using Minzheng.Sdk.Files;

namespace Minzheng.Platform.Files;

/// <summary>
/// The one reader of uploaded tables: the registry import and the modules (through <see cref="ITableFiles"/>)
/// read CSV and XLSX alike.
/// </summary>
internal sealed class TableFiles : ITableFiles
{
    public ITableFile Open(string path, TableFormat format) => format switch
    {
        TableFormat.Csv => new CsvTableFile(path),
        TableFormat.Xlsx => new XlsxTableFile(path),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public byte[] WriteXlsx(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        XlsxWriter.Write(sheetName, header, rows);

    public async Task<ITableFile> OpenUploadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var format = Path.GetExtension(file.FileName).ToLowerInvariant() switch
        {
            ".csv" => TableFormat.Csv,
            ".xlsx" => TableFormat.Xlsx,
            _ => throw new TableFileException("文件应为CSV或XLSX（.csv、.xlsx）。"),
        };
        // The readers take a file (an XLSX is a zip, read by seeking).
        var path = Path.GetTempFileName();
        try
        {
            await using (var copy = File.Create(path))
            {
                await file.CopyToAsync(copy, cancellationToken);
            }
            return new TemporaryTableFile(Open(path, format), path);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>An uploaded table read from a temporary copy, deleted with it.</summary>
    private sealed class TemporaryTableFile(ITableFile table, string path) : ITableFile
    {
        public IReadOnlyList<string>? ReadHeader() => table.ReadHeader();

        public IEnumerable<(int Row, IReadOnlyList<string> Cells)> ReadRows() => table.ReadRows();

        public void Dispose()
        {
            table.Dispose();
            File.Delete(path);
        }
    }
}
