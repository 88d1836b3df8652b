using System.Reflection;

namespace Minzheng.Host.Tests;

/// <summary>Build outputs of the fixture modules (tests/fixtures), built before the tests run.</summary>
internal static class FixtureModules
{
    public static string RepositoryRoot { get; } = FindRoot();

    private static readonly string Configuration =
        typeof(FixtureModules).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string Notes => Output("notes");

    public static string Echo => Output("echo");

    private static string Output(string name)
    {
        var folder = Path.Combine(RepositoryRoot, "tests", "fixtures", name, "bin", Configuration, "net10.0");
        return File.Exists(Path.Combine(folder, "module.json"))
            ? folder
            : throw new InvalidOperationException($"Fixture module '{name}' is not built at {folder}: build the solution first.");
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
