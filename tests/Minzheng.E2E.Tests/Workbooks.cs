using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Minzheng.E2E.Tests;

/// <summary>XLSX files built in the tests: one sheet of text cells (inline strings), a row per line.</summary>
internal static class Workbooks
{
    public static byte[] Xlsx(IEnumerable<IReadOnlyList<string>> lines)
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
                    CellReference = $"{(char)('A' + column)}{index}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(text)),
                }))
                { RowIndex = index });
            }
            worksheet.Worksheet = new Worksheet(data);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "居民" }));
        }
        return buffer.ToArray();
    }
}
