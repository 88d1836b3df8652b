namespace Minzheng.Sdk.Files;

/// <summary>The formats of a table staff upload: what Excel saves and what banks and bureaus exchange.</summary>
public enum TableFormat
{
    /// <summary>Comma-separated, UTF-8 (with or without BOM).</summary>
    Csv,

    /// <summary>An Excel 2007+ workbook; its first worksheet is read.</summary>
    Xlsx,
}

/// <summary>
/// Reads table files staff upload, row by row, with the readers the registry import uses: a file of any
/// size needs the memory of one row, a CSV saved by Excel in the Chinese-Windows encoding is refused with
/// a message that says how to save it, empty cells of an XLSX row keep their columns.
/// Inject it into an endpoint or service.
/// </summary>
public interface ITableFiles
{
    /// <summary>Opens the file at <paramref name="path"/> (e.g. an upload saved to a temporary file).</summary>
    /// <exception cref="TableFileException">The file cannot be read as <paramref name="format"/>.</exception>
    ITableFile Open(string path, TableFormat format);

    /// <summary>
    /// Opens a file uploaded to an endpoint, in the format its extension names (.csv or .xlsx). The upload is
    /// copied to a temporary file that is deleted when the returned table is disposed.
    /// </summary>
    /// <exception cref="TableFileException">The name is not .csv or .xlsx, or the file cannot be read as such.</exception>
    /// <remarks>Since SDK 1.2.0.</remarks>
    Task<ITableFile> OpenUploadAsync(Microsoft.AspNetCore.Http.IFormFile file, CancellationToken cancellationToken);

    /// <summary>
    /// Writes one worksheet as an XLSX workbook: the header row, then the rows. A cell that is a number
    /// (<see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="double"/>) is written as a number, so
    /// that totals add up in Excel; null as an empty cell; anything else as its text.
    /// </summary>
    /// <param name="sheetName">The worksheet's name (at most 31 characters, no <c>[]:*?/\</c>; longer is cut).</param>
    /// <param name="header">The first row.</param>
    /// <param name="rows">The rows after it.</param>
    /// <remarks>Since SDK 2.1.0.</remarks>
    byte[] WriteXlsx(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows);
}

/// <summary>The media type of an XLSX download.</summary>
public static class TableMediaTypes
{
    /// <summary><c>application/vnd.openxmlformats-officedocument.spreadsheetml.sheet</c>.</summary>
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// <summary>An open table file. Read the header first, then the rows; dispose when done.</summary>
public interface ITableFile : IDisposable
{
    /// <summary>The first row (the header); null for an empty file.</summary>
    /// <exception cref="TableFileException">The file is damaged.</exception>
    IReadOnlyList<string>? ReadHeader();

    /// <summary>The rows after the header, numbered as a spreadsheet shows them (the header is row 1).</summary>
    /// <exception cref="TableFileException">The file is damaged at some row (thrown while enumerating).</exception>
    IEnumerable<(int Row, IReadOnlyList<string> Cells)> ReadRows();
}

/// <summary>A table file that cannot be read; the message is for staff (Chinese) and says what to do.</summary>
public class TableFileException(string message, Exception? inner = null) : Exception(message, inner);
