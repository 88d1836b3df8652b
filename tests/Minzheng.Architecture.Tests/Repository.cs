using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Architecture.Tests;

/// <summary>A built assembly the rules read (never loaded into the test process: Mono.Cecil reads the file).</summary>
/// <param name="Label">What it is: a module id, or the project name.</param>
/// <param name="Path">The assembly file.</param>
public sealed record AssemblyFile(string Label, string Path)
{
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public string Folder => System.IO.Path.GetDirectoryName(Path)!;

    public override string ToString() => Label;
}

/// <summary>Where the repository's projects and their build outputs are (the modules' outputs as the test kit recorded them at build time).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private const string RulebreakerId = "rulebreaker";

    /// <summary>Every module: each module the test project references (modules/*/* and the well-behaved fixture modules).</summary>
    public static IReadOnlyList<AssemblyFile> Modules =>
        ModuleBuildOutputs.All.Select(ModuleFromBuildOutput).Where(m => m.Label != RulebreakerId).ToList();

    /// <summary>The fixture module that breaks the rules on purpose.</summary>
    public static AssemblyFile Rulebreaker => ModuleFromBuildOutput(ModuleBuildOutputs.Of(RulebreakerId));

    /// <summary>The assemblies of everything in host/ (one per project), as built into this test's output.</summary>
    public static IReadOnlyList<AssemblyFile> HostAssemblies =>
        Directory.GetDirectories(Path.Combine(Root, "host"))
            .SelectMany(folder => Directory.GetFiles(folder, "*.csproj"))
            .Select(project => Path.GetFileNameWithoutExtension(project))
            .Order(StringComparer.Ordinal)
            .Select(ProjectAssembly)
            .ToList();

    public static AssemblyFile Sdk => ProjectAssembly("Minzheng.Sdk");

    public static AssemblyFile SdkTesting => ProjectAssembly("Minzheng.Sdk.Testing");

    public static AssemblyFile Platform => ProjectAssembly("Minzheng.Platform");

    /// <summary>The module folders under modules/ (modules/&lt;id&gt;/&lt;project&gt;, with module.json beside the project).</summary>
    public static IReadOnlyList<string> ModuleSourceFolders()
    {
        var modules = Path.Combine(Root, "modules");
        return Directory.Exists(modules)
            ? Directory.GetDirectories(modules)
                .SelectMany(Directory.GetDirectories)
                .Where(folder => File.Exists(Path.Combine(folder, "module.json")))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
    }

    /// <summary>The id in the module.json beside a module's project.</summary>
    public static string ModuleId(string projectFolder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(projectFolder, "module.json")));
        return json.RootElement.GetProperty("id").GetString() ?? throw new InvalidOperationException($"{projectFolder}/module.json: no id");
    }

    /// <summary>Reads module.json in a module's build output and finds the assembly it names.</summary>
    private static AssemblyFile ModuleFromBuildOutput(string output)
    {
        var manifest = Path.Combine(output, "module.json");
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        var id = json.RootElement.GetProperty("id").GetString() ?? throw new InvalidOperationException($"{manifest}: no id");
        var assembly = json.RootElement.GetProperty("assembly").GetString() ?? throw new InvalidOperationException($"{manifest}: no assembly");
        var path = Path.Combine(output, assembly);
        return File.Exists(path)
            ? new AssemblyFile(id, path)
            : throw new InvalidOperationException($"Module '{id}': {manifest} names {assembly}, which is not in {output}.");
    }

    private static AssemblyFile ProjectAssembly(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name + ".dll");
        return File.Exists(path)
            ? new AssemblyFile(name, path)
            : throw new InvalidOperationException($"{name}.dll is not in {AppContext.BaseDirectory}: the architecture tests must reference it (through Minzheng.Sdk.Testing).");
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Minzheng.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Minzheng.sln not found above " + AppContext.BaseDirectory);
    }
}
