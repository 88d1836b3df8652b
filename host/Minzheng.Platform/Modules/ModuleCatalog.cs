using System.Reflection;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Modules;

namespace Minzheng.Platform.Modules;

/// <summary>Every module found at start-up, in load order (dependencies first), loaded or refused.</summary>
public sealed class ModuleCatalog
{
    private Dictionary<Assembly, InstalledModule> _byAssembly;

    /// <summary>Creates the catalog; <paramref name="modules"/> must be in load order.</summary>
    public ModuleCatalog(IReadOnlyList<InstalledModule> modules)
    {
        All = modules;
        Loaded = modules.Where(m => m.State == ModuleState.Loaded).ToList();
        _byAssembly = Loaded.ToDictionary(m => m.Assembly!);
    }

    /// <summary>All modules found.</summary>
    public IReadOnlyList<InstalledModule> All { get; private set; }

    /// <summary>The loaded modules, dependencies before dependents.</summary>
    public IReadOnlyList<InstalledModule> Loaded { get; private set; }

    /// <summary>
    /// Refuses loaded modules for what the host found once they were loaded (their routes break the access
    /// rules), with the loaded modules that depend on them; returns every module refused here, in load order.
    /// Only while the host is being composed: before anything has read <see cref="Loaded"/> to decide what
    /// runs (endpoints, jobs, event handlers, databases).
    /// </summary>
    /// <param name="reasons">One-line reasons by module id.</param>
    public IReadOnlyList<InstalledModule> RefuseLoaded(IReadOnlyDictionary<string, string> reasons)
    {
        var refused = new Dictionary<string, string>(reasons);
        // Load order puts dependencies first, so one pass takes dependents of dependents too.
        foreach (var module in Loaded.Where(m => !refused.ContainsKey(m.Id)))
        {
            var dependency = module.Manifest!.Dependencies.Keys.FirstOrDefault(refused.ContainsKey);
            if (dependency is not null)
            {
                refused[module.Id] = InstalledModule.DependencyRefusedReason(module.Id, dependency);
            }
        }
        var now = Loaded.Where(m => refused.ContainsKey(m.Id))
            .Select(m => InstalledModule.Refused(m.Folder, m.Id, m.Manifest, refused[m.Id]))
            .ToList();
        var stillLoaded = Loaded.Where(m => !refused.ContainsKey(m.Id)).ToList();
        All = [.. stillLoaded, .. now, .. All.Where(m => m.State == ModuleState.Refused)];
        Loaded = stillLoaded;
        _byAssembly = Loaded.ToDictionary(m => m.Assembly!);
        return now;
    }

    /// <summary>The loaded module with this id, or null.</summary>
    public InstalledModule? FindLoaded(string id) => Loaded.FirstOrDefault(m => m.Id == id);

    /// <summary>The manifests of loaded modules.</summary>
    public IEnumerable<ModuleManifest> LoadedManifests => Loaded.Select(m => m.Manifest!);

    /// <summary>The loaded module a type belongs to, or null for the platform's own types.</summary>
    public InstalledModule? OwnerOf(Type type) => _byAssembly.GetValueOrDefault(type.Assembly);

    /// <summary>
    /// The concrete classes of the loaded modules that implement <typeparamref name="TContract"/> (a job, a demo,
    /// an indicator …), each with its module's id: what the platform runs per district that enables the module.
    /// </summary>
    public IReadOnlyList<(string ModuleId, Type Type)> ImplementationsOf<TContract>() => Loaded
        .SelectMany(m => m.Assembly!.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(TContract).IsAssignableFrom(t))
            .Select(t => (m.Id, t)))
        .ToList();

    /// <summary>The DbContext types of a loaded module.</summary>
    public static IReadOnlyList<Type> DbContextTypesOf(InstalledModule module) =>
        module.Assembly!.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(ModuleDbContext).IsAssignableFrom(t))
            .ToList();
}
