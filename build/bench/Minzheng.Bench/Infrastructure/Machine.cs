using System.Runtime.InteropServices;

namespace Minzheng.Bench.Infrastructure;

/// <summary>What the figures were measured on, read from the run itself.</summary>
public static class Machine
{
    public static string Describe()
    {
        var cpu = ReadFirst("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memKb = ReadFirst("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var memory = long.TryParse(memKb, out var kb) ? $"{kb / 1024.0 / 1024.0:F1} GiB" : "unknown";
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
        return string.Join("\n",
            $"- CPU: {Environment.ProcessorCount} logical cores ({cpu})",
            $"- Memory: {memory}",
            $"- OS: {RuntimeInformation.OSDescription} ({RuntimeInformation.RuntimeIdentifier})",
            $"- .NET: {RuntimeInformation.FrameworkDescription}, server GC {System.Runtime.GCSettings.IsServerGC}",
            $"- Load average at the start (1, 5, 15 min …): {load} — the machine is shared",
            $"- Date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
    }

    /// <summary>The load average now, to set beside the one at the start: the machine is shared.</summary>
    public static string LoadNow(string when) =>
        $"- Load average {when} (1, 5, 15 min …): {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown")}";

    private static string? ReadFirst(string file, string key)
    {
        if (!File.Exists(file))
        {
            return null;
        }
        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':') + 1)..].Trim();
    }
}
