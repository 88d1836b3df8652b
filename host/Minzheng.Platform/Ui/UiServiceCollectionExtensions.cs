using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Minzheng.Platform.Ui;

/// <summary>The staff web UI: the merged page descriptions and the built shell.</summary>
public static class UiServiceCollectionExtensions
{
    /// <summary>Registers the catalog of the modules' UI descriptions.</summary>
    public static IServiceCollection AddStaffUi(this IServiceCollection services) => services.AddSingleton<ModuleUiCatalog>();

    /// <summary>
    /// Maps <c>/api/platform/ui</c> and serves the web shell (static files, and <c>index.html</c> for the
    /// shell's routes). Call after the platform's middleware, with the other endpoints.
    /// </summary>
    public static WebApplication MapStaffUi(this WebApplication app)
    {
        UiEndpoints.Map(app);
        WebUiFiles.Map(app);
        return app;
    }
}
