using System.Net.Http.Json;
using System.Text;
using Minzheng.Bench.Infrastructure;
using Minzheng.Bench.Serve;

namespace Minzheng.Bench.Scenarios;

/// <summary>
/// 2. API under load: wrk against the real host on Kestrel (127.0.0.1), a read (resident by ID
/// number) and two writes (a registry update with the right version; a marriage registration of a
/// new couple each time, when the marriage module is there), each beside the bare ADO.NET endpoint
/// on the same database file in the same process.
/// </summary>
public static class ApiScenario
{
    private const string Read = "/api/platform/registry/persons?idNumber=";
    private const string ReadBaseline = "/bench/baseline/persons?idNumber=";
    private const string Update = "/api/platform/registry/persons/";
    private const string UpdateBaseline = "/bench/baseline/persons/";
    private const string Marry = "/api/marriage/registrations";
    private const string MarryBaseline = "/bench/baseline/marriages";

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        Console.WriteLine($"== 2. API under load ({options.Residents:N0} residents, wrk -t{options.Threads} -c{options.Connections} -d{options.DurationSeconds}s)");
        if (!Wrk.IsAvailable())
        {
            report.Add(new ResultRow("2. API under load", "not run", "—", "—", "—", null, "wrk is not installed (apt-get install wrk)"));
            return;
        }
        await using var session = await BenchSession.StartAsync(options, "api");
        var (server, api) = (session.Server, session.Api);
        var seedClock = System.Diagnostics.Stopwatch.StartNew();
        var residents = await api.RegisterAsync(ApiDriver.SyntheticRows(HostLayout.FirstDistrict(options.HostDir), options.Residents));
        Console.WriteLine($"   seeded {residents.Count:N0} residents through the API in {seedClock.Elapsed.TotalSeconds:F1} s");
        var readData = api.WriteReadData(residents);
        // Each write run changes its own half of the residents, so that both start from version 1.
        var baselineHalf = api.WriteUpdateData(residents.Where((_, i) => i % 2 == 0));
        var realHalf = api.WriteUpdateData(residents.Where((_, i) => i % 2 == 1));
        using var http = api.Client();

        var profiles = new StringBuilder();
        async Task<WrkResult> Load(string label, string script, params string[] args)
        {
            await http.PostAsync("/bench/profile/reset", null);
            var result = await Wrk.RunAsync(options, server.BaseUrl, script, args);
            Console.WriteLine($"   {label}: {result.RequestsPerSecond:F0} req/s, p50 {result.P50:F1} ms, p99 {result.P99:F1} ms, errors {result.Errors}");
            profiles.Append(Breakdown(label, result, await http.GetFromJsonAsync<Dictionary<string, ProfileEntry>>("/bench/profile") ?? []));
            return result;
        }

        // Side by side, baseline first then the real endpoint, so that both see the same machine.
        var readBase = await Load("read baseline (raw ADO.NET)", "read.lua", readData, ReadBaseline, "ids");
        var read = await Load("read (full stack)", "read.lua", readData, Read, "ids");
        var writeBase = await Load("write baseline (raw ADO.NET)", "update.lua", baselineHalf, UpdateBaseline, options.Threads.ToString());
        var write = await Load("write (full stack)", "update.lua", realHalf, Update, options.Threads.ToString());

        AddRows(report, "2. API read: resident by ID number", read, readBase);
        AddRows(report, "2. API write: registry update", write, writeBase);

        var missed = !Met(read, readBase) || !Met(write, writeBase);
        if ((await http.GetAsync(Marry)).IsSuccessStatusCode)
        {
            // Offsets two million couples apart: the baseline's people are never the module's.
            var token = api.WriteTokenData();
            var marryBase = await Load("marriage registration baseline (raw ADO.NET)", "marry.lua", token, MarryBaseline, "0");
            var marry = await Load("marriage registration (full stack)", "marry.lua", token, Marry, "2000000");
            AddRows(report, "2. API write: marriage registration", marry, marryBase);
            missed |= !Met(marry, marryBase);
        }
        else
        {
            report.Add(new ResultRow("2. API write: marriage registration", "not run", "—", "—", "—", null,
                "the marriage module is not installed or not enabled in the first district of the published host"));
        }
        if (missed)
        {
            // Split the pipeline from the work: the cheapest public request, then an authenticated no-op.
            var health = await Load("pipeline only (GET /health, public)", "read.lua", readData, "/health");
            var auth = await Load("pipeline + bearer authentication + permission (GET /bench/auth-only)", "read.lua", readData, "/bench/auth-only");
            profiles.Insert(0, $"Throughput of the layers alone: /health {health.RequestsPerSecond:F0} req/s; authenticated no-op {auth.RequestsPerSecond:F0} req/s "
                               + $"(p99 {auth.P99:F1} ms); full read {read.RequestsPerSecond:F0} req/s; raw read {readBase.RequestsPerSecond:F0} req/s.\n\n");
        }
        var (rss, peak) = server.Memory();
        profiles.Append($"\nBench server process after the load: RSS {Report.Mb(rss)}, peak RSS {Report.Mb(peak)}.\n");
        report.Section("2. API under load — where the time goes (server-side timing per request, mean)", profiles.ToString());
    }

    private static bool Met(WrkResult measured, WrkResult baseline) =>
        measured.SuccessesPerSecond >= 0.5 * baseline.SuccessesPerSecond && measured.P99 < 50 && measured.Errors == 0;

    private static void AddRows(Report report, string name, WrkResult measured, WrkResult baseline)
    {
        report.Add(new ResultRow($"{name} — throughput", Throughput(measured), Throughput(baseline),
            Report.Times(measured.SuccessesPerSecond / baseline.SuccessesPerSecond), "≥ 0.50× baseline (2xx)", measured.SuccessesPerSecond >= 0.5 * baseline.SuccessesPerSecond));
        report.Add(new ResultRow($"{name} — p50 latency", Report.Ms(measured.P50), Report.Ms(baseline.P50), Report.Times(measured.P50 / baseline.P50), "—", null));
        report.Add(new ResultRow($"{name} — p99 latency", Report.Ms(measured.P99), Report.Ms(baseline.P99), Report.Times(measured.P99 / baseline.P99), "< 50 ms", measured.P99 < 50));
        report.Add(new ResultRow($"{name} — errors (non-2xx + socket)", Errors(measured), Errors(baseline), "—", "none", measured.Errors == 0));
    }

    private static string Throughput(WrkResult r) =>
        Report.Rate(r.RequestsPerSecond, "req/s") + (r.Errors > 0 ? $" ({Report.Rate(r.SuccessesPerSecond, "2xx/s")})" : "");

    private static string Errors(WrkResult r) =>
        $"{r.Errors:N0} of {r.Requests:N0}" + (r.Conflicts > 0 ? $" ({r.Conflicts:N0} of them 409)" : "");

    /// <summary>Per request: the time inside the server, and the SQL and transactions it ran, by database.</summary>
    private static string Breakdown(string label, WrkResult result, Dictionary<string, ProfileEntry> profile)
    {
        var requests = profile.Where(kv => kv.Key.StartsWith("request ", StringComparison.Ordinal)).Sum(kv => kv.Value.Count);
        if (requests == 0)
        {
            return "";
        }
        var md = new StringBuilder($"**{label}** — {requests:N0} requests timed in the server, wrk mean latency {result.Mean:F1} ms\n\n| where | count per request | ms per request |\n| --- | --- | --- |\n");
        foreach (var (key, entry) in profile.OrderByDescending(kv => kv.Value.TotalMs))
        {
            md.AppendLine($"| {key} | {(double)entry.Count / requests:F2} | {entry.TotalMs / requests:F2} |");
        }
        return md.AppendLine().ToString();
    }
}
