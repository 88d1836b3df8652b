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
}
