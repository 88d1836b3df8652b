using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minzheng.Platform.Access;
using Minzheng.Sdk.Access;

namespace Minzheng.Sdk.Testing;

/// <summary>
/// Signs in the <see cref="TestStaff"/> that a test client carries in a header. Exists only in the
/// test kit's host; a production host never registers it.
/// </summary>
internal sealed class TestAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Minzheng.Test";
    public const string Header = "X-Minzheng-Test-Staff";

    public static string Encode(TestStaff staff) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(staff)));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers[Header].ToString();
        if (header.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var staff = JsonSerializer.Deserialize<TestStaff>(Encoding.UTF8.GetString(Convert.FromBase64String(header)))!;
        var claims = new List<Claim>
        {
            new(MinzhengClaims.StaffId, staff.Id),
            new(MinzhengClaims.StaffName, staff.Name),
            new(MinzhengClaims.District, staff.DistrictId),
            new(MinzhengClaims.ScopeLevel, staff.Scope.Level.ToString()),
            new(MinzhengClaims.ScopeCode, staff.Scope.DivisionCode),
        };
        // Like a real sign-in: every staff member holds platform.self (their own session, home page, tokens).
        claims.AddRange(staff.Permissions.Append(PlatformPermissions.Self).Distinct().Select(p => new Claim(MinzhengClaims.Permission, p)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
