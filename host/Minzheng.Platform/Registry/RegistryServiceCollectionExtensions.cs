using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Data;
using Minzheng.Platform.Events;
using Minzheng.Platform.Registry.Certificates;
using Minzheng.Platform.Registry.Common;
using Minzheng.Platform.Registry.Data;
using Minzheng.Platform.Registry.ForModules;
using Minzheng.Platform.Registry.Households;
using Minzheng.Platform.Registry.Import;
using Minzheng.Platform.Registry.Marriage;
using Minzheng.Platform.Registry.Persons;
using Minzheng.Platform.Registry.Search;
using Minzheng.Platform.Registry.Synthetic;
using Minzheng.Platform.Registry.Welfare;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry;

/// <summary>Registers the resident registry and maps its endpoints.</summary>
public static class RegistryServiceCollectionExtensions
{
    /// <summary>The registry's file per district: <c>data/&lt;district&gt;/platform-registry.db</c>.</summary>
    public const string DatabaseName = "registry";

    /// <summary>Registers the resident registry's services.</summary>
    public static IServiceCollection AddResidentRegistry(this IServiceCollection services)
    {
        services.AddSingleton(new PlatformDatabase(typeof(RegistryDbContext), DatabaseName));
        // One context per request, bound to the caller's district; the caller is passed on so that
        // the audit trail records who made each change.
        services.AddScoped(sp =>
        {
            var caller = sp.GetRequiredService<ICallerContext>();
            return sp.GetRequiredService<ModuleDatabases>().Create<RegistryDbContext>(caller.DistrictId, caller);
        });
        services.AddScoped<SensitiveReads>();
        services.AddScoped<IResidentRegistry, ResidentRegistry>();
        services.AddScoped<IDivisionNames, DivisionNames>();
        services.AddSingleton<ImportFiles>();
        services.AddSingleton<ImportSignal>();
        services.AddSingleton<ImportRunner>();
        // Before the worker, so that its first round finds the demo's residents queued.
        services.AddHostedService<DemoResidents>();
        services.AddHostedService<ImportWorker>();
        services.AddPlatformEventHandler<MarriageRegistered, MaritalStatusFollower>();
        services.AddPlatformEventHandler<MarriageDivorced, MaritalStatusFollower>();
        services.AddPlatformEventHandler<MarriageRegistrationVoided, MaritalStatusFollower>();
        return services;
    }

    /// <summary>Maps <c>/api/platform/registry</c>.</summary>
    public static IEndpointRouteBuilder MapRegistryEndpoints(this IEndpointRouteBuilder app)
    {
        var registry = app.MapGroup("/api/platform/registry").WithTags("居民信息");
        PersonEndpoints.Map(registry);
        SearchEndpoint.Map(registry);
        HouseholdEndpoints.Map(registry);
        CertificateEndpoints.Map(registry);
        WelfareEndpoints.Map(registry);
        ImportEndpoints.Map(registry);
        return app;
    }
}
