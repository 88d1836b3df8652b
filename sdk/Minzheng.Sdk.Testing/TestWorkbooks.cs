using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Minzheng.Sdk.Testing;

/// <summary>
/// XLSX files in a module's tests: a workbook to upload to an import, built from lines of text, and the cells of a
/// workbook an export answered, read back as text.
/// </summary>
/// <remarks>Since SDK 2.3.0.</remarks>
public static class TestWorkbooks
{
    /// <summary>One worksheet of text cells (inline strings), a row per line, the first line usually the header.</summary>
    /// <param name="lines">The rows, top to bottom.</param>
    /// <param name="sheetName">The worksheet's name.</param>
    public static byte[] Xlsx(IEnumerable<IReadOnlyList<string>> lines, string sheetName = "Sheet1")
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (cells, index) in lines.Select((cells, i) => (cells, (uint)i + 1)))
            {
                data.AppendChild(new Row(cells.Select((text, column) => new Cell
                {
                    CellReference = $"{ColumnName(column)}{index}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(text)),
                }))
                { RowIndex = index });
            }
            worksheet.Worksheet = new Worksheet(data);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName }));
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// The first worksheet's rows as text, top to bottom: shared and inline strings as written, numbers as stored
    /// (<c>12.5</c>); an empty cell between others is "" so that columns stay in place.
    /// </summary>
    /// <param name="xlsx">The workbook's bytes.</param>
    public static IReadOnlyList<IReadOnlyList<string>> Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The file has no workbook.");
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("The workbook has no worksheet.");
        var sheet = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column) cells.Add("");
                cells.Add(Text(cell, shared));
            }
            rows.Add(cells);
        }
        return rows;
    }

    private static string Text(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString) return shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)];
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return cell.CellValue?.Text ?? cell.InnerText;
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index - 1;
    }
}
