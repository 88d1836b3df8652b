using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Platform.Ui;

/// <summary>What the web shell asks the platform: its menu and pages, and the divisions its pickers offer.</summary>
internal static class UiEndpoints
{
    /// <summary>A town and its villages, for the division picker.</summary>
    public sealed record DivisionOption(string Code, string Name, IReadOnlyList<DivisionOption> Villages);

    public static void Map(IEndpointRouteBuilder app)
    {
        var ui = app.MapGroup("/api/platform/ui").WithTags("界面");
        ui.MapGet("/", Describe)
            .WithName("DescribeStaffUi")
            .WithSummary("The caller's menu and the pages of the modules enabled in their district, filtered by their permissions.")
            .RequirePermission(PlatformPermissions.Self);
        ui.MapGet("/divisions", Divisions)
            .WithName("ListPickableDivisions")
            .WithSummary("The towns and villages of the caller's district within their scope, for division pickers.")
            .RequirePermission(PlatformPermissions.Self);
    }

    private static Results<Ok<StaffUiManifest>, ProblemHttpResult> Describe(
        ICallerContext caller, DistrictDirectory districts, ModuleCatalog catalog, ModuleEnablement enablement, ModuleUiCatalog descriptions)
    {
        if (districts.Find(caller.DistrictId) is not { } district)
        {
            return Problems.NotFound($"没有名为“{caller.DistrictId}”的区。");
        }
        return TypedResults.Ok(StaffUiManifestBuilder.Build(caller, district, catalog, enablement, descriptions));
    }

    private static Results<Ok<IReadOnlyList<DivisionOption>>, ProblemHttpResult> Divisions(ICallerContext caller, DistrictDirectory districts)
    {
        if (districts.Find(caller.DistrictId) is not { } district)
        {
            return Problems.NotFound($"没有名为“{caller.DistrictId}”的区。");
        }
        // A clerk picks only inside their own scope: that is where their records may be placed.
        IReadOnlyList<DivisionOption> towns = district.Towns
            .Where(t => caller.Scope.Contains(t.Code) || (caller.Scope.Level == OrgLevel.Village && caller.Scope.DivisionCode.StartsWith(t.Code, StringComparison.Ordinal)))
            .Select(t => new DivisionOption(t.Code, t.Name, t.Villages
                .Where(v => caller.Scope.Contains(v.Code))
                .Select(v => new DivisionOption(v.Code, v.Name, []))
                .ToList()))
            .ToList();
        return TypedResults.Ok(towns);
    }
}
