using System.Net.Sockets;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Carter;
using Minzheng.Host.Plugins;
using Minzheng.Platform;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Endpoints;
using Minzheng.Platform.Http;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Identity.SignIn;
using Minzheng.Platform.Modules;
using Minzheng.Platform.Plans;
using Minzheng.Platform.Registry;
using Minzheng.Platform.Ui;
using Minzheng.Sdk.Demo;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Events;
using Minzheng.Sdk.Indicators;
using Minzheng.Sdk.Jobs;
using Minzheng.Sdk.Modules;
using Minzheng.Sdk.Work;
using Scalar.AspNetCore;

namespace Minzheng.Host;

/// <summary>
/// Composes the system: configuration, the modules in the plugin folder, the platform, the endpoints.
/// <c>Program</c> runs it; the module test kit builds it in-process with its own settings.
/// </summary>
public static class MinzhengHost
{
    /// <summary>Builds, initializes and runs the host; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.FirstOrDefault() == CopyCommand)
        {
            return await CopyToPostgreSqlAsync(args[1..]);
        }
        WebApplication app;
        try
        {
            app = await BuildAsync(args);
        }
        catch (ConfigurationProblem problem)
        {
            await Console.Error.WriteLineAsync($"Minzheng cannot start: {problem.Message}");
            return 2;
        }
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
                                    || e.GetType().Name == "AddressInUseException" || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync($"Minzheng cannot start: {e.Message} Another process uses that port: stop it, or choose another address with --urls (e.g. --urls http://127.0.0.1:5080).");
            return 2;
        }
    }

    /// <summary>The command that copies a district from the SQLite files to PostgreSQL.</summary>
    public const string CopyCommand = "copy-to-postgresql";

    // dotnet Minzheng.Host.dll copy-to-postgresql <district> [host settings…]: starts the host's composition
    // (so the PostgreSQL databases are created and migrated), copies, reports and exits without serving.
    private static async Task<int> CopyToPostgreSqlAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            await Console.Error.WriteLineAsync($"Usage: dotnet Minzheng.Host.dll {CopyCommand} <district id> — with Minzheng:Database:Engine=PostgreSql and its connection string set, and Minzheng:DataFolder (or MINZHENG_DATA) the SQLite data to copy.");
            return 2;
        }
        try
        {
            await using var app = await BuildAsync(args[1..]);
            var copied = await app.Services.GetRequiredService<Minzheng.Platform.Data.Copy.DistrictCopy>()
                .RunAsync(args[0], line => Console.WriteLine(line), CancellationToken.None);
            Console.WriteLine();
            Console.WriteLine($"Copied district '{args[0]}' to PostgreSQL:");
            Console.WriteLine("| database | table | rows |");
            Console.WriteLine("| --- | --- | ---: |");
            foreach (var database in copied)
            {
                foreach (var (table, rows) in database.Tables)
                {
                    Console.WriteLine($"| {database.Database} | {table} | {rows} |");
                }
            }
            Console.WriteLine($"Total: {copied.Sum(d => d.Tables.Sum(t => t.Rows))} rows in {copied.Count} databases. Staff accounts and module switches are deployment-wide: they are not part of a district's copy.");
            return 0;
        }
        catch (ConfigurationProblem problem)
        {
            await Console.Error.WriteLineAsync($"Nothing copied: {problem.Message}");
            return 2;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // A deployer's mistake (an old SQLite schema, a server that refused): say what, not a stack trace.
            await Console.Error.WriteLineAsync($"Copy stopped by a database error: {e.GetBaseException().Message}");
            await Console.Error.WriteLineAsync("Databases reported above as copied are committed; drop the district's PostgreSQL database before copying again.");
            return 1;
        }
    }

    /// <summary>
    /// Builds the application and prepares its data. <paramref name="configure"/> runs right after the
    /// builder is created, so that a caller (the test kit) can add configuration and services.
    /// </summary>
    /// <exception cref="ConfigurationProblem">A setting or file the deployer must fix.</exception>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        var options = builder.Configuration.GetSection(MinzhengOptions.Section).Get<MinzhengOptions>() ?? new MinzhengOptions();
        builder.Services.Configure<MinzhengOptions>(builder.Configuration.GetSection(MinzhengOptions.Section));
        var contentRoot = builder.Environment.ContentRootPath;
        var dataFolder = DataFolder.Prepare(options.DataFolder, contentRoot);
        var store = DataStore.For(options.Database, dataFolder);
        var catalog = ModuleDiscovery.Discover(Path.GetFullPath(options.PluginsFolder, contentRoot));
        ReportRefusals(catalog, options.StrictModules);
        var districts = DistrictDirectory.FromOptions(options.Districts, contentRoot, catalog.All.Select(m => m.Id).ToHashSet());

        var plans = PlanCatalog.Load(options.PlanFiles, contentRoot, catalog);

        builder.Services.AddMinzhengPlatform(catalog, districts, dataFolder, store);
        builder.Services.AddPublicRateLimit(options.PublicRateLimit);
        builder.Services.AddSignInThrottle(options.SignInLimits);
        builder.Services.AddPlans(plans);
        builder.AddTelemetry();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "民政 Minzheng API";
            document.Info.Description = "One REST API for the platform and every loaded module; errors are RFC 9457 problem details.";
            return Task.CompletedTask;
        }));
        AddModules(builder, catalog);

        var app = builder.Build();
        app.UseMinzhengPlatform();
        var moduleRoutes = await CheckModuleRoutesAsync(app, catalog, options.StrictModules);
        MapEndpoints(app, moduleRoutes);

        await app.Services.InitializeMinzhengPlatformAsync(CancellationToken.None);
        return app;
    }

    private static void ReportRefusals(ModuleCatalog catalog, bool strict) =>
        ReportRefusals(catalog.All.Where(m => m.State == ModuleState.Refused).ToList(), strict);

    private static void ReportRefusals(IReadOnlyList<InstalledModule> refused, bool strict)
    {
        if (strict && refused.Count > 0)
        {
            throw new ConfigurationProblem(
                $"Minzheng:StrictModules is on and {refused.Count} module(s) were refused: {string.Join(" | ", refused.Select(m => m.Reason))}");
        }
        foreach (var module in refused)
        {
            // Printed before logging is up: a deployer must see every refusal, one line each.
            Console.Error.WriteLine($"Module refused: {module.Reason}");
        }
    }

    private static void AddModules(WebApplicationBuilder builder, ModuleCatalog catalog)
    {
        var assemblies = catalog.Loaded.Select(m => m.Assembly!).ToArray();
        var carterModules = assemblies.SelectMany(ModuleRoutes.CarterModuleTypes).ToArray();
        if (assemblies.Length > 0)
        {
            // Carter does not find plugin assemblies by itself: it is given them, and their modules, explicitly.
            // (With none to give, its catalog falls back to scanning the host and fails.)
            builder.Services.AddCarter(new DependencyContextAssemblyCatalog(assemblies), carter => carter.WithModules(carterModules));
        }

        // Conventions over module assemblies only: their event handlers, jobs, indicators, work counts and demo
        // data, resolved per scope by their type (the platform knows each one's module from its assembly).
        builder.Services.Scan(scan => scan.FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo(typeof(IIntegrationEventHandler<>)), publicOnly: false).AsSelf().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IModuleJob>(), publicOnly: false).AsSelf().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IIndicator>(), publicOnly: false).AsSelf().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IWorkItemSource>(), publicOnly: false).AsSelf().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IModuleDemo>(), publicOnly: false).AsSelf().WithScopedLifetime());

        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.Host.ConfigureContainer<ContainerBuilder>((context, container) =>
        {
            foreach (var module in catalog.Loaded)
            {
                var moduleContext = new ModuleContext(module.Manifest!, context.Configuration.GetSection($"Modules:{module.Id}"));
                try
                {
                    module.Entry!.ConfigureServices(container, moduleContext);
                }
                catch (Exception e)
                {
                    throw new ConfigurationProblem($"Module '{module.Id}' failed to register its services: {e.Message}");
                }
            }
        });
    }

    /// <summary>
    /// Maps each loaded module's routes apart and refuses, like a module that failed to load, one whose route
    /// declares no access or requires a permission that is neither in its module.json nor the platform's, with
    /// the modules depending on it. Runs before anything reads the catalog to decide what runs, so a refused
    /// module serves nothing and its jobs and event handlers never run. Returns the accepted modules' routes.
    /// </summary>
    private static async Task<IReadOnlyList<ModuleRoutes>> CheckModuleRoutesAsync(WebApplication app, ModuleCatalog catalog, bool strict)
    {
        var routes = catalog.Loaded.Select(m => ModuleRoutes.Map(app, m)).ToList();
        var reasons = routes.Select(r => (r.Module.Id, Reason: r.Problem())).Where(r => r.Reason is not null).ToDictionary(r => r.Id, r => r.Reason!);
        if (reasons.Count == 0)
        {
            return routes;
        }
        var refused = catalog.RefuseLoaded(reasons);
        try
        {
            ReportRefusals(refused, strict);
        }
        catch (ConfigurationProblem)
        {
            await app.DisposeAsync();
            throw;
        }
        return routes.Where(r => catalog.FindLoaded(r.Module.Id) is not null).ToList();
    }

    private static void MapEndpoints(WebApplication app, IReadOnlyList<ModuleRoutes> moduleRoutes)
    {
        app.MapHealthChecks("/health").AllowPublic("health probe for load balancers and deployers; reveals no data");
        app.MapOpenApi("/openapi/{documentName}.json").AllowPublic("API description for client developers; contains no data");
        app.MapTelemetry();
        app.MapScalarApiReference("/api-reference", o => o.WithTitle("民政 Minzheng API").WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .AllowPublic("API reference page; contains no data");
        app.MapModuleEndpoints();
        app.MapIdentityEndpoints();
        app.MapAuditEndpoints();
        app.MapRegistryEndpoints();
        app.MapPlanEndpoints();
        app.MapStaffUi();

        foreach (var routes in moduleRoutes)
        {
            routes.AddTo(app);
        }
    }

    /// <summary>
    /// The endpoints that declare neither a permission nor a public reason. A module with one is refused at
    /// start-up, so only a platform endpoint could be listed here (a test keeps the list empty); it would be
    /// locked by <c>UndeclaredAccessMiddleware</c>.
    /// </summary>
    public static IReadOnlyList<string> UndeclaredEndpoints(IEndpointRouteBuilder app) =>
        app.DataSources.SelectMany(s => s.Endpoints)
            .Where(e => e.Metadata.GetMetadata<RequiredPermissionMetadata>() is null && e.Metadata.GetMetadata<PublicEndpointMetadata>() is null)
            .Select(e => e.DisplayName ?? e.ToString() ?? "?")
            .ToList();
}
