using System.Net;
using System.Text.Json;

namespace Minzheng.Sdk.Testing;

/// <summary>
/// Reading a module's answers in a test: the body as JSON once the status is the one expected, and the fields every
/// record of the platform carries (<c>id</c>, <c>version</c>) or a problem's field errors. One set for every module's
/// tests, so that a test of one module reads like a test of another.
/// </summary>
public static class ResponseJson
{
    /// <summary>
    /// The body as a JSON element (cloned: it outlives the response), after checking that the status is
    /// <paramref name="expected"/>; otherwise an <see cref="UnexpectedResponseException"/> with the status and the body,
    /// which is what a reader of the failed test needs (a problem detail says why).
    /// </summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new UnexpectedResponseException($"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        }
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The record's <c>id</c>.</summary>
    public static string Id(this JsonElement element) => element.GetProperty("id").GetString()!;

    /// <summary>The record's <c>version</c>, which a change must send back.</summary>
    public static int Version(this JsonElement element) => element.GetProperty("version").GetInt32();

    /// <summary>A string property; an exception when it is missing or null.</summary>
    public static string Text(this JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidOperationException($"'{property}' is null");

    /// <summary>Whether a validation problem names <paramref name="field"/> among its <c>errors</c>.</summary>
    public static bool HasError(this JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _);
}

/// <summary>A test received another status than the one it expected; the message holds the body.</summary>
public sealed class UnexpectedResponseException(string message) : Exception(message);
