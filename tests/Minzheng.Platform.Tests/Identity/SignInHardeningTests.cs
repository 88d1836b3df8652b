using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Identity.SignIn;
using Minzheng.Platform.Tests.Audit;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Identity;

/// <summary>
/// Sign-in as an attacker tries it (OWASP ASVS L2 chapter 2): parallel guesses cannot outrun the lockout, the answer
/// does not tell which names exist, guessing is throttled per client and per account, and a lockout that anyone can
/// cause does not cut off the account's tokens and sessions — only an administrator's lock does.
/// </summary>
public sealed class SignInHardeningTests
{
    private const string TargetPassword = "Quiet-River-Passw0rd!";
    private const string Wrong = "Wrong-Guess-Passw0rd!";

    private static Task<ModuleTestHost> StartAsync(int perClient = 1000, int perAccount = 1000) =>
        RealSignIn.StartAsync(o =>
        {
            o.Settings["Minzheng:SignInLimits:PerClientPerMinute"] = perClient.ToString(System.Globalization.CultureInfo.InvariantCulture);
            o.Settings["Minzheng:SignInLimits:PerAccountPerMinute"] = perAccount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

    private static Task<HttpResponseMessage> TryAsync(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/platform/auth/sign-in", new { userName, password });

    [Fact]
    public async Task Forty_parallel_wrong_passwords_get_exactly_the_five_checks_the_lockout_allows()
    {
        await using var host = await StartAsync();
        var admin = await host.SignInAsAdminAsync();
        await admin.CreateUserAsync("target", TargetPassword, "District", "500110");

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => TryAsync(host.CreateClient(), "target", Wrong)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        Assert.Equal(5, await AuditTotalAsync(admin, "sign-in-failed"));
        Assert.Equal(35, await AuditTotalAsync(admin, "sign-in-locked-out"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(host.CreateClient(), "target", TargetPassword)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_name_a_wrong_password_a_lockout_and_a_disabled_account_answer_alike()
    {
        await using var host = await StartAsync();
        var admin = await host.SignInAsAdminAsync();
        await admin.CreateUserAsync("target", TargetPassword, "District", "500110");
        await admin.CreateUserAsync("stopped", TargetPassword, "District", "500110");
        await admin.PostAsync($"/api/platform/users/{await IdOfAsync(admin, "stopped")}/lock", null);

        var unknown = await AnswerAsync(await TryAsync(host.CreateClient(), "nobody-here", Wrong));
        var wrong = await AnswerAsync(await TryAsync(host.CreateClient(), "target", Wrong));
        for (var i = 0; i < 4; i++) await TryAsync(host.CreateClient(), "target", Wrong);
        var lockedOut = await AnswerAsync(await TryAsync(host.CreateClient(), "target", TargetPassword));
        var disabled = await AnswerAsync(await TryAsync(host.CreateClient(), "stopped", TargetPassword));

        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, lockedOut);
        Assert.Equal(unknown, disabled);
        Assert.Contains("锁定", unknown);
    }

    [Fact]
    public async Task Every_refusal_spends_one_password_hash_like_a_real_check()
    {
        await using var host = await StartAsync();
        var admin = await host.SignInAsAdminAsync();
        await admin.CreateUserAsync("target", TargetPassword, "District", "500110");
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var hasher = new CountingHasher();
        var attempts = new PasswordAttempts(services.GetRequiredService<IdentityDb>(), hasher, users,
            services.GetRequiredService<IOptions<IdentityOptions>>(), TimeProvider.System);

        Assert.Equal(PasswordAttempts.Outcome.UnknownUser, await attempts.CheckAsync(null, Wrong));
        Assert.Equal(1, hasher.Verifications);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(PasswordAttempts.Outcome.WrongPassword, await attempts.CheckAsync(await users.FindByNameAsync("target"), Wrong));
        }
        Assert.Equal(6, hasher.Verifications);
        Assert.Equal(PasswordAttempts.Outcome.LockedOut, await attempts.CheckAsync(await users.FindByNameAsync("target"), TargetPassword));
        Assert.Equal(7, hasher.Verifications);
    }

    [Fact]
    public async Task One_client_trying_many_names_is_throttled_with_retry_after()
    {
        await using var host = await StartAsync(perClient: 3);
        var client = host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(client, $"guess{i}", Wrong)).StatusCode);
        }
        var throttled = await TryAsync(client, "guess-other", Wrong);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("过于频繁", (await throttled.ProblemAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task One_name_is_throttled_whichever_way_it_is_typed_while_other_names_go_on()
    {
        await using var host = await StartAsync(perAccount: 2);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(host.CreateClient(), "admin", Wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(host.CreateClient(), "Admin", Wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TryAsync(host.CreateClient(), "ADMIN ", RealSignIn.AdminPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(host.CreateClient(), "someone-else", Wrong)).StatusCode);
    }

    [Fact]
    public async Task A_lockout_after_wrong_passwords_leaves_the_accounts_tokens_and_sessions_working_an_administrators_lock_stops_them()
    {
        await using var host = await StartAsync();
        var admin = await host.SignInAsAdminAsync();
        await admin.CreateUserAsync("target", TargetPassword, "District", "500110");
        var session = await host.SignInAsync("target", TargetPassword);
        var issued = await (await session.PostAsJsonAsync("/api/platform/tokens", new { name = "接口" })).Content.ReadFromJsonAsync<JsonElement>();
        var bearer = host.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", issued.GetProperty("token").GetString());

        for (var i = 0; i < 5; i++) await TryAsync(host.CreateClient(), "target", Wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(host.CreateClient(), "target", TargetPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/platform/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/platform/auth/me")).StatusCode);
        var listed = await UserAsync(admin, "target");
        Assert.True(listed.GetProperty("lockedOut").GetBoolean());
        Assert.False(listed.GetProperty("disabled").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/platform/users/{listed.GetProperty("id").GetString()}/lock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/platform/auth/me")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await session.GetAsync("/api/platform/auth/me")).StatusCode);
        Assert.True((await UserAsync(admin, "target")).GetProperty("disabled").GetBoolean());

        // Unlocking lifts both: the token works again and the password signs in at once.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/platform/users/{listed.GetProperty("id").GetString()}/unlock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/platform/auth/me")).StatusCode);
        await host.SignInAsync("target", TargetPassword);
    }

    [Fact]
    public async Task A_sign_in_limit_below_one_stops_start_up_naming_the_setting()
    {
        var problem = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(perAccount: 0));
        Assert.Contains("Minzheng:SignInLimits", problem.ToString());
    }

    private static async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        var problem = await response.ProblemAsync();
        return $"{(int)response.StatusCode} {problem.GetProperty("type").GetString()} {problem.GetProperty("title").GetString()} {problem.GetProperty("detail").GetString()}";
    }

    private static async Task<long> AuditTotalAsync(HttpClient admin, string action) =>
        (await admin.SearchAsync($"action={action}")).GetProperty("total").GetInt64();

    private static async Task<JsonElement> UserAsync(HttpClient admin, string userName) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/platform/users")).EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName);

    private static async Task<string> IdOfAsync(HttpClient admin, string userName) => (await UserAsync(admin, userName)).GetProperty("id").GetString()!;

    private sealed class CountingHasher : IPasswordHasher<StaffUser>
    {
        private readonly PasswordHasher<StaffUser> _inner = new();

        public int Verifications { get; private set; }

        public string HashPassword(StaffUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
