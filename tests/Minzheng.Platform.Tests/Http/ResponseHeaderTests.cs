using System.Net;
using System.Net.Http.Json;
using Minzheng.Platform.Http;
using Minzheng.Platform.Tests.Identity;

namespace Minzheng.Platform.Tests.Http;

/// <summary>What every API answer tells browsers and proxies, and the cookie behind a TLS-terminating proxy.</summary>
public sealed class ResponseHeaderTests
{
    [Fact]
    public async Task An_api_answer_is_never_stored_nor_sniffed_and_an_error_answer_neither()
    {
        await using var host = await RealSignIn.StartAsync();
        var admin = await host.SignInAsAdminAsync();
        var malformed = await admin.PostAsync("/api/platform/roles", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        foreach (var response in new[] { await admin.GetAsync("/api/platform/users"), await admin.GetAsync("/api/platform/no-such-thing"), await host.CreateClient().GetAsync("/api/platform/users"), malformed })
        {
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task Behind_a_proxy_that_terminated_tls_the_sign_in_cookie_is_secure()
    {
        await using var host = await RealSignIn.StartAsync();
        async Task<string> CookieAsync(string? forwardedProto)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/platform/auth/sign-in") { Content = JsonContent.Create(new { userName = "admin", password = RealSignIn.AdminPassword }) };
            if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            var response = await host.CreateClient().SendAsync(request);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("minzheng.auth=", StringComparison.Ordinal));
        }
        Assert.DoesNotContain("secure", (await CookieAsync(null)).ToLowerInvariant());
        Assert.Contains("secure", (await CookieAsync("https")).ToLowerInvariant());
    }

    [Fact]
    public void Trusted_proxies_are_addresses_or_networks_and_anything_else_stops_the_start()
    {
        var options = TrustedProxies.Options(["10.0.0.5", "192.168.1.0/24", " "]);
        Assert.Contains(System.Net.IPAddress.Parse("10.0.0.5"), options.KnownProxies);
        Assert.Contains(options.KnownIPNetworks, n => n.ToString() == "192.168.1.0/24");
        Assert.Throws<Minzheng.Platform.Configuration.ConfigurationProblem>(() => TrustedProxies.Options(["nginx.local"]));
        Assert.Throws<Minzheng.Platform.Configuration.ConfigurationProblem>(() => TrustedProxies.Options(["10.0.0.0/99"]));
    }
}
