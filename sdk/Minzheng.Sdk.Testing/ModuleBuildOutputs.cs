using System.Reflection;
using System.Text.Json;
using Minzheng.Sdk.Modules;

namespace Minzheng.Sdk.Testing;

/// <summary>
/// The build output folders (plugin folders: the module's assembly, its own dependencies and
/// <c>module.json</c>) of the modules the test project references. The kit's MSBuild targets
/// (<c>build/Minzheng.Sdk.Testing.targets</c>, imported with the package) record them in the test
/// assembly when it is built; a module is found when the test project has a <c>ProjectReference</c> to it.
/// </summary>
public static class ModuleBuildOutputs
{
    /// <summary>The <see cref="AssemblyMetadataAttribute"/> key under which the targets record each folder.</summary>
    public const string MetadataKey = "Minzheng.Sdk.Testing.ModuleFolder";

    private static readonly Lazy<IReadOnlyList<Recorded>> Modules = new(Read);

    /// <summary>Every referenced module's build output folder, in module id order.</summary>
    public static IReadOnlyList<string> All => Modules.Value.Select(m => m.Folder).ToList();

    /// <summary>The build output folder of the module whose entry type is <typeparamref name="TModule"/>.</summary>
    /// <exception cref="InvalidOperationException">The test project does not reference the module, or it is not built.</exception>
    public static string Of<TModule>() where TModule : IMinzhengModule => Of(typeof(TModule));

    /// <summary>The build output folder of the module whose entry type is <paramref name="entryType"/>.</summary>
    /// <exception cref="InvalidOperationException">The test project does not reference the module, or it is not built.</exception>
    public static string Of(Type entryType)
    {
        ArgumentNullException.ThrowIfNull(entryType);
        if (!typeof(IMinzhengModule).IsAssignableFrom(entryType))
        {
            throw new ArgumentException($"{entryType.FullName} is not a module's entry type (it does not implement {nameof(IMinzhengModule)}).", nameof(entryType));
        }
        var assembly = entryType.Assembly.GetName().Name + ".dll";
        return Modules.Value.FirstOrDefault(m => string.Equals(m.Assembly, assembly, StringComparison.OrdinalIgnoreCase))?.Folder
            ?? throw NotReferenced($"the module of {entryType.FullName} ({assembly})");
    }

    /// <summary>
    /// The build output folder of the module with id <paramref name="moduleId"/> (<c>module.json</c> "id"):
    /// for a module the test project references with <c>ReferenceOutputAssembly="false"</c>, whose types it cannot name.
    /// </summary>
    /// <exception cref="InvalidOperationException">The test project does not reference the module, or it is not built.</exception>
    public static string Of(string moduleId)
    {
        ArgumentException.ThrowIfNullOrEmpty(moduleId);
        return Modules.Value.FirstOrDefault(m => m.Id == moduleId)?.Folder ?? throw NotReferenced($"module '{moduleId}'");
    }

    private static InvalidOperationException NotReferenced(string what)
    {
        var found = Modules.Value.Count == 0 ? "none" : string.Join(", ", Modules.Value.Select(m => $"'{m.Id}' ({m.Folder})"));
        return new InvalidOperationException(
            $"The test project does not reference {what}, or it was not built: add a ProjectReference to the module's project and build the test project. " +
            $"Modules found in its build: {found}. (Outside the Minzheng repository the Minzheng.Sdk.Testing package records them; " +
            "inside it the test project imports sdk/Minzheng.Sdk.Testing/build/Minzheng.Sdk.Testing.targets.)");
    }

    /// <summary>What the test assemblies loaded in this process recorded (one, under a test runner).</summary>
    private static IReadOnlyList<Recorded> Read()
    {
        var folders = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic)
            .SelectMany(a => a.GetCustomAttributes<AssemblyMetadataAttribute>())
            .Where(a => a.Key == MetadataKey && !string.IsNullOrEmpty(a.Value))
            .Select(a => Path.GetFullPath(a.Value!))
            .Distinct(StringComparer.Ordinal);
        var modules = folders.Select(ReadManifest).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var twice = modules.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1);
        return twice is null
            ? modules
            : throw new InvalidOperationException($"Module '{twice.Key}' was recorded from more than one build output: {string.Join(", ", twice.Select(m => m.Folder))}.");
    }

    private static Recorded ReadManifest(string folder)
    {
        var manifest = Path.Combine(folder, "module.json");
        if (!File.Exists(manifest))
        {
            // Recorded when the test project was built, removed since (a clean of the module, another configuration).
            throw new InvalidOperationException($"{folder} held a module when the test project was built but has no module.json now: build the test project again.");
        }
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        var id = json.RootElement.TryGetProperty("id", out var i) ? i.GetString() : null;
        var assembly = json.RootElement.TryGetProperty("assembly", out var a) ? a.GetString() : null;
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(assembly))
        {
            throw new InvalidOperationException($"{manifest} names no id or assembly: fix the module's module.json.");
        }
        return new Recorded(folder, id, assembly);
    }

    private sealed record Recorded(string Folder, string Id, string Assembly);
}
