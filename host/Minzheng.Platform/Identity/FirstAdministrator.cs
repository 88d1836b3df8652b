using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Access;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Districts;
using Minzheng.Sdk.Access;

namespace Minzheng.Platform.Identity;

/// <summary>
/// On the first start there is nobody to sign in. The first administrator (<c>admin</c>, district
/// level of the first district) gets the password in <c>MINZHENG_ADMIN_PASSWORD</c>, or a generated
/// one printed once. There is no default password anywhere. Every start gives each district's
/// administrator role every known permission, so a newly installed module can be managed.
/// </summary>
public sealed class FirstAdministrator(
    UserManager<StaffUser> users, RoleManager<StaffRole> roles, IdentityDb db, DistrictDirectory districts, KnownPermissions permissions,
    Microsoft.Extensions.Configuration.IConfiguration configuration)
{
    /// <summary>The first administrator's user name.</summary>
    public const string UserName = "admin";
    /// <summary>The environment variable (or setting) holding the first administrator's password.</summary>
    public const string PasswordVariable = "MINZHENG_ADMIN_PASSWORD";
    /// <summary>The role that holds every permission, in each district.</summary>
    public const string AdministratorRole = "系统管理员";

    /// <summary>Ensures the administrator roles and, on a first start, the first administrator.</summary>
    /// <returns>The generated password when one was generated (to be shown once), else null.</returns>
    public async Task<string?> EnsureAsync()
    {
        foreach (var district in districts.All)
        {
            await EnsureAdministratorRoleAsync(district.Id);
        }
        if (await db.Users.AnyAsync())
        {
            return null;
        }
        // Configuration includes the environment, so the variable works as it is and tests can set it too.
        var fromEnvironment = configuration[PasswordVariable];
        var password = string.IsNullOrEmpty(fromEnvironment) ? Generate() : fromEnvironment;
        var first = districts.All[0];
        var admin = new StaffUser
        {
            UserName = UserName,
            DisplayName = "系统管理员",
            DistrictId = first.Id,
            ScopeLevel = OrgLevel.District,
            ScopeCode = first.DivisionCode,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new ConfigurationProblem($"{PasswordVariable} does not meet the password policy: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
        await users.AddToRoleAsync(admin, StaffRole.NameIn(first.Id, AdministratorRole));
        return string.IsNullOrEmpty(fromEnvironment) ? password : null;
    }

    private async Task EnsureAdministratorRoleAsync(string districtId)
    {
        var name = StaffRole.NameIn(districtId, AdministratorRole);
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            role = new StaffRole { Name = name, DisplayName = AdministratorRole, DistrictId = districtId };
            await roles.CreateAsync(role);
        }
        var held = (await roles.GetClaimsAsync(role)).Where(c => c.Type == MinzhengClaims.Permission).Select(c => c.Value).ToHashSet();
        foreach (var permission in permissions.All.Where(p => !held.Contains(p.Name)))
        {
            await roles.AddClaimAsync(role, new Claim(MinzhengClaims.Permission, permission.Name));
        }
    }

    /// <summary>A password that meets the policy: 20 random characters from every class.</summary>
    private static string Generate()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "!#%+-=?@";
        var all = lower + upper + digits + symbols;
        var chars = new[] { Pick(lower), Pick(upper), Pick(digits), Pick(symbols) }
            .Concat(Enumerable.Range(0, 16).Select(_ => Pick(all)))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);

        static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
    }
}
