using System.Diagnostics;
using System.Text.Json;

namespace Minzheng.Bench.Infrastructure;

/// <summary>What wrk measured (latencies in milliseconds); <paramref name="Conflicts"/>: 409 answers, where the script counts them.</summary>
public sealed record WrkResult(long Requests, double Seconds, long Non2xx, long SocketErrors, double P50, double P99, double Mean, long Conflicts = 0)
{
    public double RequestsPerSecond => Requests / Seconds;

    public long Errors => Non2xx + SocketErrors;

    /// <summary>Requests answered 2xx per second: a refused request is quick, and is not work done.</summary>
    public double SuccessesPerSecond => (Requests - Errors) / Seconds;
}

/// <summary>
/// Runs the load generator. Its Lua scripts (lua/) add the bearer token and print one machine-readable
/// line at the end ("BENCH {json}"), which is parsed here; wrk's own report is kept for the log.
/// </summary>
public static class Wrk
{
    public static async Task<WrkResult> RunAsync(BenchOptions options, string baseUrl, string script, params string[] scriptArgs)
    {
        var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { $"-t{options.Threads}", $"-c{options.Connections}", $"-d{options.DurationSeconds}s", "--latency", "--timeout", "10s",
                     "-s", Path.Combine(AppContext.BaseDirectory, "lua", script), baseUrl, "--" }.Concat(scriptArgs))
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start wrk");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout;
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("BENCH ", StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"wrk failed ({process.ExitCode}):\n{output}\n{await stderr}");
        var json = JsonDocument.Parse(line["BENCH ".Length..]).RootElement;
        return new WrkResult(
            json.GetProperty("requests").GetInt64(),
            json.GetProperty("durationUs").GetDouble() / 1e6,
            json.GetProperty("non2xx").GetInt64(),
            json.GetProperty("socketErrors").GetInt64(),
            json.GetProperty("p50Us").GetDouble() / 1000,
            json.GetProperty("p99Us").GetDouble() / 1000,
            json.GetProperty("meanUs").GetDouble() / 1000,
            json.TryGetProperty("conflicts", out var conflicts) ? conflicts.GetInt64() : 0);
    }

    /// <summary>Whether wrk is on the PATH (build/bench/run.sh installs it from Debian when it can).</summary>
    public static bool IsAvailable() =>
        Environment.GetEnvironmentVariable("PATH")?.Split(':').Any(dir => File.Exists(Path.Combine(dir, "wrk"))) == true;
}
