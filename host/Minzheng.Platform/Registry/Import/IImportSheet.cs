namespace Minzheng.Platform.Registry.Import;

/// <summary>
/// The rows of an import file, read one at a time so that a file of any size needs the memory of
/// one row. Readers throw <see cref="ImportFileException"/> when the file is not what it claims.
/// </summary>
internal interface IImportSheet : IDisposable
{
    /// <summary>The first row (the header); null for an empty file.</summary>
    IReadOnlyList<string>? ReadHeader();

    /// <summary>The data rows after the header, numbered as a spreadsheet shows them (the header is 1).</summary>
    IEnumerable<(int Row, IReadOnlyList<string> Cells)> ReadRows();
}

/// <summary>Opens an import file in its format.</summary>
internal static class ImportSheets
{
    public static IImportSheet Open(string path, ImportFormat format) => format switch
    {
        ImportFormat.Csv => new CsvImportSheet(path),
        ImportFormat.Xlsx => new XlsxImportSheet(path),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
