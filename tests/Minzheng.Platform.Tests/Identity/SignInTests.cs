using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Testing;
using OtpNet;

namespace Minzheng.Platform.Tests.Identity;

public sealed class SignInTests
{
    [Fact]
    public async Task First_administrator_gets_the_configured_password_and_every_permission()
    {
        await using var host = await RealSignIn.StartAsync();
        var admin = await host.SignInAsAdminAsync();
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/platform/auth/me");
        Assert.Equal(TestDistricts.First, me.GetProperty("districtId").GetString());
        Assert.Equal("District", me.GetProperty("scopeLevel").GetString());
        var permissions = me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("platform.users.manage", permissions);
        Assert.Contains("platform.registry.read-id-number", permissions);
    }

    [Fact]
    public async Task Wrong_password_is_refused_and_repeated_failures_lock_the_account()
    {
        await using var host = await RealSignIn.StartAsync();
        var client = host.CreateClient();
        var wrong = await client.PostAsJsonAsync("/api/platform/auth/sign-in", new { userName = "admin", password = "Wrong-Passw0rd!" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.StartsWith("用户名或密码错误", (await wrong.ProblemAsync()).GetProperty("detail").GetString());
        for (var i = 0; i < 4; i++)
        {
            await client.PostAsJsonAsync("/api/platform/auth/sign-in", new { userName = "admin", password = "Wrong-Passw0rd!" });
        }
        var locked = await client.PostAsJsonAsync("/api/platform/auth/sign-in", new { userName = "admin", password = RealSignIn.AdminPassword });
        // The right password no longer signs in; the answer is the one a wrong password gets (see SignInHardeningTests).
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("锁定", (await locked.ProblemAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Missing_fields_are_field_level_validation_problems()
    {
        await using var host = await RealSignIn.StartAsync();
        var response = await host.CreateClient().PostAsJsonAsync("/api/platform/auth/sign-in", new { userName = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("userName", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Anonymous_callers_are_refused_with_401()
    {
        await using var host = await RealSignIn.StartAsync();
        var response = await host.CreateClient().GetAsync("/api/platform/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Cookie_changes_need_the_antiforgery_token()
    {
        await using var host = await RealSignIn.StartAsync();
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.NoContent,
            (await client.PostAsJsonAsync("/api/platform/auth/sign-in", new { userName = "admin", password = RealSignIn.AdminPassword })).StatusCode);
        var forged = await client.PostAsJsonAsync("/api/platform/tokens", new { name = "脚本" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("防伪令牌无效", (await forged.ProblemAsync()).GetProperty("title").GetString());

        var admin = await host.SignInAsAdminAsync();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/platform/tokens", new { name = "脚本" })).StatusCode);
    }

    [Fact]
    public async Task Two_factor_sign_in_needs_the_current_totp_code()
    {
        await using var host = await RealSignIn.StartAsync();
        var admin = await host.SignInAsAdminAsync();
        var setup = await (await admin.PostAsync("/api/platform/auth/two-factor/setup", null)).Content.ReadFromJsonAsync<JsonElement>();
        var totp = new Totp(Base32Encoding.ToBytes(setup.GetProperty("sharedKey").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/platform/auth/two-factor/enable", new { code = "000000" == totp.ComputeTotp() ? "111111" : "000000" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync("/api/platform/auth/two-factor/enable", new { code = totp.ComputeTotp() })).StatusCode);

        var client = host.CreateClient();
        var withoutCode = await client.PostAsJsonAsync("/api/platform/auth/sign-in", new { userName = "admin", password = RealSignIn.AdminPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        Assert.True((await withoutCode.ProblemAsync()).GetProperty("requiresTwoFactor").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/platform/auth/me")).StatusCode);

        await host.SignInAsync("admin", RealSignIn.AdminPassword, totp.ComputeTotp());
    }
}
