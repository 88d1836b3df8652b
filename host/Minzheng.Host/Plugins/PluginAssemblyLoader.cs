using System.Reflection;
using System.Runtime.Loader;
using Autofac;
using Carter;
using McMaster.NETCore.Plugins;
using Microsoft.EntityFrameworkCore;
using Minzheng.Sdk.Modules;

namespace Minzheng.Host.Plugins;

/// <summary>
/// Loads a module's assembly into its own load context, sharing with the host the types both sides
/// must agree on, and proves afterwards that the sharing held.
/// </summary>
public static class PluginAssemblyLoader
{
    /// <summary>
    /// One type from each assembly the host and modules must share: a module that brought its own copy
    /// of any of these would hand the host types it cannot recognise.
    /// </summary>
    private static readonly Type[] SharedTypes =
    [
        typeof(IMinzhengModule),   // Minzheng.Sdk
        typeof(ContainerBuilder),  // Autofac
        typeof(ICarterModule),     // Carter
        typeof(DbContext),         // EF Core
        typeof(RelationalDatabaseFacadeExtensions), // EF Core relational
    ];

    /// <summary>The loaded module, or why it could not be loaded (one line).</summary>
    public sealed record Outcome(Assembly? Assembly, IMinzhengModule? Entry, string? Error);

    /// <summary>Loads the module in <paramref name="module"/>'s folder and creates its entry type.</summary>
    public static Outcome Load(FoundModule module)
    {
        var manifest = module.Manifest!;
        var path = Path.GetFullPath(Path.Combine(module.Folder, manifest.Assembly));
        PluginLoader loader;
        Assembly assembly;
        try
        {
            loader = PluginLoader.CreateFromAssemblyFile(path, SharedTypes, config => config.PreferSharedTypes = true);
            assembly = loader.LoadDefaultAssembly();
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or InvalidOperationException or IOException)
        {
            return Fail($"{path} could not be loaded ({e.GetType().Name}: {OneLine(e.Message)}); rebuild or reinstall the module.");
        }

        var unshared = UnsharedReferences(loader, assembly);
        if (unshared.Count > 0)
        {
            return Fail($"module '{manifest.Id}' loaded its own copy of {string.Join(", ", unshared)} instead of the host's: remove those files from {module.Folder} (reference them with ExcludeAssets=\"runtime\") or build against the host's versions.");
        }

        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            var first = e.LoaderExceptions.FirstOrDefault(x => x is not null)?.Message ?? e.Message;
            return Fail($"module '{manifest.Id}': types of {path} could not be loaded ({OneLine(first)}); it may need a newer host or SDK.");
        }

        var entries = types.Where(t => t is { IsPublic: true, IsAbstract: false, IsClass: true } && typeof(IMinzhengModule).IsAssignableFrom(t)).ToList();
        if (entries.Count != 1)
        {
            return Fail($"module '{manifest.Id}': {path} must contain exactly one public class implementing IMinzhengModule, found {entries.Count}.");
        }
        if (entries[0].GetConstructor(Type.EmptyTypes) is null)
        {
            return Fail($"module '{manifest.Id}': entry type {entries[0].FullName} needs a public parameterless constructor.");
        }
        try
        {
            return new Outcome(assembly, (IMinzhengModule)Activator.CreateInstance(entries[0])!, null);
        }
        catch (TargetInvocationException e)
        {
            return Fail($"module '{manifest.Id}': entry type {entries[0].FullName} threw while being created: {OneLine(e.InnerException?.Message ?? e.Message)}");
        }

        static Outcome Fail(string error) => new(null, null, error);
    }

    /// <summary>
    /// The assemblies the module references that the host has too, yet were resolved into the
    /// plugin's context: McMaster's loader silently prefers a plugin's copy when it is newer.
    /// </summary>
    private static List<string> UnsharedReferences(PluginLoader loader, Assembly assembly)
    {
        var unshared = new List<string>();
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            Assembly hostCopy;
            try
            {
                hostCopy = AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(reference.Name!));
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                continue; // the host does not have it: the module's own dependency
            }
            try
            {
                var resolved = loader.LoadAssembly(reference);
                if (!ReferenceEquals(resolved, hostCopy))
                {
                    unshared.Add($"{reference.Name} {resolved.GetName().Version}");
                }
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException)
            {
                unshared.Add($"{reference.Name} (unresolvable: {OneLine(e.Message)})");
            }
        }
        return unshared;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
