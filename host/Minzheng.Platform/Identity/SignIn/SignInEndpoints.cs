using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Identity.SignIn;

/// <summary>Sign-in (password, then the TOTP second factor when enabled), sign-out, the caller's own account.</summary>
internal static class SignInEndpoints
{
    public sealed record SignInRequest(string? UserName, string? Password, string? TwoFactorCode);

    public sealed record MeResponse(string Id, string UserName, string DisplayName, string DistrictId, string ScopeLevel, string ScopeCode,
        bool TwoFactorEnabled, IReadOnlyList<string> Permissions);

    public sealed record AntiforgeryResponse(string Token, string HeaderName);

    public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

    public sealed record TwoFactorSetupResponse(string SharedKey, string AuthenticatorUri);

    public sealed record TwoFactorCodeRequest(string? Code);

    public static void Map(IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/platform/auth").WithTags("登录");
        auth.MapPost("/sign-in", SignInAsync).AllowPublic("staff sign in here; throttled per client and per account, then locked out");
        auth.MapPost("/sign-out", SignOutAsync).RequirePermission(PlatformPermissions.Self);
        auth.MapGet("/me", MeAsync).RequirePermission(PlatformPermissions.Self);
        auth.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(context);
                return TypedResults.Ok(new AntiforgeryResponse(tokens.RequestToken!, tokens.HeaderName!));
            })
            .RequirePermission(PlatformPermissions.Self);
        auth.MapPost("/change-password", ChangePasswordAsync).RequirePermission(PlatformPermissions.Self);
        auth.MapPost("/two-factor/setup", SetUpTwoFactorAsync).RequirePermission(PlatformPermissions.Self);
        auth.MapPost("/two-factor/enable", EnableTwoFactorAsync).RequirePermission(PlatformPermissions.Self);
        auth.MapPost("/two-factor/disable", DisableTwoFactorAsync).RequirePermission(PlatformPermissions.Self);
    }

    // One answer for an unknown name, a wrong password, a lockout and a locked account, as slow for each: neither
    // the text, the status nor the time tells a guesser which names exist. The audit keeps what really happened.
    internal const string Refused = "用户名或密码错误，或账户已被锁定。连续 5 次输错密码将锁定账户 15 分钟；急需使用请联系管理员解锁。";

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SignInAsync(
        SignInRequest request, HttpContext context, UserManager<StaffUser> users, SignInManager<StaffUser> signIn, PasswordAttempts attempts,
        SignInThrottle throttle, IdentityAudit audit)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName)) errors["userName"] = ["请填写用户名"];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["请填写密码"];
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }
        if (throttle.Refusal(context, request.UserName!) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "登录尝试过于频繁",
                detail: $"登录尝试过于频繁，请 {seconds} 秒后再试。", type: ProblemTypes.TooManyRequests);
        }

        var user = await users.FindByNameAsync(request.UserName!);
        switch (await attempts.CheckAsync(user, request.Password!))
        {
            case PasswordAttempts.Outcome.UnknownUser:
                return Problems.Unauthorized(Refused);
            case PasswordAttempts.Outcome.Disabled:
                await audit.RecordAsync(user!, "sign-in-disabled");
                return Problems.Unauthorized(Refused);
            case PasswordAttempts.Outcome.LockedOut:
                await audit.RecordAsync(user!, "sign-in-locked-out");
                return Problems.Unauthorized(Refused);
            case PasswordAttempts.Outcome.WrongPassword:
                await audit.RecordAsync(user!, "sign-in-failed");
                return Problems.Unauthorized(Refused);
        }
        if (user!.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(request.TwoFactorCode))
            {
                return Problems.Unauthorized("请输入身份验证器上的 6 位动态码。", new Dictionary<string, object?> { ["requiresTwoFactor"] = true });
            }
            var valid = await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, Normalize(request.TwoFactorCode));
            if (!valid)
            {
                await attempts.SecondFactorFailedAsync(user);
                await audit.RecordAsync(user, "sign-in-failed");
                return Problems.Unauthorized("动态码错误。", new Dictionary<string, object?> { ["requiresTwoFactor"] = true });
            }
        }
        await attempts.ResetAsync(user.Id);
        await signIn.SignInAsync(user, isPersistent: false);
        await audit.RecordAsync(user, "sign-in");
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SignOutAsync(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, ICallerContext caller, IdentityAudit audit)
    {
        if (await users.FindByIdAsync(caller.Staff.Id) is { } user)
        {
            await audit.RecordAsync(user, "sign-out");
        }
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> MeAsync(ICallerContext caller, UserManager<StaffUser> users, HttpContext context)
    {
        var user = await users.FindByIdAsync(caller.Staff.Id);
        if (user is null)
        {
            return Problems.Unauthorized("账户不存在。");
        }
        var permissions = context.User.FindAll(Access.MinzhengClaims.Permission).Select(c => c.Value).Distinct().Order().ToList();
        return TypedResults.Ok(new MeResponse(user.Id, user.UserName!, user.DisplayName, user.DistrictId, user.ScopeLevel.ToString(), user.ScopeCode,
            user.TwoFactorEnabled, permissions));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, ICallerContext caller, UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IdentityAudit audit)
    {
        var user = await users.FindByIdAsync(caller.Staff.Id);
        if (user is null)
        {
            return Problems.Unauthorized("账户不存在。");
        }
        if (string.IsNullOrEmpty(request.CurrentPassword) || string.IsNullOrEmpty(request.NewPassword))
        {
            return Problems.Validation(new Dictionary<string, string[]>
            {
                [string.IsNullOrEmpty(request.CurrentPassword) ? "currentPassword" : "newPassword"] = ["请填写密码"],
            });
        }
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            return IdentityProblems.FromErrors(result, "newPassword");
        }
        await audit.RecordAsync(user, "password-changed");
        await signIn.RefreshSignInAsync(user);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<TwoFactorSetupResponse>, ProblemHttpResult>> SetUpTwoFactorAsync(
        ICallerContext caller, UserManager<StaffUser> users, UrlEncoder urlEncoder)
    {
        var user = await users.FindByIdAsync(caller.Staff.Id);
        if (user is null)
        {
            return Problems.Unauthorized("账户不存在。");
        }
        await users.ResetAuthenticatorKeyAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var uri = $"otpauth://totp/{urlEncoder.Encode("民政 Minzheng")}:{urlEncoder.Encode(user.UserName!)}?secret={key}&issuer={urlEncoder.Encode("民政 Minzheng")}&digits=6";
        return TypedResults.Ok(new TwoFactorSetupResponse(key, uri));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> EnableTwoFactorAsync(
        TwoFactorCodeRequest request, ICallerContext caller, UserManager<StaffUser> users, IdentityAudit audit)
    {
        var user = await users.FindByIdAsync(caller.Staff.Id);
        if (user is null)
        {
            return Problems.Unauthorized("账户不存在。");
        }
        if (await users.GetAuthenticatorKeyAsync(user) is null)
        {
            return Problems.Conflict("请先生成身份验证器密钥（two-factor/setup）。");
        }
        if (string.IsNullOrWhiteSpace(request.Code)
            || !await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, Normalize(request.Code)))
        {
            return Problems.Validation("code", "动态码错误，请核对身份验证器上的 6 位数字。");
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.RecordAsync(user, "two-factor-enabled");
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DisableTwoFactorAsync(
        TwoFactorCodeRequest request, ICallerContext caller, UserManager<StaffUser> users, IdentityAudit audit)
    {
        var user = await users.FindByIdAsync(caller.Staff.Id);
        if (user is null)
        {
            return Problems.Unauthorized("账户不存在。");
        }
        if (string.IsNullOrWhiteSpace(request.Code)
            || !await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, Normalize(request.Code)))
        {
            return Problems.Validation("code", "动态码错误，请核对身份验证器上的 6 位数字。");
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await audit.RecordAsync(user, "two-factor-disabled");
        return TypedResults.NoContent();
    }

    private static string Normalize(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
