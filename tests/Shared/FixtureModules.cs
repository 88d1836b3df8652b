using System.Reflection;

namespace Minzheng.Tests.Shared;

/// <summary>
/// Build outputs of the fixture modules (tests/fixtures), built with the solution. One file, linked into
/// every test project that loads them (the repository shares test sources by link, see the module test projects).
/// </summary>
internal static class FixtureModules
{
    private static readonly string Configuration =
        typeof(FixtureModules).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string Notes => Output("notes");

    public static string Echo => Output("echo");

    /// <summary>A stand-in for the marriage module: publishes its events.</summary>
    public static string Wedlock => Output("wedlock");

    /// <summary>A module with a route that declares no access: refused at start-up.</summary>
    public static string Unguarded => Output("unguarded");

    private static string Output(string name)
    {
        var folder = Path.Combine(FindRoot(), "tests", "fixtures", name, "bin", Configuration, "net10.0");
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
