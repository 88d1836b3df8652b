using Carter;
using Minzheng.Platform.Http;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;

namespace Minzheng.Host.Plugins;

/// <summary>
/// One module's routes, mapped under <c>/api/&lt;id&gt;</c> apart from the app, so that the host checks them
/// before serving them: every route declares its access, and every permission it requires is declared in the
/// module's <c>module.json</c> or is the platform's. What was checked is what the app serves (<see cref="AddTo"/>):
/// the module's Carter modules are asked for their routes once.
/// </summary>
internal sealed class ModuleRoutes : IEndpointRouteBuilder
{
    private readonly IEndpointRouteBuilder _app;

    private ModuleRoutes(IEndpointRouteBuilder app, InstalledModule module)
    {
        _app = app;
        Module = module;
    }

    /// <summary>The module the routes belong to.</summary>
    public InstalledModule Module { get; }

    /// <inheritdoc />
    public IServiceProvider ServiceProvider => _app.ServiceProvider;

    /// <inheritdoc />
    public ICollection<EndpointDataSource> DataSources { get; } = new List<EndpointDataSource>();

    /// <inheritdoc />
    public IApplicationBuilder CreateApplicationBuilder() => _app.CreateApplicationBuilder();

    /// <summary>Maps a loaded module's Carter modules (public, no constructor dependencies) with the app's services.</summary>
    public static ModuleRoutes Map(IEndpointRouteBuilder app, InstalledModule module)
    {
        var routes = new ModuleRoutes(app, module);
        var manifest = module.Manifest!;
        var group = routes.MapGroup($"/api/{manifest.Id}")
            .WithTags(manifest.DisplayName)
            .WithMetadata(new ModuleEndpointMetadata(manifest.Id, manifest.DisplayName))
            // The one place that commits a module request's changes (and maps lost races to 409).
            .AddEndpointFilter<RequestCommitFilter>();
        foreach (var type in CarterModuleTypes(module.Assembly!))
        {
            // Endpoint modules have no constructor dependencies (an architecture rule): what a handler
            // needs, it takes as a parameter per request.
            ((ICarterModule)Activator.CreateInstance(type)!).AddRoutes(group);
        }
        return routes;
    }

    /// <summary>The Carter modules the SDK promises to map: public only, an internal one is a helper.</summary>
    public static IEnumerable<Type> CarterModuleTypes(System.Reflection.Assembly assembly) =>
        assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICarterModule).IsAssignableFrom(t));

    /// <summary>
    /// Why the module must be refused, in one line naming each offending route (method and pattern, as
    /// group conventions left them), or null when every route declares its access correctly.
    /// </summary>
    public string? Problem()
    {
        var declared = Module.Manifest!.Permissions.Select(p => p.Name)
            .Concat(PlatformPermissions.All.Select(p => p.Name)).Append(PlatformPermissions.Self)
            .ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var endpoint in DataSources.SelectMany(s => s.Endpoints))
        {
            var required = endpoint.Metadata.GetOrderedMetadata<RequiredPermissionMetadata>();
            if (required.Count == 0 && endpoint.Metadata.GetMetadata<PublicEndpointMetadata>() is null)
            {
                problems.Add($"route {Describe(endpoint)} declares no access");
            }
            if (endpoint.Metadata.GetMetadata<PublicInDistrictMetadata>() is not null
                && (endpoint as RouteEndpoint)?.RoutePattern.GetParameter(PublicAccess.DistrictRouteValue) is null)
            {
                problems.Add($"route {Describe(endpoint)} is public in a district but its pattern has no {{{PublicAccess.DistrictRouteValue}}} to name it");
            }
            problems.AddRange(required.Select(r => r.Permission).Where(p => !declared.Contains(p)).Distinct().Select(p =>
                $"route {Describe(endpoint)} requires permission '{p}', which is neither declared in its module.json nor a platform permission"));
        }
        return problems.Count == 0
            ? null
            : $"module '{Module.Id}': {string.Join("; ", problems)}. Every route says .RequirePermission(\"<a permission module.json declares>\") or .AllowPublic(\"<why anyone may call it>\").";
    }

    /// <summary>Lets the app serve these routes.</summary>
    public void AddTo(IEndpointRouteBuilder app)
    {
        foreach (var source in DataSources)
        {
            app.DataSources.Add(source);
        }
    }

    private static string Describe(Endpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
        var pattern = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? endpoint.DisplayName ?? "?";
        return $"{(methods is { Count: > 0 } ? string.Join(",", methods) : "ANY")} {pattern}";
    }
}
