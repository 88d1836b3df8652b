using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Identity;

/// <summary>A host that signs staff in for real, and the steps tests repeat: sign in, fetch the anti-forgery token.</summary>
internal static class RealSignIn
{
    public const string AdminPassword = "Test-Chief-Passw0rd!";

    public static Task<ModuleTestHost> StartAsync(Action<ModuleTestHostOptions>? configure = null) =>
        PlatformTestHost.StartAsync(o =>
        {
            o.RealSignIn = true;
            o.Settings["MINZHENG_ADMIN_PASSWORD"] = AdminPassword;
            configure?.Invoke(o);
        });

    /// <summary>Signs in with the cookie and prepares the anti-forgery header, as the web UI does.</summary>
    public static async Task<HttpClient> SignInAsync(this ModuleTestHost host, string userName, string password, string? code = null)
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/platform/auth/sign-in", new { userName, password, twoFactorCode = code });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var antiforgery = await client.GetFromJsonAsync<JsonElement>("/api/platform/auth/antiforgery");
        client.DefaultRequestHeaders.Add(antiforgery.GetProperty("headerName").GetString()!, antiforgery.GetProperty("token").GetString());
        return client;
    }

    public static Task<HttpClient> SignInAsAdminAsync(this ModuleTestHost host) => host.SignInAsync("admin", AdminPassword);

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Creates a staff account through the API as the administrator.</summary>
    public static async Task CreateUserAsync(this HttpClient admin, string userName, string password, string level, string code, params string[] roles)
    {
        var response = await admin.PostAsJsonAsync("/api/platform/users", new { userName, displayName = userName, password, scopeLevel = level, scopeCode = code, roles });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
