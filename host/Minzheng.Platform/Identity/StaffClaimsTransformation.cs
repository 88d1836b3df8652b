using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Access;
using Minzheng.Sdk.Access;

namespace Minzheng.Platform.Identity;

/// <summary>
/// Turns a signed-in account (cookie or bearer token) into the claims the caller context reads:
/// district, scope and the permissions of its roles, read fresh on every request so that a changed
/// role or a lock takes effect at once.
/// </summary>
internal sealed class StaffClaimsTransformation(UserManager<StaffUser> users, IdentityDb db) : IClaimsTransformation
{
    private const string AuthenticationType = "Minzheng.Staff";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || principal.HasClaim(c => c.Type == MinzhengClaims.District)
            || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return principal;
        }
        var user = await users.FindByIdAsync(userId);
        // Only an administrator's lock stops them: a lockout after failed passwords, which anyone can cause, must not
        // cut off the bureau's integrations or sign staff out.
        if (user is null || user.DisabledAt is not null)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }
        var permissions = await (
                from userRole in db.UserRoles
                join claim in db.RoleClaims on userRole.RoleId equals claim.RoleId
                where userRole.UserId == user.Id && claim.ClaimType == MinzhengClaims.Permission
                select claim.ClaimValue)
            .Distinct()
            .ToListAsync();
        var claims = new List<Claim>
        {
            new(MinzhengClaims.StaffId, user.Id),
            new(MinzhengClaims.StaffName, user.DisplayName),
            new(MinzhengClaims.District, user.DistrictId),
            new(MinzhengClaims.ScopeLevel, user.ScopeLevel.ToString()),
            new(MinzhengClaims.ScopeCode, user.ScopeCode),
            new(MinzhengClaims.Permission, PlatformPermissions.Self),
        };
        claims.AddRange(permissions.OfType<string>().Select(p => new Claim(MinzhengClaims.Permission, p)));
        var result = principal.Clone();
        result.AddIdentity(new ClaimsIdentity(claims, AuthenticationType));
        return result;
    }
}
