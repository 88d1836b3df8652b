using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Districts;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Identity.Users;

/// <summary>Staff accounts of the administrator's own district.</summary>
internal static class UserEndpoints
{
    public sealed record UserSummary(string Id, string UserName, string DisplayName, string ScopeLevel, string ScopeCode,
        IReadOnlyList<string> Roles, bool LockedOut, bool TwoFactorEnabled, bool Disabled);

    public sealed record CreateUserRequest(string? UserName, string? DisplayName, string? Password, OrgLevel? ScopeLevel, string? ScopeCode, IReadOnlyList<string>? Roles);

    public sealed record RolesRequest(IReadOnlyList<string>? Roles);

    public sealed record PasswordRequest(string? Password);

    /// <summary>The longest user and display name.</summary>
    public const int MaxNameLength = 50;

    /// <summary>The most roles one request may name (the SQL that looks them up takes one parameter each).</summary>
    public const int MaxRoles = 100;

    public static void Map(IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/platform/users").WithTags("用户与权限");
        users.MapGet("/", ListAsync).RequirePermission(PlatformPermissions.UsersManage);
        users.MapPost("/", CreateAsync).RequirePermission(PlatformPermissions.UsersManage);
        users.MapPut("/{id}/roles", SetRolesAsync).RequirePermission(PlatformPermissions.UsersManage);
        users.MapPost("/{id}/lock", (string id, ICallerContext caller, UserManager<StaffUser> manager, TimeProvider clock, IdentityAudit audit) =>
                SetLockAsync(id, caller, manager, audit, clock.GetUtcNow(), "user-locked"))
            .RequirePermission(PlatformPermissions.UsersManage);
        users.MapPost("/{id}/unlock", (string id, ICallerContext caller, UserManager<StaffUser> manager, IdentityAudit audit) =>
                SetLockAsync(id, caller, manager, audit, null, "user-unlocked"))
            .RequirePermission(PlatformPermissions.UsersManage);
        users.MapPost("/{id}/reset-password", ResetPasswordAsync).RequirePermission(PlatformPermissions.UsersManage);
    }

    private static async Task<IReadOnlyList<UserSummary>> ListAsync(ICallerContext caller, UserManager<StaffUser> users, IdentityDb db)
    {
        var list = await db.Users.AsNoTracking().Where(u => u.DistrictId == caller.DistrictId).OrderBy(u => u.UserName).ToListAsync();
        var result = new List<UserSummary>();
        foreach (var user in list)
        {
            result.Add(await SummaryAsync(user, users, db));
        }
        return result;
    }

    private static async Task<Results<Created<UserSummary>, ValidationProblem>> CreateAsync(
        CreateUserRequest request, ICallerContext caller, UserManager<StaffUser> users, IdentityDb db, DistrictDirectory districts, IdentityAudit audit)
    {
        var district = districts.Find(caller.DistrictId)!;
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName)) errors["userName"] = ["请填写用户名"];
        else if (request.UserName.Trim().Length > MaxNameLength) errors["userName"] = [$"用户名不能超过{MaxNameLength}个字符"];
        var checkedName = new FieldErrors();
        checkedName.Text("displayName", request.DisplayName, "姓名", MaxNameLength);
        if (checkedName.HasErrors) errors["displayName"] = checkedName.Errors["displayName"];
        if ((request.Roles?.Count ?? 0) > MaxRoles) errors["roles"] = [$"角色最多{MaxRoles}个"];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["请设置初始密码"];
        if (request.ScopeLevel is null) errors["scopeLevel"] = ["请选择层级（区、镇街、村居）"];
        else if (StaffScopeRules.Check(district, request.ScopeLevel.Value, request.ScopeCode) is { } scopeProblem) errors["scopeCode"] = [scopeProblem];
        var roles = await RolesOfDistrictAsync(errors.ContainsKey("roles") ? [] : request.Roles ?? [], caller.DistrictId, db);
        if (roles.Missing.Count > 0) errors["roles"] = [$"本区没有角色：{string.Join("、", roles.Missing.Take(20))}"];
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }
        var user = new StaffUser
        {
            UserName = request.UserName!.Trim(),
            DisplayName = request.DisplayName!.Trim(),
            DistrictId = caller.DistrictId,
            ScopeLevel = request.ScopeLevel!.Value,
            ScopeCode = request.ScopeCode!,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            var onName = created.Errors.Any(e => e.Code.Contains("UserName", StringComparison.Ordinal));
            return IdentityProblems.FromErrors(created, onName ? "userName" : "password");
        }
        await users.AddToRolesAsync(user, roles.Found);
        await audit.RecordAsync(user, "user-created", string.Join(",", roles.Found));
        return TypedResults.Created($"/api/platform/users/{user.Id}", await SummaryAsync(user, users, db));
    }

    private static async Task<Results<Ok<UserSummary>, ValidationProblem, ProblemHttpResult>> SetRolesAsync(
        string id, RolesRequest request, ICallerContext caller, UserManager<StaffUser> users, IdentityDb db, IdentityAudit audit)
    {
        var user = await FindInDistrictAsync(id, caller, users);
        if (user is null)
        {
            return Problems.NotFound("本区没有这个用户。");
        }
        if ((request.Roles?.Count ?? 0) > MaxRoles)
        {
            return Problems.Validation("roles", $"角色最多{MaxRoles}个");
        }
        var roles = await RolesOfDistrictAsync(request.Roles ?? [], caller.DistrictId, db);
        if (roles.Missing.Count > 0)
        {
            return Problems.Validation("roles", $"本区没有角色：{string.Join("、", roles.Missing.Take(20))}");
        }
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles.Found));
        await users.AddToRolesAsync(user, roles.Found.Except(current));
        await audit.RecordAsync(user, "user-roles-changed", $"{string.Join(",", current)} -> {string.Join(",", roles.Found)}");
        return TypedResults.Ok(await SummaryAsync(user, users, db));
    }

    // Locking disables the account (sessions and tokens stop); unlocking also lifts a lockout after failed passwords.
    private static async Task<Results<NoContent, ProblemHttpResult>> SetLockAsync(
        string id, ICallerContext caller, UserManager<StaffUser> users, IdentityAudit audit, DateTimeOffset? disabledAt, string action)
    {
        var user = await FindInDistrictAsync(id, caller, users);
        if (user is null)
        {
            return Problems.NotFound("本区没有这个用户。");
        }
        if (user.Id == caller.Staff.Id && disabledAt is not null)
        {
            return Problems.Conflict("不能锁定自己的账户。");
        }
        user.DisabledAt = disabledAt;
        if (disabledAt is null)
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
        }
        var saved = await users.UpdateAsync(user);
        if (!saved.Succeeded)
        {
            return Problems.Conflict("账户刚被他人修改，请刷新后重试。");
        }
        await audit.RecordAsync(user, action);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ResetPasswordAsync(
        string id, PasswordRequest request, ICallerContext caller, UserManager<StaffUser> users, IdentityAudit audit)
    {
        var user = await FindInDistrictAsync(id, caller, users);
        if (user is null)
        {
            return Problems.NotFound("本区没有这个用户。");
        }
        if (string.IsNullOrEmpty(request.Password))
        {
            return Problems.Validation("password", "请设置新密码");
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, request.Password);
        if (!result.Succeeded)
        {
            return IdentityProblems.FromErrors(result, "password");
        }
        await audit.RecordAsync(user, "password-reset");
        return TypedResults.NoContent();
    }

    private static async Task<StaffUser?> FindInDistrictAsync(string id, ICallerContext caller, UserManager<StaffUser> users) =>
        await users.FindByIdAsync(id) is { } user && user.DistrictId == caller.DistrictId ? user : null;

    private static async Task<(IReadOnlyList<string> Found, IReadOnlyList<string> Missing)> RolesOfDistrictAsync(
        IReadOnlyList<string> displayNames, string districtId, IdentityDb db)
    {
        var names = displayNames.Select(n => StaffRole.NameIn(districtId, n)).ToList();
        var existing = await db.Roles.Where(r => names.Contains(r.Name!)).Select(r => r.Name!).ToListAsync();
        return (existing, displayNames.Where(n => !existing.Contains(StaffRole.NameIn(districtId, n))).ToList());
    }

    private static async Task<UserSummary> SummaryAsync(StaffUser user, UserManager<StaffUser> users, IdentityDb db)
    {
        var roleIds = db.UserRoles.Where(ur => ur.UserId == user.Id).Select(ur => ur.RoleId);
        var roles = await db.Roles.Where(r => roleIds.Contains(r.Id)).Select(r => r.DisplayName).OrderBy(n => n).ToListAsync();
        return new UserSummary(user.Id, user.UserName!, user.DisplayName, user.ScopeLevel.ToString(), user.ScopeCode, roles,
            user.DisabledAt is not null || await users.IsLockedOutAsync(user), user.TwoFactorEnabled, user.DisabledAt is not null);
    }
}
