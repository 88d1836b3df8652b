using System.Reflection;
using System.Text.Json;

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

/// <summary>Where the repository's projects and their build outputs are, for the configuration the tests were built in.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration this test assembly was built in (Release in CI): the modules were built in the same one.</summary>
    public static string Configuration { get; } =
        typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>Module projects outside modules/ whose build outputs the rules check as well.</summary>
    private static readonly string[] FixtureModuleProjects = ["tests/fixtures/notes", "tests/fixtures/echo", "tests/Minzheng.E2E.Tests/VisitsModule"];

    /// <summary>Every module: each built module under modules/*/*, plus the well-behaved fixture modules.</summary>
    public static IReadOnlyList<AssemblyFile> Modules => DiscoverModules();

    /// <summary>The fixture module that breaks the rules on purpose.</summary>
    public static AssemblyFile Rulebreaker => ModuleFromBuildOutput(Path.Combine(Root, "tests", "fixtures", "rulebreaker"));

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

    /// <summary>A module's build output, for this configuration: bin/&lt;configuration&gt;/net10.0 beside its project.</summary>
    public static string OutputFolder(string projectFolder) => Path.Combine(projectFolder, "bin", Configuration, "net10.0");

    private static IReadOnlyList<AssemblyFile> DiscoverModules()
    {
        var modules = Path.Combine(Root, "modules");
        var built = Directory.Exists(modules)
            ? Directory.GetDirectories(modules)
                .SelectMany(Directory.GetDirectories)
                .Where(folder => File.Exists(Path.Combine(OutputFolder(folder), "module.json")))
            : [];
        return built
            .Order(StringComparer.Ordinal)
            .Concat(FixtureModuleProjects.Select(p => Path.Combine(Root, p)))
            .Select(ModuleFromBuildOutput)
            .ToList();
    }

    /// <summary>Reads module.json in the project's build output and finds the assembly it names.</summary>
    private static AssemblyFile ModuleFromBuildOutput(string projectFolder)
    {
        var output = OutputFolder(projectFolder);
        var manifest = Path.Combine(output, "module.json");
        if (!File.Exists(manifest))
        {
            throw new InvalidOperationException($"Module at {projectFolder} is not built: {manifest} is missing (build in {Configuration} first).");
        }
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
