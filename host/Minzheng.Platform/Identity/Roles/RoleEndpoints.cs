using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Access;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Identity.Roles;

/// <summary>Roles of the administrator's own district and the permissions they grant.</summary>
internal static class RoleEndpoints
{
    public sealed record RoleSummary(string Name, IReadOnlyList<string> Permissions);

    public sealed record RoleRequest(string? Name, IReadOnlyList<string>? Permissions);

    public sealed record PermissionsRequest(IReadOnlyList<string>? Permissions);

    /// <summary>The longest role name: what staff read in a list, not a document.</summary>
    public const int MaxNameLength = 50;

    /// <summary>The most entries a role's permission list may carry (the platform and every module together declare far fewer).</summary>
    public const int MaxPermissions = 500;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/platform/permissions", (KnownPermissions known) => known.All)
            .WithTags("用户与权限")
            .WithSummary("Every permission a role may grant, with the module that declares it (platform for the platform's own).")
            .RequirePermission(PlatformPermissions.UsersManage);

        var roles = app.MapGroup("/api/platform/roles").WithTags("用户与权限");
        roles.MapGet("/", ListAsync).RequirePermission(PlatformPermissions.UsersManage);
        roles.MapPost("/", CreateAsync).RequirePermission(PlatformPermissions.UsersManage);
        roles.MapPut("/{name}/permissions", SetPermissionsAsync).RequirePermission(PlatformPermissions.UsersManage);
        roles.MapDelete("/{name}", DeleteAsync).RequirePermission(PlatformPermissions.UsersManage)
            .WithName("DeleteRole").WithSummary("Deletes a role no user holds any more (409 naming how many still do); audited.");
    }

    private static async Task<IReadOnlyList<RoleSummary>> ListAsync(ICallerContext caller, IdentityDb db)
    {
        var roles = await db.Roles.AsNoTracking().Where(r => r.DistrictId == caller.DistrictId).OrderBy(r => r.DisplayName).ToListAsync();
        var claims = await db.RoleClaims.AsNoTracking().Where(c => c.ClaimType == MinzhengClaims.Permission).ToListAsync();
        return roles.Select(r => new RoleSummary(r.DisplayName,
                claims.Where(c => c.RoleId == r.Id).Select(c => c.ClaimValue!).Order().ToList()))
            .ToList();
    }

    private static async Task<Results<Created<RoleSummary>, ValidationProblem>> CreateAsync(
        RoleRequest request, ICallerContext caller, RoleManager<StaffRole> roles, KnownPermissions known, IdentityAudit audit, UserManager<StaffUser> users)
    {
        var errors = new FieldErrors();
        var name = errors.Text("name", request.Name, "角色名称", MaxNameLength);
        if (name.Contains('/')) errors.Add("name", "角色名称不能含“/”");
        if (PermissionsProblem(request.Permissions ?? [], known) is { } problem) errors.Add("permissions", problem);
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }
        var role = new StaffRole { Name = StaffRole.NameIn(caller.DistrictId, name), DisplayName = name, DistrictId = caller.DistrictId };
        var created = await roles.CreateAsync(role);
        if (!created.Succeeded)
        {
            return IdentityProblems.FromErrors(created, "name");
        }
        foreach (var permission in (request.Permissions ?? []).Distinct())
        {
            await roles.AddClaimAsync(role, new Claim(MinzhengClaims.Permission, permission));
        }
        await audit.RecordAsync((await users.FindByIdAsync(caller.Staff.Id))!, "role-created", $"{role.DisplayName}: {string.Join(",", request.Permissions ?? [])}");
        return TypedResults.Created($"/api/platform/roles/{Uri.EscapeDataString(role.DisplayName)}", new RoleSummary(role.DisplayName, (request.Permissions ?? []).Distinct().Order().ToList()));
    }

    private static async Task<Results<Ok<RoleSummary>, ValidationProblem, ProblemHttpResult>> SetPermissionsAsync(
        string name, PermissionsRequest request, ICallerContext caller, RoleManager<StaffRole> roles, KnownPermissions known,
        IdentityAudit audit, UserManager<StaffUser> users)
    {
        var role = await roles.FindByNameAsync(StaffRole.NameIn(caller.DistrictId, name));
        if (role is null)
        {
            return Problems.NotFound($"本区没有角色“{name}”。");
        }
        if (PermissionsProblem(request.Permissions ?? [], known) is { } problem)
        {
            return Problems.Validation("permissions", problem);
        }
        var wanted = (request.Permissions ?? []).Distinct().ToList();
        var held = (await roles.GetClaimsAsync(role)).Where(c => c.Type == MinzhengClaims.Permission).ToList();
        foreach (var claim in held.Where(c => !wanted.Contains(c.Value)))
        {
            await roles.RemoveClaimAsync(role, claim);
        }
        foreach (var permission in wanted.Where(p => held.All(c => c.Value != p)))
        {
            await roles.AddClaimAsync(role, new Claim(MinzhengClaims.Permission, permission));
        }
        await audit.RecordAsync((await users.FindByIdAsync(caller.Staff.Id))!, "role-permissions-changed",
            $"{role.DisplayName}: {string.Join(",", held.Select(c => c.Value))} -> {string.Join(",", wanted)}");
        return TypedResults.Ok(new RoleSummary(role.DisplayName, wanted.Order().ToList()));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string name, ICallerContext caller, RoleManager<StaffRole> roles, IdentityDb db,
        IdentityAudit audit, UserManager<StaffUser> users)
    {
        var role = await roles.FindByNameAsync(StaffRole.NameIn(caller.DistrictId, name));
        if (role is null)
        {
            return Problems.NotFound($"本区没有角色“{name}”。");
        }
        // A role still held would take its permissions from people mid-work without anyone deciding so: remove it from them first.
        var holders = await db.UserRoles.CountAsync(ur => ur.RoleId == role.Id);
        if (holders > 0)
        {
            return Problems.Conflict($"仍有{holders}名用户持有角色“{role.DisplayName}”：请先从这些用户移除该角色，再删除。", "角色仍在使用");
        }
        var deleted = await roles.DeleteAsync(role);
        if (!deleted.Succeeded)
        {
            return Problems.Conflict(string.Join("；", deleted.Errors.Select(e => e.Description)), "未能删除角色");
        }
        await audit.RecordAsync((await users.FindByIdAsync(caller.Staff.Id))!, "role-deleted", role.DisplayName);
        return TypedResults.NoContent();
    }

    // Known permissions only, and a list of a size a role can mean (a 100,000-item list is an attack, not a role).
    private static string? PermissionsProblem(IReadOnlyList<string> permissions, KnownPermissions known)
    {
        if (permissions.Count > MaxPermissions) return $"权限最多{MaxPermissions}项";
        var unknown = permissions.Where(p => !known.Contains(p)).Distinct().Take(20).ToList();
        return unknown.Count > 0 ? $"未知权限：{string.Join("、", unknown.Select(p => p.Length > 60 ? p[..60] + "…" : p))}" : null;
    }
}
