using Microsoft.Extensions.Logging;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Ui;

namespace Minzheng.Platform.Ui;

/// <summary>
/// The UI descriptions of the loaded modules, asked for once: a module's <see cref="IModuleUi"/> is
/// created and described at the first request, checked, and kept. A description that fails its checks
/// (or throws) is left out and logged, so one module's mistake does not take the shell down.
/// </summary>
public sealed class ModuleUiCatalog
{
    private readonly Lazy<IReadOnlyDictionary<string, ModuleUi>> _descriptions;

    /// <summary>Creates the catalog over the modules found at start-up.</summary>
    public ModuleUiCatalog(ModuleCatalog catalog, ILogger<ModuleUiCatalog> logger) =>
        _descriptions = new Lazy<IReadOnlyDictionary<string, ModuleUi>>(() => DescribeAll(catalog, logger));

    /// <summary>The sound description of a loaded module, or null when it has none.</summary>
    public ModuleUi? Find(string moduleId) => _descriptions.Value.GetValueOrDefault(moduleId);

    private static IReadOnlyDictionary<string, ModuleUi> DescribeAll(ModuleCatalog catalog, ILogger logger)
    {
        var result = new Dictionary<string, ModuleUi>();
        foreach (var module in catalog.Loaded)
        {
            var types = module.Assembly!.GetTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IModuleUi).IsAssignableFrom(t))
                .ToList();
            if (types.Count == 0)
            {
                continue;
            }
            if (types.Count > 1)
            {
                logger.LogError("Module {Module} has {Count} IModuleUi implementations ({Types}); its UI is left out until it has one",
                    module.Id, types.Count, string.Join(", ", types.Select(t => t.FullName)));
                continue;
            }
            try
            {
                var ui = ((IModuleUi)Activator.CreateInstance(types[0])!).Describe();
                var problems = ui.Problems(module.Manifest!.Permissions.Select(p => p.Name));
                if (problems.Count > 0)
                {
                    logger.LogError("The UI description of module {Module} is left out: {Problems}", module.Id, string.Join("; ", problems));
                    continue;
                }
                result[module.Id] = ui;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogError(e, "Module {Module} failed to describe its UI; its UI is left out", module.Id);
            }
        }
        return result;
    }
}
