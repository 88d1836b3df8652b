using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Data;
using Minzheng.Platform.Identity.Roles;
using Minzheng.Platform.Identity.SignIn;
using Minzheng.Platform.Identity.Tokens;
using Minzheng.Platform.Identity.Users;

namespace Minzheng.Platform.Identity;

/// <summary>
/// Staff identity on ASP.NET Core Identity: accounts, roles granting permissions, lockout, password
/// policy, optional TOTP; cookie sign-in for the web UI (with anti-forgery) and bearer tokens for REST
/// clients, both behind one default scheme.
/// </summary>
public static class IdentityServiceCollectionExtensions
{
    /// <summary>The default scheme: bearer when the request carries one, else the sign-in cookie.</summary>
    public const string SchemeName = "Minzheng";

    /// <summary>Registers identity for the deployment's staff (deployment-wide database <c>identity</c>).</summary>
    public static IServiceCollection AddStaffIdentity(this IServiceCollection services, DataStore store)
    {
        services.AddDbContext<IdentityDb>(o => store.UseDeploymentDatabase(o, "identity", typeof(IdentityDb).Assembly));
        services.AddIdentityCore<StaffUser>(o =>
            {
                // OWASP ASVS L2 (2.1.1): at least 12 characters; the common ones are refused by CommonPasswordValidator.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<StaffRole>()
            .AddEntityFrameworkStores<IdentityDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddScoped<SignIn.PasswordAttempts>();

        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.Cookie.Name = "minzheng.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // An API answers 401/403, it does not redirect to a login page.
                o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
                o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
            });
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "X-XSRF-TOKEN";
            o.Cookie.Name = "minzheng.xsrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddScoped<IClaimsTransformation, StaffClaimsTransformation>();
        services.AddSingleton<KnownPermissions>();
        services.AddScoped<FirstAdministrator>();
        services.AddScoped<IdentityAudit>();
        return services;
    }

    /// <summary>Creates the identity database and, on a first start, the first administrator.</summary>
    /// <returns>A generated password to show once, or null.</returns>
    public static async Task<string?> InitializeStaffIdentityAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        await scope.ServiceProvider.GetRequiredService<DataStore>().PrepareAsync(db, CancellationToken.None);
        await db.Database.MigrateAsync();
        return await scope.ServiceProvider.GetRequiredService<FirstAdministrator>().EnsureAsync();
    }

    /// <summary>Checks the anti-forgery token of cookie-authenticated changes.</summary>
    public static IApplicationBuilder UseCookieAntiforgery(this IApplicationBuilder app) => app.UseMiddleware<CookieAntiforgeryMiddleware>();

    /// <summary>Maps sign-in, tokens, users, roles and permissions under <c>/api/platform</c>.</summary>
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        SignInEndpoints.Map(app);
        TokenEndpoints.Map(app);
        UserEndpoints.Map(app);
        RoleEndpoints.Map(app);
        return app;
    }
}
