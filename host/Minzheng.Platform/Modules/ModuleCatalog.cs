using System.Reflection;
using Minzheng.Sdk.Data;
using Minzheng.Sdk.Modules;

namespace Minzheng.Platform.Modules;

/// <summary>Every module found at start-up, in load order (dependencies first), loaded or refused.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<Assembly, InstalledModule> _byAssembly;

    /// <summary>Creates the catalog; <paramref name="modules"/> must be in load order.</summary>
    public ModuleCatalog(IReadOnlyList<InstalledModule> modules)
    {
        All = modules;
        Loaded = modules.Where(m => m.State == ModuleState.Loaded).ToList();
        _byAssembly = Loaded.ToDictionary(m => m.Assembly!);
    }

    /// <summary>All modules found.</summary>
    public IReadOnlyList<InstalledModule> All { get; }

    /// <summary>The loaded modules, dependencies before dependents.</summary>
    public IReadOnlyList<InstalledModule> Loaded { get; }

    /// <summary>The loaded module with this id, or null.</summary>
    public InstalledModule? FindLoaded(string id) => Loaded.FirstOrDefault(m => m.Id == id);

    /// <summary>The manifests of loaded modules.</summary>
    public IEnumerable<ModuleManifest> LoadedManifests => Loaded.Select(m => m.Manifest!);

    /// <summary>The loaded module a type belongs to, or null for the platform's own types.</summary>
    public InstalledModule? OwnerOf(Type type) => _byAssembly.GetValueOrDefault(type.Assembly);

    /// <summary>The DbContext types of a loaded module.</summary>
    public static IReadOnlyList<Type> DbContextTypesOf(InstalledModule module) =>
        module.Assembly!.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(ModuleDbContext).IsAssignableFrom(t))
            .ToList();
}
