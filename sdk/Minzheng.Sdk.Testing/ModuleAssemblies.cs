using System.Runtime.Loader;

namespace Minzheng.Sdk.Testing;

/// <summary>
/// A module's assembly loaded from its build output in a context of its own, as the host loads a plugin, with the
/// shared assemblies (SDK, EF Core) taken from the test's: what the kit inspects without starting a host.
/// </summary>
internal static class ModuleAssemblies
{
    public static System.Reflection.Assembly Load(string moduleFolder, string purpose)
    {
        var manifest = Directory.GetFiles(moduleFolder, "module.json").SingleOrDefault()
            ?? throw new ArgumentException($"{moduleFolder} has no module.json: pass the module's build output folder.");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
        var assemblyName = json.RootElement.GetProperty("assembly").GetString()!;
        var context = new AssemblyLoadContext($"{purpose}-{Guid.NewGuid():N}");
        context.Resolving += (c, name) =>
        {
            var local = Path.Combine(moduleFolder, name.Name + ".dll");
            return File.Exists(local) ? c.LoadFromAssemblyPath(local) : AssemblyLoadContext.Default.LoadFromAssemblyName(name);
        };
        return context.LoadFromAssemblyPath(Path.Combine(moduleFolder, assemblyName.EndsWith(".dll", StringComparison.Ordinal) ? assemblyName : assemblyName + ".dll"));
    }
}
