using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minzheng.Platform.Audit.Checkpoints;
using Minzheng.Platform.Audit.Keys;
using Minzheng.Platform.Configuration;
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
        // The key ring and the checkpoint store come from Minzheng:Audit; the ring is loaded when the platform
        // initializes (InitializeMinzhengPlatformAsync), so that a bad key stops the start with its setting named.
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<MinzhengOptions>>().Value.Audit);
        services.AddSingleton(sp => AuditKeyRing.Load(sp.GetRequiredService<AuditOptions>(), sp.GetRequiredService<DataFolder>(),
            sp.GetRequiredService<TimeProvider>().GetUtcNow()));
        services.TryAddSingleton<IAuditCheckpointStore>(sp => new FolderCheckpointStore(CheckpointFolder(
            sp.GetRequiredService<AuditOptions>(), sp.GetRequiredService<DataFolder>())));
        services.AddSingleton<AuditCheckpoints>();
        services.AddHostedService<AuditCheckpointService>();
        services.AddSingleton<AuditWriter>();
        services.AddSingleton<AuditVerifier>();
        services.AddSingleton<IDbContextInterceptorFactory>(sp => new AuditInterceptorFactory(
            new Lazy<AuditWriter>(sp.GetRequiredService<AuditWriter>),
            sp.GetRequiredService<ILogger<AuditSaveChangesInterceptor>>()));
        services.AddScoped<IAuditTrail, CallerAuditTrail>();
        return services;
    }

    /// <summary>The checkpoint folder: <see cref="AuditOptions.CheckpointFolder"/>, relative to the data folder, by default <c>audit-checkpoints</c> in it.</summary>
    public static string CheckpointFolder(AuditOptions options, DataFolder dataFolder) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(options.CheckpointFolder) ? "audit-checkpoints" : options.CheckpointFolder, dataFolder.Path);

    /// <summary>
    /// Loads the key ring (a <see cref="Configuration.ConfigurationProblem"/> if it is wrong) and says loudly when
    /// the chain is keyed with a generated key, which lives beside the data it protects.
    /// </summary>
    public static void InitializeAuditKeys(this IServiceProvider services)
    {
        var ring = services.GetRequiredService<AuditKeyRing>();
        if (ring.GeneratedKeyPath is { } path)
        {
            // Printed at every start, as the first administrator's password is: a deployer must not miss it.
            Console.Error.WriteLine($"WARNING: the audit chain is keyed with the key '{ring.Current.Id}' generated into {path}, because Minzheng:Audit:Keys is not set. "
                + "Whoever can read that file can forge the audit trail: for a real deployment, set Minzheng:Audit:Keys from a secret store and keep this file's key in the ring (docs/deploying.md).");
        }
    }

    /// <summary>Maps <c>/api/platform/audit</c>.</summary>
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        AuditEndpoints.Map(app);
        return app;
    }
}
