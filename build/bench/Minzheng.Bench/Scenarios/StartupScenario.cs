using System.Text;
using Minzheng.Bench.Infrastructure;

namespace Minzheng.Bench.Scenarios;

/// <summary>
/// 4. Start-up: process start to the first successful request (/health answers only once every
/// module is loaded and the data is initialized), and resident memory after a load; beside an
/// empty ASP.NET Core app started the same way (dotnet app.dll --urls …).
/// </summary>
public static class StartupScenario
{
    public static async Task RunAsync(BenchOptions options, Report report)
    {
        Console.WriteLine($"== 4. Start-up ({options.StartRuns} runs each, medians)");
        var emptyDll = Path.Combine(options.EmptyDir, "EmptyApp.dll");
        var first = new List<double>();
        var restart = new List<double>();
        var empty = new List<double>();
        for (var run = 0; run < options.StartRuns; run++)
        {
            // Alternating, so that a noisy moment of the shared machine hits both sides alike.
            var data = HostLayout.NewDataFolder("start");
            try
            {
                first.Add(await TimeStartAsync(() => HostLayout.StartPublishedHost(options.HostDir, data, options.HostSettings)));
                restart.Add(await TimeStartAsync(() => HostLayout.StartPublishedHost(options.HostDir, data, options.HostSettings)));
            }
            finally
            {
                HostLayout.Delete(data);
            }
            empty.Add(await TimeStartAsync(() => ChildProcess.Start(emptyDll, [], options.EmptyDir)));
            Console.WriteLine($"   run {run + 1}: host first start {first[^1]:F0} ms, restart {restart[^1]:F0} ms, empty app {empty[^1]:F0} ms");
        }
        var emptyMs = Median(empty);
        AddTime(report, "4. Start-up, first start (fresh data: migrations, administrator)", Median(first), emptyMs);
        AddTime(report, "4. Start-up, restart (existing data)", Median(restart), emptyMs);

        var idleData = HostLayout.NewDataFolder("idle");
        var hostIdle = await IdleCpuAsync(() => HostLayout.StartPublishedHost(options.HostDir, idleData, options.HostSettings));
        HostLayout.Delete(idleData);
        var emptyIdle = await IdleCpuAsync(() => ChildProcess.Start(emptyDll, [], options.EmptyDir));
        report.Add(new ResultRow("4. Idle CPU (5 s after start, over 5 s, no requests; % of one core)", $"{hostIdle:F0} %", $"{emptyIdle:F0} %", "—",
            "— (none set; idle should be ≈ 0 %)", null));

        var (hostRss, emptyRss) = await MemoryAfterLoadAsync(options, emptyDll);
        var ratio = (double)hostRss / emptyRss;
        report.Add(new ResultRow("4. Resident memory (RSS) after the load", Report.Mb(hostRss), Report.Mb(emptyRss), Report.Times(ratio), "< 3× empty app", ratio < 3));

        report.Section("4. Start-up — where the time goes", await PhasesAsync(options) +
            $"\nFirst start minus restart (medians): {Median(first) - Median(restart):F0} ms — what creating the databases (migrations) and the first "
            + "administrator (password hashing) adds; when negative, the machine's noise was larger than that difference.\n");
    }

    private static void AddTime(Report report, string name, double ms, double emptyMs) =>
        report.Add(new ResultRow(name, Report.Ms(ms), Report.Ms(emptyMs), Report.Times(ms / emptyMs), "< 3× empty app", ms / emptyMs < 3));

    /// <summary>CPU used by a started process over 5 s in which nobody calls it, as % of one core.</summary>
    private static async Task<double> IdleCpuAsync(Func<ChildProcess> start)
    {
        await using var process = start();
        await process.WaitHealthyAsync(TimeSpan.FromMinutes(2));
        // Let the JIT's background recompilation of the start-up code settle first.
        await Task.Delay(5000);
        var before = process.CpuTime();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.Delay(5000);
        return (process.CpuTime() - before).TotalMilliseconds / clock.Elapsed.TotalMilliseconds * 100;
    }

    private static async Task<double> TimeStartAsync(Func<ChildProcess> start)
    {
        await using var process = start();
        return (await process.WaitHealthyAsync(TimeSpan.FromMinutes(2))).TotalMilliseconds;
    }

    /// <summary>The published host after a read load (its own seeded residents), and the empty app after the same load on /health.</summary>
    private static async Task<(long Host, long Empty)> MemoryAfterLoadAsync(BenchOptions options, string emptyDll)
    {
        if (!Wrk.IsAvailable())
        {
            throw new InvalidOperationException("wrk is not installed (apt-get install wrk)");
        }
        var load = options with { DurationSeconds = Math.Min(options.DurationSeconds, 15) };
        long hostRss;
        var data = HostLayout.NewDataFolder("rss");
        try
        {
            await using var host = HostLayout.StartPublishedHost(options.HostDir, data, options.HostSettings);
            await host.WaitHealthyAsync(TimeSpan.FromMinutes(2));
            var api = new ApiDriver(host.BaseUrl);
            await api.SignInAsync();
            var residents = await api.RegisterAsync(ApiDriver.SyntheticRows(HostLayout.FirstDistrict(options.HostDir), 200));
            var result = await Wrk.RunAsync(load, host.BaseUrl, "read.lua", api.WriteReadData(residents), "/api/platform/registry/persons?idNumber=", "ids");
            hostRss = host.Memory().Rss;
            Console.WriteLine($"   host: {result.RequestsPerSecond:F0} req/s for {load.DurationSeconds} s, then RSS {Report.Mb(hostRss)}");
        }
        finally
        {
            HostLayout.Delete(data);
        }

        await using var emptyApp = ChildProcess.Start(emptyDll, [], options.EmptyDir);
        await emptyApp.WaitHealthyAsync(TimeSpan.FromMinutes(1));
        var noToken = ApiDriver.WriteTemp("token = \"none\"\nids = {}\n");
        var emptyLoad = await Wrk.RunAsync(load, emptyApp.BaseUrl, "read.lua", noToken, "/health");
        var emptyRss = emptyApp.Memory().Rss;
        Console.WriteLine($"   empty app: {emptyLoad.RequestsPerSecond:F0} req/s for {load.DurationSeconds} s, then RSS {Report.Mb(emptyRss)}");
        return (hostRss, emptyRss);
    }

    /// <summary>One start of the benchmark's instance of the host (the same composition), with its phase markers.</summary>
    private static async Task<string> PhasesAsync(BenchOptions options)
    {
        var data = HostLayout.NewDataFolder("phases");
        try
        {
            await using var server = HostLayout.StartBenchServer(options.HostDir, data, options.HostSettings);
            var healthy = await server.WaitHealthyAsync(TimeSpan.FromMinutes(2));
            var md = new StringBuilder("Phases of one first start (fresh data) of the benchmark's instance of the host, since the process started "
                                       + "(the runtime's own start-up comes before \"main entered\"); JIT = time spent compiling methods so far:\n\n"
                                       + "| ms | JIT ms | methods compiled | assemblies | phase |\n| --- | --- | --- | --- | --- |\n");
            foreach (var line in server.Output.Where(l => l.StartsWith("BENCH-PHASE ", StringComparison.Ordinal)))
            {
                var parts = line.Split(' ', 6);
                md.AppendLine($"| {parts[1]} | {parts[2]} | {parts[3]} | {parts[4]} | {parts[5]} |");
            }
            md.AppendLine($"| {healthy.TotalMilliseconds:F0} | | | | first /health answered (as seen by the benchmark) |");
            var sql = server.Output.FirstOrDefault(l => l.StartsWith("BENCH-SQL ", StringComparison.Ordinal))?["BENCH-SQL ".Length..] ?? "";
            md.AppendLine().AppendLine("SQL of the district databases while the host was built and initialized (platform.db and identity.db are not hooked): "
                + string.Join("; ", sql.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(e => e.Split('|')).Select(e => $"{e[0]} ×{e[1]} = {e[2]} ms")) + ".");
            return md.ToString();
        }
        finally
        {
            HostLayout.Delete(data);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
