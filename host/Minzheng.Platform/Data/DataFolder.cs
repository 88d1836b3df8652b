using Minzheng.Platform.Configuration;

namespace Minzheng.Platform.Data;

/// <summary>
/// The one folder the system writes to: uploaded files and, on SQLite, the databases (deployment-wide
/// ones at the top, per district one per module: <c>&lt;folder&gt;/&lt;district&gt;/&lt;module&gt;.db</c>).
/// </summary>
public sealed class DataFolder
{
    /// <summary>The environment variable that overrides <c>Minzheng:DataFolder</c>.</summary>
    public const string EnvironmentVariable = "MINZHENG_DATA";

    private DataFolder(string path) => Path = path;

    /// <summary>Absolute path of the folder.</summary>
    public string Path { get; }

    /// <summary>On SQLite, the file of a district's database: a module's (named by its id) or the platform's (<c>platform-…</c>).</summary>
    public string DistrictDatabase(string districtId, string name) =>
        System.IO.Path.Combine(Path, districtId, name + ".db");

    /// <summary>
    /// Resolves the folder (the environment variable wins over configuration), creates it and proves
    /// that it is writable, so that a wrong setting fails at start-up with its name rather than at the
    /// first save.
    /// </summary>
    /// <exception cref="ConfigurationProblem">The folder cannot be created or written.</exception>
    public static DataFolder Prepare(string? configured, string contentRoot)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var (value, source) = string.IsNullOrWhiteSpace(fromEnvironment)
            ? (string.IsNullOrWhiteSpace(configured) ? "data" : configured, "Minzheng:DataFolder")
            : (fromEnvironment, EnvironmentVariable);
        var path = System.IO.Path.GetFullPath(value, contentRoot);
        try
        {
            Directory.CreateDirectory(path);
            var probe = System.IO.Path.Combine(path, $".write-test-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationProblem($"Data folder '{path}' (from {source}) is not writable: {e.Message} Point {source} to a folder this process may write.");
        }
        return new DataFolder(path);
    }
}
