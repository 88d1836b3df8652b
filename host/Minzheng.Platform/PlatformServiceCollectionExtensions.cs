using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Events;
using Minzheng.Platform.Http;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Jobs;
using Minzheng.Platform.Modules;
using Minzheng.Platform.Registry;
using Minzheng.Platform.Telemetry;
using Minzheng.Platform.Ui;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Data;

namespace Minzheng.Platform;

/// <summary>Registers and wires the platform's shared services.</summary>
public static class PlatformServiceCollectionExtensions
{
    /// <summary>Registers the platform for the modules and districts found at start-up.</summary>
    public static IServiceCollection AddMinzhengPlatform(this IServiceCollection services, ModuleCatalog catalog, DistrictDirectory districts, DataFolder dataFolder, DataStore store)
    {
        services.AddSingleton(catalog);
        services.AddSingleton(districts);
        services.AddSingleton(dataFolder);
        services.AddSingleton(store);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();

        Func<PlatformDbContext> platformDb = () => new PlatformDbContext((DbContextOptions<PlatformDbContext>)
            store.UseDeploymentDatabase(new DbContextOptionsBuilder<PlatformDbContext>(), "platform", typeof(PlatformDbContext).Assembly).Options);
        services.AddSingleton(platformDb);
        services.AddSingleton<OutboxSignal>();
        // Uploaded tables (CSV, XLSX): one reader for the registry import and the modules.
        services.AddSingleton<Minzheng.Sdk.Files.ITableFiles, Files.TableFiles>();
        services.AddSingleton<OutboxStampInterceptor>();
        services.AddSingleton(sp => new ModuleDatabases(store, catalog, sp.GetRequiredService<OutboxStampInterceptor>(),
            sp.GetServices<PlatformDatabase>(), sp.GetServices<IDbContextInterceptorFactory>()));
        services.AddSingleton<ModuleMigrator>();
        services.AddSingleton<Data.Copy.DistrictCopy>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ModuleEnablement>(sp));
        services.AddScoped<IModuleDatabase, CallerModuleDatabase>();

        services.AddScoped<CallerContext>();
        services.AddScoped<Minzheng.Sdk.Data.RequestDbContexts>();
        services.AddScoped<ICallerContext>(sp => sp.GetRequiredService<CallerContext>());
        services.AddSingleton<SystemScopeFactory>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddAuthorization();
        // Keys that protect cookies and anti-forgery tokens live in the deployment's database, not in a
        // home folder: every host instance reads the same keys, so a sign-in on one is valid on all.
        services.AddDataProtection()
            .SetApplicationName("Minzheng")
            .PersistKeysToDbContext<IdentityDb>();

        services.AddSingleton(sp => new EventHandlerCatalog(sp.GetRequiredService<ModuleCatalog>(), sp.GetServices<PlatformEventHandler>()));
        services.AddSingleton<PlatformMetrics>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<JobClaims>();
        services.AddSingleton<ModuleJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ModuleJobRunner>());
        services.AddSingleton<ModuleDemos>();
        services.AddHostedService(sp => sp.GetRequiredService<ModuleDemos>());

        services.AddStaffIdentity(store);
        services.AddAuditTrail();
        services.AddResidentRegistry();
        services.AddStaffUi();

        // Enums travel by name ("Town", not 1): readable, and stable when members are added.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddMinzhengProblemDetails();
        services.AddHealthChecks().AddCheck("data-folder", () => Directory.Exists(dataFolder.Path)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"data folder {dataFolder.Path} is gone"))
            // A load balancer takes an instance out while its database is unreachable.
            .AddAsyncCheck("database", async cancellationToken =>
            {
                await using var db = platformDb();
                return await db.Database.CanConnectAsync(cancellationToken)
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy("the database cannot be reached");
            });
        return services;
    }

    /// <summary>
    /// Brings the platform database up to date and computes each district's modules (migrating their
    /// databases). Run once before the host serves requests.
    /// </summary>
    public static async Task InitializeMinzhengPlatformAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        services.InitializeAuditKeys();
        await using (var db = services.GetRequiredService<Func<PlatformDbContext>>()())
        {
            await services.GetRequiredService<DataStore>().PrepareAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        await services.GetRequiredService<ModuleEnablement>().InitializeAsync(cancellationToken);
        if (await services.InitializeStaffIdentityAsync() is { } generated)
        {
            // Shown once, never stored in clear: the deployer signs in with it and changes it.
            Console.Error.WriteLine($"First administrator '{FirstAdministrator.UserName}' created. Its password, shown only this once: {generated}");
        }
    }

    /// <summary>The request pipeline: request id, problem details, authentication, module enablement, authorization.</summary>
    public static WebApplication UseMinzhengPlatform(this WebApplication app)
    {
        // Behind a TLS-terminating proxy (nginx): the scheme and client address it forwards, from the proxies the
        // deployer names (Minzheng:TrustedProxies; loopback always), so that cookies are Secure and limits count clients.
        app.UseForwardedHeaders(TrustedProxies.Options(app.Configuration.GetSection("Minzheng:TrustedProxies").Get<string[]>() ?? []));
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<ApiResponseHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<EmptyBodyMiddleware>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseCookieAntiforgery();
        app.UseMiddleware<ModuleEnabledMiddleware>();
        app.UseMiddleware<UndeclaredAccessMiddleware>();
        app.UseAuthorization();
        return app;
    }
}
