using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Minzheng.Host.Tests.Api;

/// <summary>Assertions on RFC 9457 problem detail responses and JSON bodies, shared by the host tests.</summary>
internal static class ProblemAssert
{
    /// <summary>
    /// Asserts <paramref name="response"/> has <paramref name="status"/>, is <c>application/problem+json</c>
    /// and carries that status in its body; returns the body.
    /// </summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()), "a problem detail has a title");
        return body;
    }

    /// <summary>The problem's <c>detail</c>, or "" when it has none.</summary>
    public static string Detail(JsonElement problem) =>
        problem.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "";

    /// <summary>Asserts a 2xx answer (showing the body when not) and returns the JSON body.</summary>
    public static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Expected success but got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>GETs <paramref name="url"/>, asserts success, returns the JSON body.</summary>
    public static async Task<JsonElement> GetOkJsonAsync(this HttpClient client, string url) =>
        await OkJsonAsync(await client.GetAsync(url));

    /// <summary>The string values of a JSON array, sorted (for order-free comparison).</summary>
    public static string[] SortedStrings(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Posts a note, asserting it was created.</summary>
    public static async Task CreateNoteAsync(this HttpClient client, string text, string divisionCode)
    {
        var response = await client.PostAsJsonAsync("/api/notes/", new { text, divisionCode });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating note '{text}' gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The texts of the notes the client sees, sorted.</summary>
    public static async Task<string[]> NoteTextsAsync(this HttpClient client) =>
        (await client.GetOkJsonAsync("/api/notes/")).EnumerateArray()
            .Select(n => n.GetProperty("text").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
