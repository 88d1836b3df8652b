using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Minzheng.Platform.Audit;

/// <summary>How before/after states are written: Chinese readable as is, enums by name.</summary>
internal static class AuditJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>A one-field object, e.g. <c>{"field":"idNumber"}</c>.</summary>
    public static string Object(string name, object? value) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { [name] = value }, Options);
}
