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
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Contains('/')) errors["name"] = ["请填写角色名称（不能含“/”）"];
        if (Unknown(request.Permissions ?? [], known) is { Count: > 0 } unknown) errors["permissions"] = [$"未知权限：{string.Join("、", unknown)}"];
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }
        var role = new StaffRole { Name = StaffRole.NameIn(caller.DistrictId, request.Name!.Trim()), DisplayName = request.Name.Trim(), DistrictId = caller.DistrictId };
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
        var wanted = (request.Permissions ?? []).Distinct().ToList();
        if (Unknown(wanted, known) is { Count: > 0 } unknown)
        {
            return Problems.Validation("permissions", $"未知权限：{string.Join("、", unknown)}");
        }
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

    private static List<string> Unknown(IEnumerable<string> permissions, KnownPermissions known) =>
        permissions.Where(p => !known.Contains(p)).Distinct().ToList();
}
