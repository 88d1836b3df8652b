using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Minzheng.Sdk.Events;

/// <summary>The one JSON format of integration events, used by publisher and dispatcher alike.</summary>
public static class EventJson
{
    /// <summary>camelCase, Chinese kept readable in the stored payload.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
