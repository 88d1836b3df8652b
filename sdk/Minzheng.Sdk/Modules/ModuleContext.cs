using Microsoft.Extensions.Configuration;

namespace Minzheng.Sdk.Modules;

/// <summary>What the host tells a module while it registers its services.</summary>
/// <param name="Manifest">The module's own manifest, as read from its <c>module.json</c>.</param>
/// <param name="Configuration">The module's configuration section (<c>Modules:&lt;id&gt;</c>), empty when absent.</param>
public sealed record ModuleContext(ModuleManifest Manifest, IConfiguration Configuration);
