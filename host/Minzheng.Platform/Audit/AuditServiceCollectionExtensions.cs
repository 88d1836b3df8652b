using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Data;
using Minzheng.Sdk.Audit;

namespace Minzheng.Platform.Audit;

/// <summary>Registers the audit trail and maps its endpoints.</summary>
public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// Registers the audit trail: a hash-chained database per district, the writer, the recording of
    /// every DbContext save, the SDK's <see cref="IAuditTrail"/> and the verifier.
    /// </summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddSingleton(new PlatformDatabase(typeof(AuditDbContext), "audit"));
        services.AddSingleton<AuditWriter>();
        services.AddSingleton<AuditVerifier>();
        services.AddSingleton<IDbContextInterceptorFactory>(sp => new AuditInterceptorFactory(
            new Lazy<AuditWriter>(sp.GetRequiredService<AuditWriter>),
            sp.GetRequiredService<ILogger<AuditSaveChangesInterceptor>>()));
        services.AddScoped<IAuditTrail, CallerAuditTrail>();
        return services;
    }

    /// <summary>Maps <c>/api/platform/audit</c>.</summary>
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        AuditEndpoints.Map(app);
        return app;
    }
}
