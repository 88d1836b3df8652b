using System.Text.Json;
using System.Text.Json.Nodes;

namespace Minzheng.Host.Tests.Plugins;

/// <summary>
/// A temporary plugin folder laid out by hand from the fixture modules' build outputs, with the
/// variants a loader test needs (rewritten manifest, corrupt or missing assembly, broken manifest).
/// Deleted when disposed.
/// </summary>
internal sealed class PluginFolderBuilder : IDisposable
{
    public PluginFolderBuilder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "minzheng-plugins-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The plugin folder (pass it as <c>ModuleTestHostOptions.PluginsFolder</c>).</summary>
    public string Path { get; }

    /// <summary>Copies a module's build output into <c>&lt;plugins&gt;/&lt;name&gt;/</c> (default: the module's id).</summary>
    public ModuleFolder Add(string buildOutput, string? name = null)
    {
        var folder = new ModuleFolder(System.IO.Path.Combine(Path, name ?? ReadId(buildOutput)));
        Copy(buildOutput, folder.Path);
        return folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left to the machine's temp clean-up.
        }
    }

    private static string ReadId(string buildOutput) =>
        JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(buildOutput, "module.json")))!["id"]!.GetValue<string>();

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }
        foreach (var directory in Directory.GetDirectories(source))
        {
            Copy(directory, System.IO.Path.Combine(target, System.IO.Path.GetFileName(directory)));
        }
    }
}

/// <summary>One module's folder inside a <see cref="PluginFolderBuilder"/>; every change returns it, to chain.</summary>
internal sealed class ModuleFolder(string path)
{
    public string Path { get; } = path;

    public string ManifestPath => System.IO.Path.Combine(Path, "module.json");

    /// <summary>The assembly the manifest names.</summary>
    public string AssemblyPath => System.IO.Path.Combine(Path, Manifest()["assembly"]!.GetValue<string>());

    /// <summary>A new id; the declared permissions are renamed with it, as the manifest rules require.</summary>
    public ModuleFolder WithId(string id) => Edit(m =>
    {
        m["id"] = id;
        if (m["permissions"] is JsonArray permissions)
        {
            foreach (var permission in permissions)
            {
                var name = permission!["name"]!.GetValue<string>();
                permission["name"] = id + name[name.IndexOf('.')..];
            }
        }
    });

    /// <summary>Drops a declared permission from the manifest (the module's routes still require it).</summary>
    public ModuleFolder WithoutPermission(string name) => Edit(m =>
    {
        var permissions = m["permissions"]!.AsArray();
        permissions.Remove(permissions.Single(p => p!["name"]!.GetValue<string>() == name));
    });

    public ModuleFolder WithVersion(string version) => Edit(m => m["version"] = version);

    public ModuleFolder WithSdk(string range) => Edit(m => m["sdk"] = range);

    public ModuleFolder WithAssembly(string fileName) => Edit(m => m["assembly"] = fileName);

    /// <summary>Replaces the dependencies, e.g. <c>("notes", "^2.0.0")</c>; none removes them.</summary>
    public ModuleFolder WithDependencies(params (string Id, string Range)[] dependencies) => Edit(m =>
    {
        var node = new JsonObject();
        foreach (var (id, range) in dependencies)
        {
            node[id] = range;
        }
        m["dependencies"] = node;
    });

    public ModuleFolder WithoutField(string field) => Edit(m => m.Remove(field));

    /// <summary>Writes garbage bytes over the assembly.</summary>
    public ModuleFolder CorruptAssembly()
    {
        var garbage = new byte[4096];
        new Random(42).NextBytes(garbage);
        File.WriteAllBytes(AssemblyPath, garbage);
        return this;
    }

    public ModuleFolder DeleteAssembly()
    {
        File.Delete(AssemblyPath);
        return this;
    }

    public ModuleFolder DeleteManifest()
    {
        File.Delete(ManifestPath);
        return this;
    }

    /// <summary>Makes module.json invalid JSON.</summary>
    public ModuleFolder MalformManifest()
    {
        File.WriteAllText(ManifestPath, """{ "id": "broken", "version": """);
        return this;
    }

    /// <summary>Copies a file into the module's folder (e.g. an assembly the host shares).</summary>
    public ModuleFolder WithFile(string file)
    {
        File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)), overwrite: true);
        return this;
    }

    private ModuleFolder Edit(Action<JsonObject> edit)
    {
        var manifest = Manifest();
        edit(manifest);
        File.WriteAllText(ManifestPath, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return this;
    }

    private JsonObject Manifest() => JsonNode.Parse(File.ReadAllText(ManifestPath))!.AsObject();
}
