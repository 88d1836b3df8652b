using Minzheng.Platform.Modules;
using Minzheng.Sdk;
using Semver;

namespace Minzheng.Host.Plugins;

/// <summary>Finds, checks and loads every module in the plugin folder.</summary>
public static class ModuleDiscovery
{
    /// <summary>
    /// Reads every manifest first, plans, then loads the accepted modules in dependency order. A module
    /// whose dependency failed to load is refused as well. Never throws for a bad module: it is refused.
    /// </summary>
    public static ModuleCatalog Discover(string pluginsFolder)
    {
        var plan = ModulePlan.Make(ManifestReader.ReadAll(pluginsFolder), SemVersion.Parse(SdkInfo.Version, SemVersionStyles.Strict));
        var modules = plan.Refused
            .Select(r => InstalledModule.Refused(r.Module.Folder, r.Module.Id, r.Module.Manifest, r.Reason))
            .ToList();
        var loaded = new HashSet<string>();
        foreach (var module in plan.ToLoad)
        {
            var failedDependency = module.Manifest!.Dependencies.Keys.FirstOrDefault(d => !loaded.Contains(d));
            if (failedDependency is not null)
            {
                modules.Add(InstalledModule.Refused(module.Folder, module.Id, module.Manifest,
                    InstalledModule.DependencyRefusedReason(module.Id, failedDependency)));
                continue;
            }
            var outcome = PluginAssemblyLoader.Load(module);
            if (outcome.Error is not null)
            {
                modules.Add(InstalledModule.Refused(module.Folder, module.Id, module.Manifest, outcome.Error));
                continue;
            }
            loaded.Add(module.Id);
            modules.Add(InstalledModule.Loaded(module.Folder, module.Manifest, outcome.Assembly!, outcome.Entry!));
        }
        // Loaded modules in load order first, then the refused, so that ModuleCatalog.Loaded keeps the order.
        return new ModuleCatalog(modules.OrderBy(m => m.State).ToList());
    }
}
