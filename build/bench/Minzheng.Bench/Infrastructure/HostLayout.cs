using Microsoft.Extensions.Configuration;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Districts;

namespace Minzheng.Bench.Infrastructure;

/// <summary>The published host folder: its first (demo) district, and how to start it.</summary>
public static class HostLayout
{
    public static District FirstDistrict(string hostDir)
    {
        var options = new ConfigurationBuilder().AddJsonFile(Path.Combine(hostDir, "appsettings.json")).Build()
            .GetSection(MinzhengOptions.Section).Get<MinzhengOptions>() ?? new MinzhengOptions();
        var modules = options.Districts.SelectMany(d => d.Modules).ToHashSet();
        return DistrictDirectory.FromOptions(options.Districts, hostDir, modules).All[0];
    }

    /// <summary>A fresh, empty data folder under the temp folder.</summary>
    public static string NewDataFolder(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), $"minzheng-bench-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Still held by a process being torn down: the temp folder is cleaned by the machine anyway.
        }
    }

    public static Dictionary<string, string> Environment() => new() { ["MINZHENG_ADMIN_PASSWORD"] = ApiDriver.AdminPassword };

    /// <summary>Starts the benchmark's own instance of the host (serve mode) on a fresh data folder.</summary>
    public static ChildProcess StartBenchServer(string hostDir, string dataFolder, IEnumerable<string> settings) =>
        ChildProcess.Start(Path.Combine(AppContext.BaseDirectory, "Minzheng.Bench.dll"),
            ["serve", $"--contentRoot={hostDir}", $"--Minzheng:DataFolder={dataFolder}", .. settings], hostDir, Environment());

    /// <summary>Starts the published host itself, as build/run.sh does.</summary>
    public static ChildProcess StartPublishedHost(string hostDir, string dataFolder, IEnumerable<string> settings) =>
        ChildProcess.Start(Path.Combine(hostDir, "Minzheng.Host.dll"), [$"--Minzheng:DataFolder={dataFolder}", .. settings], hostDir, Environment());
}
