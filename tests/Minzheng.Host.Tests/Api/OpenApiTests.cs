using System.Net;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Api;

/// <summary>One REST API, described by one OpenAPI document, with public health and reference pages.</summary>
public sealed class OpenApiTests
{
    private static ModuleTestHostOptions BothModules() => new() { ModuleFolders = { FixtureModules.Notes, FixtureModules.Echo } };

    [Fact]
    public async Task One_openapi_document_describes_platform_and_module_endpoints_tagged_by_module_name()
    {
        await using var host = await ModuleTestHost.StartAsync(BothModules());

        var response = await host.CreateClient().GetAsync("/openapi/v1.json");

        var document = await ProblemAssert.OkJsonAsync(response);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths");
        var pathNames = paths.EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/platform/modules", pathNames);
        Assert.Contains("/api/platform/districts/{districtId}/modules/{moduleId}", pathNames);
        Assert.Equal(["平台"], Tags(Operation(paths, "/api/platform/modules", "get")));

        Assert.Equal(["备忘"], Tags(Operation(paths, NotesRoot(pathNames), "get")));
        Assert.Equal(["备忘"], Tags(Operation(paths, NotesRoot(pathNames), "post")));
        Assert.Equal(["备忘"], Tags(Operation(paths, "/api/notes/whoami", "get")));
        Assert.Equal(["回声"], Tags(Operation(paths, "/api/echo/received", "get")));
        Assert.Equal(["回声"], Tags(Operation(paths, "/api/echo/job-runs", "get")));
    }

    [Fact]
    public async Task Health_answers_anonymously()
    {
        await using var host = await ModuleTestHost.StartAsync(BothModules());

        var response = await host.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Api_reference_page_answers_anonymously()
    {
        await using var host = await ModuleTestHost.StartAsync(BothModules());
        var client = host.CreateClient();
        var url = new Uri(client.BaseAddress!, "/api-reference");

        var response = await client.GetAsync(url);
        for (var hops = 0; hops < 3 && (int)response.StatusCode is >= 300 and < 400; hops++)
        {
            Assert.NotNull(response.Headers.Location);
            url = new Uri(url, response.Headers.Location!);
            Assert.Contains("/api-reference", url.AbsolutePath);
            response = await client.GetAsync(url);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        // The page loads its script from beside itself and the document relative to the application root.
        Assert.True(html.Contains("\"openapi/v1.json\""), html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(url, "scalar.js"))).StatusCode);
    }

    private static string NotesRoot(List<string> pathNames) =>
        pathNames.Contains("/api/notes/") ? "/api/notes/" : "/api/notes";

    private static JsonElement Operation(JsonElement paths, string path, string method)
    {
        Assert.True(paths.TryGetProperty(path, out var item), $"path {path} is not in the document");
        Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is not in the document");
        return operation;
    }

    private static string[] Tags(JsonElement operation) =>
        operation.TryGetProperty("tags", out var tags) ? tags.EnumerateArray().Select(t => t.GetString()!).ToArray() : [];
}
