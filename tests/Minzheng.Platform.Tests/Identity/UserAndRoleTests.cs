using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Identity;

public sealed class UserAndRoleTests
{
    private const string ClerkPassword = "Desk-Work-Passw0rd!";

    [Fact]
    public async Task Roles_grant_permissions_and_changes_take_effect_at_once()
    {
        await using var host = await RealSignIn.StartAsync();
        var admin = await host.SignInAsAdminAsync();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/platform/roles", new { name = "窗口", permissions = new[] { "platform.registry.read" } })).StatusCode);
        await admin.CreateUserAsync("clerk", ClerkPassword, "Town", TestDistricts.TownWansheng, "窗口");

        var clerk = await host.SignInAsync("clerk", ClerkPassword);
        var me = await clerk.GetFromJsonAsync<JsonElement>("/api/platform/auth/me");
        Assert.Equal(TestDistricts.TownWansheng, me.GetProperty("scopeCode").GetString());
        Assert.Contains("platform.registry.read", me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/platform/users")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/platform/roles/窗口/permissions", new { permissions = new[] { "platform.users.manage" } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/api/platform/users")).StatusCode);
    }

    [Fact]
    public async Task Unknown_permission_weak_password_and_foreign_scope_are_field_errors()
    {
        await using var host = await RealSignIn.StartAsync();
        var admin = await host.SignInAsAdminAsync();
        var unknown = await admin.PostAsJsonAsync("/api/platform/roles", new { name = "坏", permissions = new[] { "nosuch.permission" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.ProblemAsync()).GetProperty("errors").TryGetProperty("permissions", out _));

        var weak = await admin.PostAsJsonAsync("/api/platform/users", new { userName = "weak", displayName = "弱", password = "short", scopeLevel = "Town", scopeCode = TestDistricts.TownWansheng });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("密码", (await weak.ProblemAsync()).GetProperty("errors").GetProperty("password")[0].GetString());

        var foreign = await admin.PostAsJsonAsync("/api/platform/users", new { userName = "far", displayName = "远", password = ClerkPassword, scopeLevel = "Town", scopeCode = "500101001" });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.True((await foreign.ProblemAsync()).GetProperty("errors").TryGetProperty("scopeCode", out _));
    }

    [Fact]
    public async Task Names_and_lists_have_limits_and_a_role_no_one_holds_can_be_deleted()
    {
        await using var host = await RealSignIn.StartAsync();
        var admin = await host.SignInAsAdminAsync();
        async Task<bool> RefusedOn(HttpResponseMessage response, string field) =>
            response.StatusCode == HttpStatusCode.BadRequest && (await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _);

        Assert.True(await RefusedOn(await admin.PostAsJsonAsync("/api/platform/roles", new { name = new string('长', 51), permissions = Array.Empty<string>() }), "name"));
        Assert.True(await RefusedOn(await admin.PostAsJsonAsync("/api/platform/roles", new { name = "多", permissions = Enumerable.Repeat("platform.registry.read", 501) }), "permissions"));
        Assert.True(await RefusedOn(await admin.PostAsJsonAsync("/api/platform/roles", new { name = "隐\u202E形", permissions = Array.Empty<string>() }), "name"));
        Assert.True(await RefusedOn(await admin.PostAsJsonAsync("/api/platform/users", new
        {
            userName = new string('u', 51), displayName = "长名", password = ClerkPassword, scopeLevel = "Town", scopeCode = TestDistricts.TownWansheng,
        }), "userName"));
        Assert.True(await RefusedOn(await admin.PostAsJsonAsync("/api/platform/users", new
        {
            userName = "many", displayName = "多角色", password = ClerkPassword, scopeLevel = "Town", scopeCode = TestDistricts.TownWansheng,
            roles = Enumerable.Range(0, 101).Select(i => $"角色{i}"),
        }), "roles"));

        // Held: refused, naming how many hold it. Released: deleted, and gone.
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/platform/roles", new { name = "临时", permissions = new[] { "platform.registry.read" } })).StatusCode);
        await admin.CreateUserAsync("temp", ClerkPassword, "Town", TestDistricts.TownWansheng, "临时");
        var held = await admin.DeleteAsync("/api/platform/roles/临时");
        Assert.Equal(HttpStatusCode.Conflict, held.StatusCode);
        Assert.Contains("1名用户", (await held.ProblemAsync()).GetProperty("detail").GetString());
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/platform/users");
        var id = users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "temp").GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/platform/users/{id}/roles", new { roles = Array.Empty<string>() })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/platform/roles/临时")).StatusCode);
        Assert.DoesNotContain("临时", (await admin.GetFromJsonAsync<JsonElement>("/api/platform/roles")).EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("/api/platform/roles/临时")).StatusCode);
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_and_its_tokens_stop()
    {
        await using var host = await RealSignIn.StartAsync();
        var admin = await host.SignInAsAdminAsync();
        await admin.CreateUserAsync("clerk", ClerkPassword, "Village", TestDistricts.VillageOfWansheng);
        var clerk = await host.SignInAsync("clerk", ClerkPassword);
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/platform/users");
        var id = users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "clerk").GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/platform/users/{id}/lock", null)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await clerk.GetAsync("/api/platform/auth/me")).StatusCode);
        var again = await host.CreateClient().PostAsJsonAsync("/api/platform/auth/sign-in", new { userName = "clerk", password = ClerkPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/platform/users/{id}/unlock", null)).StatusCode);
        await host.SignInAsync("clerk", ClerkPassword);
    }

    [Fact]
    public async Task An_administrator_sees_and_manages_only_their_own_district()
    {
        await using var host = await RealSignIn.StartAsync();
        var admin = await host.SignInAsAdminAsync();
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/platform/users");
        Assert.All(users.EnumerateArray(), u => Assert.Equal("admin", u.GetProperty("userName").GetString()));
        var roles = await admin.GetFromJsonAsync<JsonElement>("/api/platform/roles");
        Assert.Equal(["系统管理员"], roles.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
    }
}
