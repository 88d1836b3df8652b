using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Minzheng.Platform.Tests.Identity;

public sealed class TokenTests
{
    [Fact]
    public async Task Bearer_token_works_until_revoked_and_then_stops_at_once()
    {
        await using var host = await RealSignIn.StartAsync();
        var admin = await host.SignInAsAdminAsync();
        var issued = await (await admin.PostAsJsonAsync("/api/platform/tokens", new { name = "对账脚本", expiresInDays = 30 })).Content.ReadFromJsonAsync<JsonElement>();
        var secret = issued.GetProperty("token").GetString()!;

        var rest = host.CreateClient();
        rest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await rest.GetAsync("/api/platform/auth/me")).StatusCode);
        // No cookie, so no anti-forgery token is needed for a change made with a bearer token.
        Assert.Equal(HttpStatusCode.OK, (await rest.GetAsync("/api/platform/users")).StatusCode);

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/platform/tokens");
        Assert.Equal(secret[..8], list[0].GetProperty("prefix").GetString());
        Assert.False(list[0].ToString().Contains(secret, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/platform/tokens/{issued.GetProperty("id").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await rest.GetAsync("/api/platform/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Unknown_token_is_refused_and_bad_expiry_is_a_field_error()
    {
        await using var host = await RealSignIn.StartAsync();
        var rest = host.CreateClient();
        rest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "mz_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await rest.GetAsync("/api/platform/auth/me")).StatusCode);

        var admin = await host.SignInAsAdminAsync();
        var bad = await admin.PostAsJsonAsync("/api/platform/tokens", new { name = "x", expiresInDays = 1000 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.ProblemAsync()).GetProperty("errors").TryGetProperty("expiresInDays", out _));
    }
}
