using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Work;
using Minzheng.Sdk.Indicators;

namespace Minzheng.Platform.Plans;

/// <summary>Registers the plan page's services and maps its endpoints and the staff home's work list.</summary>
public static class PlanServiceCollectionExtensions
{
    /// <summary>Registers the plans read at start-up and what computes their figures per request.</summary>
    public static IServiceCollection AddPlans(this IServiceCollection services, PlanCatalog plans)
    {
        services.AddSingleton(plans);
        services.AddSingleton<IPlanTargets, PlanTargets>();
        services.AddScoped<PlanFigures>();
        services.AddScoped<PlanEntryStore>();
        return services;
    }

    /// <summary>Maps <c>/api/platform/plans</c> and <c>/api/platform/work</c>.</summary>
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        PlanEndpoints.Map(app);
        WorkEndpoints.Map(app);
        return app;
    }
}
