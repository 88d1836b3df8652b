using Microsoft.AspNetCore.Http;

namespace Minzheng.Platform.Registry.Import;

/// <summary>What an uploaded file must be to be queued: its format, from name and declared type.</summary>
internal static class ImportUpload
{
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Browsers and Excel label files variously (Windows calls a CSV application/vnd.ms-excel); a
    // generic binary type is accepted too. The content is checked by reading it, not trusted by label.
    private static readonly HashSet<string> CsvTypes = new(StringComparer.OrdinalIgnoreCase)
        { CsvType, "text/plain", "application/csv", "application/vnd.ms-excel", "application/octet-stream" };

    private static readonly HashSet<string> XlsxTypes = new(StringComparer.OrdinalIgnoreCase)
        { XlsxType, "application/zip", "application/octet-stream" };

    /// <summary>The file's format, or null with a message for the uploader.</summary>
    public static ImportFormat? FormatOf(IFormFile file, out string? error)
    {
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        var type = file.ContentType?.Split(';')[0].Trim() ?? "";
        (var format, var types) = extension switch
        {
            ".csv" => (ImportFormat.Csv, CsvTypes),
            ".xlsx" => (ImportFormat.Xlsx, XlsxTypes),
            _ => ((ImportFormat?)null, (HashSet<string>?)null),
        };
        if (format is null)
        {
            error = "只能导入CSV（.csv，UTF-8编码）或Excel工作簿（.xlsx）文件。";
            return null;
        }
        if (type.Length > 0 && !types!.Contains(type))
        {
            error = $"文件扩展名为{extension}，但上传的内容类型为“{type}”，两者不符。";
            return null;
        }
        error = null;
        return format;
    }
}
