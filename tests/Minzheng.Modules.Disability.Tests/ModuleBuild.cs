using System.Reflection;

namespace Minzheng.Modules.Disability.Tests;

/// <summary>Where the module's sources and build output are (built before the tests run).</summary>
internal static class ModuleBuild
{
    private static readonly string Configuration =
        typeof(ModuleBuild).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string RepositoryRoot { get; } = FindRoot();

    public static string SourceFolder => Path.Combine(RepositoryRoot, "modules", "disability", "Minzheng.Modules.Disability");

    public static string OutputFolder
    {
        get
        {
            var folder = Path.Combine(SourceFolder, "bin", Configuration, "net10.0");
            return File.Exists(Path.Combine(folder, "module.json"))
                ? folder
                : throw new InvalidOperationException($"The disability module is not built at {folder}.");
        }
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
