using System.Net.Http.Json;
using System.Text.Json;

namespace Minzheng.Sdk.Testing;

/// <summary>
/// Checks a module's routes as API clients see them, in the host's OpenAPI document: every route has a name
/// (<c>.WithName</c>, its <c>operationId</c>) and a summary (<c>.WithSummary</c>), the SDK's house style.
/// </summary>
public static class RouteContracts
{
    /// <summary>
    /// The routes under <c>/api/{moduleId}/</c> that lack a name or a summary, as <c>"GET /api/x/y: no name"</c>;
    /// empty when every route has both.
    /// </summary>
    /// <param name="client">A client of a <see cref="ModuleTestHost"/> (the document is public).</param>
    /// <param name="moduleId">The module's id.</param>
    public static async Task<IReadOnlyList<string>> UndocumentedAsync(HttpClient client, string moduleId)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(moduleId);
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var problems = new List<string>();
        var prefix = $"/api/{moduleId}/";
        var found = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith(prefix, StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                found++;
                var route = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (!operation.Value.TryGetProperty("operationId", out var id) || string.IsNullOrWhiteSpace(id.GetString()))
                {
                    problems.Add($"{route}: no name (.WithName)");
                }
                if (!operation.Value.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
                {
                    problems.Add($"{route}: no summary (.WithSummary)");
                }
            }
        }
        if (found == 0)
        {
            problems.Add($"no route under {prefix} in the OpenAPI document: is the module loaded and enabled?");
        }
        return problems;
    }
}
