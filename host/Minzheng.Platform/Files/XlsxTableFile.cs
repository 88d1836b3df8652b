using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Minzheng.Sdk.Files;

namespace Minzheng.Platform.Files;

/// <summary>
/// The first worksheet of an XLSX workbook, read with the SAX-style <see cref="OpenXmlReader"/>: only
/// the current row is ever loaded, never the sheet's DOM. The shared-string table is kept, as cells
/// refer to it by index (it holds each distinct text once, far smaller than the sheet).
/// </summary>
internal sealed class XlsxTableFile : ITableFile
{
    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _sheet;
    private readonly List<string> _sharedStrings = [];
    private OpenXmlReader? _reader;

    public XlsxTableFile(string path)
    {
        try
        {
            _document = SpreadsheetDocument.Open(path, isEditable: false);
            var workbook = _document.WorkbookPart ?? throw new TableFileException("文件中没有工作簿，不是有效的XLSX文件。");
            var first = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new TableFileException("工作簿中没有工作表。");
            // The first sheet may be a chart sheet: no rows to read.
            _sheet = workbook.GetPartById(first.Id?.Value ?? throw new TableFileException("工作表缺少标识，文件可能已损坏。")) as WorksheetPart
                ?? throw new TableFileException("工作簿的第一个工作表不是数据表（例如图表），请把数据放在第一个工作表。");
            if (workbook.SharedStringTablePart is { } strings)
            {
                ReadSharedStrings(strings);
            }
        }
        catch (TableFileException)
        {
            _document?.Dispose();
            throw;
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or InvalidOperationException or ArgumentException)
        {
            _document?.Dispose();
            throw new TableFileException("无法读取该XLSX文件：文件已损坏，或不是Excel 2007及以后版本的工作簿（.xlsx）。", e);
        }
    }

    public IReadOnlyList<string>? ReadHeader()
    {
        _reader = OpenXmlReader.Create(_sheet);
        return NextRow() is { } header ? header.Cells : null;
    }

    public IEnumerable<(int Row, IReadOnlyList<string> Cells)> ReadRows()
    {
        while (NextRow() is { } row)
        {
            yield return row;
        }
    }

    private (int Row, IReadOnlyList<string> Cells)? NextRow()
    {
        var reader = _reader ?? throw new InvalidOperationException("Read the header first.");
        try
        {
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var row = (Row)reader.LoadCurrentElement()!;
                    return ((int)(row.RowIndex?.Value ?? 0), Cells(row));
                }
            }
            return null;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or OpenXmlPackageException)
        {
            throw new TableFileException("XLSX工作表内容已损坏，无法继续读取。", e);
        }
    }

    private List<string> Cells(Row row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            // Empty cells are often left out of the XML: place each by its reference (C5 → column 2).
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
            while (cells.Count < column)
            {
                cells.Add("");
            }
            cells.Add(Text(cell));
        }
        return cells;
    }

    private string Text(Cell cell)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, out var i) && i >= 0 && i < _sharedStrings.Count ? _sharedStrings[i] : "";
        }
        return raw;
    }

    private void ReadSharedStrings(SharedStringTablePart part)
    {
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                // InnerText joins rich-text runs; phonetic guides (<rPh>) are not part of the value.
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                _sharedStrings.Add(string.Concat(item.Elements<Text>().Select(t => t.Text)
                    .Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? ""))));
            }
        }
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return Math.Max(index - 1, 0);
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _document.Dispose();
    }
}
