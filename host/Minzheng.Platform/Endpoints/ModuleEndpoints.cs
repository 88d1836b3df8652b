using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Endpoints;

/// <summary>The modules installed, and which district enables which: for deployers and administrators.</summary>
public static class ModuleEndpoints
{
    /// <summary>Maps <c>/api/platform/modules</c> and <c>/api/platform/districts/{id}/modules</c>.</summary>
    public static void MapModuleEndpoints(this IEndpointRouteBuilder app)
    {
        var platform = app.MapGroup("/api/platform").WithTags("平台");

        platform.MapGet("/modules", ListInstalled)
            .WithName("ListInstalledModules")
            .WithSummary("Every module found in the plugin folder: version, state (loaded, or refused and why), districts enabling it.")
            .RequirePermission(PlatformPermissions.ModulesRead);

        var district = platform.MapGroup("/districts/{districtId}/modules");
        district.MapGet("/", ListForDistrict)
            .WithName("ListDistrictModules")
            .WithSummary("The loaded modules and whether the district enables each.")
            .RequirePermission(PlatformPermissions.ModulesRead);
        district.MapPut("/{moduleId}", Enable)
            .WithName("EnableModule")
            .WithSummary("Enables a module in the district, with the modules it depends on.")
            .RequirePermission(PlatformPermissions.ModulesManage);
        district.MapDelete("/{moduleId}", Disable)
            .WithName("DisableModule")
            .WithSummary("Disables a module in the district; refused while an enabled module depends on it.")
            .RequirePermission(PlatformPermissions.ModulesManage);
    }

    /// <summary>A module as listed for deployers.</summary>
    public sealed record InstalledModuleDto(
        string Id, string? DisplayName, string? Version, string State, string? Reason,
        IReadOnlyDictionary<string, string> Dependencies, IReadOnlyList<string> EnabledInDistricts);

    /// <summary>A module as listed for one district.</summary>
    public sealed record DistrictModuleDto(string Id, string DisplayName, string Version, bool Enabled, IReadOnlyList<string> DependsOn);

    /// <summary>The outcome of a switch.</summary>
    public sealed record SwitchResultDto(IReadOnlyList<string> Changed, IReadOnlyList<string> Enabled);

    private static IReadOnlyList<InstalledModuleDto> ListInstalled(ModuleCatalog catalog, ModuleEnablement enablement) =>
        catalog.All.Select(m => new InstalledModuleDto(
                m.Id,
                m.Manifest?.DisplayName,
                m.Manifest?.Version,
                m.State == ModuleState.Loaded ? "loaded" : "refused",
                m.Reason,
                m.Manifest?.Dependencies ?? new Dictionary<string, string>(),
                m.State == ModuleState.Loaded ? enablement.DistrictsEnabling(m.Id) : []))
            .ToList();

    private static Results<Ok<IReadOnlyList<DistrictModuleDto>>, ProblemHttpResult> ListForDistrict(
        string districtId, ICallerContext caller, ModuleCatalog catalog, ModuleEnablement enablement)
    {
        if (OwnDistrictProblem(districtId, caller) is { } problem)
        {
            return problem;
        }
        IReadOnlyList<DistrictModuleDto> list = catalog.Loaded
            .Select(m => new DistrictModuleDto(m.Id, m.Manifest!.DisplayName, m.Manifest.Version,
                enablement.IsEnabled(districtId, m.Id), m.Manifest.Dependencies.Keys.ToList()))
            .ToList();
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<SwitchResultDto>, ProblemHttpResult>> Enable(
        string districtId, string moduleId, ICallerContext caller, ModuleEnablement enablement, CancellationToken cancellationToken)
    {
        if (OwnDistrictProblem(districtId, caller) is { } problem)
        {
            return problem;
        }
        var result = await enablement.EnableAsync(districtId, moduleId, caller.Staff.Id, cancellationToken);
        return ToResult(result, districtId, enablement);
    }

    private static async Task<Results<Ok<SwitchResultDto>, ProblemHttpResult>> Disable(
        string districtId, string moduleId, ICallerContext caller, ModuleEnablement enablement, CancellationToken cancellationToken)
    {
        if (OwnDistrictProblem(districtId, caller) is { } problem)
        {
            return problem;
        }
        var result = await enablement.DisableAsync(districtId, moduleId, caller.Staff.Id, cancellationToken);
        return ToResult(result, districtId, enablement);
    }

    private static Results<Ok<SwitchResultDto>, ProblemHttpResult> ToResult(EnablementResult result, string districtId, ModuleEnablement enablement) =>
        result.RefusalReason is { } reason
            ? Problems.Conflict(reason, "无法切换模块")
            : TypedResults.Ok(new SwitchResultDto(result.Changed, enablement.EnabledIn(districtId)));

    /// <summary>
    /// Administrators manage their own district, from district level. Another district is answered
    /// as not found: no district learns of another's existence through this API.
    /// </summary>
    private static ProblemHttpResult? OwnDistrictProblem(string districtId, ICallerContext caller)
    {
        if (caller.DistrictId != districtId)
        {
            return Problems.NotFound($"没有名为“{districtId}”的区。");
        }
        if (caller.Scope.Level != OrgLevel.District)
        {
            return Problems.Forbidden("只有区级账户可以管理本区的模块。");
        }
        return null;
    }
}
