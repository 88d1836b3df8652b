using Minzheng.Platform.Telemetry;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Endpoints;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Minzheng.Host;

/// <summary>
/// What operators see of each running instance, through OpenTelemetry: traces of requests, of the database commands
/// EF Core sends and of outgoing HTTP calls; metrics of the same, of the runtime and of the platform's background work
/// (<see cref="PlatformMetrics"/>: the outboxes' and the jobs' lag). Metrics are scraped at <c>/metrics</c> in Prometheus'
/// format by a caller holding <see cref="PlatformPermissions.MetricsRead"/> (the monitoring system's API token); both
/// signals also go to an OTLP collector when the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> names one.
/// </summary>
internal static class Telemetry
{
    /// <summary>The scrape path.</summary>
    public const string MetricsPath = "/metrics";

    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var otel = builder.Services.AddOpenTelemetry()
            // service.instance.id tells the instances behind one load balancer apart.
            .ConfigureResource(r => r.AddService("minzheng", serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString(),
                serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(PlatformMetrics.MeterName)
                // Each scrape sees the figures of that moment; Prometheus decides how often to ask.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }
    }

    public static void MapTelemetry(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequirePermission(PlatformPermissions.MetricsRead);
}
