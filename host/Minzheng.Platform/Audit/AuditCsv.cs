using System.Globalization;
using System.Text;
using Minzheng.Sdk.Time;

namespace Minzheng.Platform.Audit;

/// <summary>Audit entries as a CSV file staff open in Excel.</summary>
internal static class AuditCsv
{
    private static readonly string[] Header =
        ["序号", "时间（北京时间）", "来源", "操作人账号", "操作人", "操作", "对象类型", "对象键", "涉及居民", "变更前", "变更后", "哈希"];

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        // The byte order mark is what makes Excel read the file as UTF-8 rather than show mojibake.
        await output.WriteAsync(Encoding.UTF8.GetPreamble(), cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await writer.WriteAsync(Line(Header));
        await foreach (var e in entries.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line([
                e.Sequence.ToString(CultureInfo.InvariantCulture), BeijingTime.Format(e.At), e.Source, e.ActorId, e.ActorName,
                e.Action, e.Entity, e.Key, e.PersonKey, e.Before, e.After, e.Hash,
            ]));
        }
    }

    private static string Line(IEnumerable<string?> fields) => string.Join(",", fields.Select(Field)) + "\r\n";

    private static string Field(string? value)
    {
        value ??= "";
        // Text that starts like a formula would run as one in Excel (CSV injection): show it as text.
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]))
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
