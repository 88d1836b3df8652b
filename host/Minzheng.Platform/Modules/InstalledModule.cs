using System.Reflection;
using Minzheng.Sdk.Modules;

namespace Minzheng.Platform.Modules;

/// <summary>Whether a module found in the plugin folder is in use.</summary>
public enum ModuleState
{
    /// <summary>Loaded and serving (for the districts that enable it).</summary>
    Loaded,
    /// <summary>Refused at start-up; <see cref="InstalledModule.Reason"/> says why.</summary>
    Refused,
}

/// <summary>A module found in the plugin folder, loaded or refused.</summary>
public sealed class InstalledModule
{
    /// <summary>Creates a loaded module.</summary>
    public static InstalledModule Loaded(string folder, ModuleManifest manifest, Assembly assembly, IMinzhengModule entry) =>
        new(folder, manifest.Id, manifest, ModuleState.Loaded, null) { Assembly = assembly, Entry = entry };

    /// <summary>Creates a refused module.</summary>
    public static InstalledModule Refused(string folder, string id, ModuleManifest? manifest, string reason) =>
        new(folder, id, manifest, ModuleState.Refused, reason);

    /// <summary>Why a module is refused when a module it depends on was refused.</summary>
    public static string DependencyRefusedReason(string id, string dependency) =>
        $"module '{id}' depends on '{dependency}', which was refused.";

    private InstalledModule(string folder, string id, ModuleManifest? manifest, ModuleState state, string? reason)
    {
        Folder = folder;
        Id = id;
        Manifest = manifest;
        State = state;
        Reason = reason;
    }

    /// <summary>The plugin folder it was found in.</summary>
    public string Folder { get; }

    /// <summary>Its id (from the manifest, or the folder name when the manifest could not be read).</summary>
    public string Id { get; }

    /// <summary>The manifest, when it could be read.</summary>
    public ModuleManifest? Manifest { get; }

    /// <summary>Loaded or refused.</summary>
    public ModuleState State { get; }

    /// <summary>Why it was refused; null when loaded.</summary>
    public string? Reason { get; }

    /// <summary>The module's assembly, when loaded.</summary>
    public Assembly? Assembly { get; private init; }

    /// <summary>The module's entry object, when loaded.</summary>
    public IMinzhengModule? Entry { get; private init; }
}
