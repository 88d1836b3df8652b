using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Work;

namespace Minzheng.Platform.Work;

/// <summary>A kind of waiting work, with the module it is in.</summary>
public sealed record WorkItemView(string Key, string Title, int Count, int Overdue, string Link, string Module, string ModuleName);

/// <summary>The caller's waiting work across the enabled modules, and the modules that could not say.</summary>
/// <param name="Items">By module, in the modules' order.</param>
/// <param name="Unavailable">Display names of modules whose count failed (the log has why): the list is then incomplete.</param>
public sealed record WorkList(IReadOnlyList<WorkItemView> Items, IReadOnlyList<string> Unavailable);

/// <summary><c>/api/platform/work</c>: what waits for the signed-in staff member, for the home page.</summary>
internal static class WorkEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/platform/work", ListAsync).WithTags("待办")
            .WithName("ListMyWork")
            .WithSummary("Counts of what waits for the caller in each enabled module (each module filters by the caller's permissions and scope), with links.")
            // Every staff member has a home page; what each module counts is already limited to what the caller may act on.
            .RequirePermission(PlatformPermissions.Self);

    private static async Task<Ok<WorkList>> ListAsync(
        ICallerContext caller, ModuleCatalog modules, ModuleEnablement enablement, IServiceProvider services, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var enabled = enablement.EnabledIn(caller.DistrictId);
        var items = new List<WorkItemView>();
        var unavailable = new List<string>();
        foreach (var (moduleId, type) in modules.ImplementationsOf<IWorkItemSource>().Where(s => enabled.Contains(s.ModuleId)))
        {
            var name = modules.FindLoaded(moduleId)!.Manifest!.DisplayName;
            try
            {
                var counted = await ((IWorkItemSource)services.GetRequiredService(type)).CountAsync(cancellationToken);
                items.AddRange(counted.Where(i => i.Count > 0).Select(i => new WorkItemView(i.Key, i.Title, i.Count, i.Overdue, i.Link, moduleId, name)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logs.CreateLogger(typeof(WorkEndpoints)).LogError(e, "Work count of {Source} failed for district {District}", type.FullName, caller.DistrictId);
                unavailable.Add(name);
            }
        }
        return TypedResults.Ok(new WorkList(items, unavailable.Distinct().ToList()));
    }
}
