using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Minzheng.Platform.Files;

/// <summary>One worksheet written as an XLSX workbook (the writer behind <see cref="Sdk.Files.ITableFiles.WriteXlsx"/>).</summary>
internal static class XlsxWriter
{
    private static readonly char[] NotInSheetNames = ['[', ']', ':', '*', '?', '/', '\\'];

    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(header.Select(h => (object?)h)));
            foreach (var row in rows)
            {
                data.Append(Row(row));
            }
            worksheet.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = SheetName(sheetName) });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    // Excel refuses to open a workbook whose sheet name is empty, too long or holds one of these characters.
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => Array.IndexOf(NotInSheetNames, c) < 0).ToArray()).Trim();
        clean = clean.Length == 0 ? "Sheet1" : clean;
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static Row Row(IEnumerable<object?> values)
    {
        var row = new Row();
        row.Append(values.Select(Cell));
        return row;
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        int or long or decimal or double => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")) },
    };
}
