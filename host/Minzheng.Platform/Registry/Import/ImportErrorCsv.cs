using System.Globalization;
using System.Text;

namespace Minzheng.Platform.Registry.Import;

/// <summary>The per-row error report of an import, as a CSV file staff open in Excel.</summary>
internal static class ImportErrorCsv
{
    private static readonly string[] Header = ["行号", "列", "原因"];

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<ImportRowError> errors, CancellationToken cancellationToken)
    {
        // The byte order mark is what makes Excel read the file as UTF-8 rather than show mojibake.
        await output.WriteAsync(Encoding.UTF8.GetPreamble(), cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await writer.WriteAsync(Line(Header));
        await foreach (var e in errors.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line([e.Row.ToString(CultureInfo.InvariantCulture), e.Column, e.Reason]));
        }
    }

    private static string Line(IEnumerable<string?> fields) => string.Join(",", fields.Select(Field)) + "\r\n";

    private static string Field(string? value)
    {
        value ??= "";
        // Reasons quote cells of the uploaded file: one starting like a formula must not run in Excel (CSV injection).
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]))
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
