using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Platform.Tests.Audit;

namespace Minzheng.Platform.Tests.Identity;

/// <summary>Sign-ins, failures and account changes land in the district's audit chain, not only in the log.</summary>
public sealed class IdentityAuditTests
{
    [Fact]
    public async Task Failed_and_successful_sign_ins_and_token_changes_are_in_the_audit_trail()
    {
        await using var host = await RealSignIn.StartAsync();
        await host.CreateClient().PostAsJsonAsync("/api/platform/auth/sign-in", new { userName = "admin", password = "Wrong-Passw0rd!" });
        var admin = await host.SignInAsAdminAsync();
        var issued = await admin.PostAsJsonAsync("/api/platform/tokens", new { name = "报表脚本" });
        Assert.True(issued.IsSuccessStatusCode, await issued.Content.ReadAsStringAsync());

        var entries = (await admin.SearchAsync("entity=StaffUser&pageSize=50")).Items();
        var actions = entries.Select(e => e.Text("action")).ToList();
        Assert.Contains("sign-in-failed", actions);
        Assert.Contains("sign-in", actions);
        var token = Assert.Single(entries, e => e.Text("action") == "token-issued");
        Assert.Contains("报表脚本", token.GetProperty("after").GetString());
        // The failed attempt names the account that was tried, as actor and as key.
        var failed = Assert.Single(entries, e => e.Text("action") == "sign-in-failed");
        Assert.Equal(failed.Text("key"), failed.Text("actorId"));

        var verify = await admin.PostAsync(AuditApi.Base + "/verify", null);
        Assert.True((await verify.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ok").GetBoolean());
    }
}
