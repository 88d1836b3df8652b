using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Bench.Infrastructure;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Synthetic;
using Minzheng.Sdk.Registry;

namespace Minzheng.Bench.Scenarios;

/// <summary>
/// 1. Registry import of N synthetic residents from CSV (the registry's exchange format), rows per
/// second and peak memory. Baseline: the same file read and inserted with raw Microsoft.Data.Sqlite
/// into the registry's real schema (persons, households, members, disability certificates, welfare
/// statuses), one transaction, prepared statements. Measured: the platform's import as staff run it —
/// the file uploaded to <c>POST /api/platform/registry/imports</c> of the benchmark's own instance of the
/// host, the background worker importing it, followed until it reports completion.
/// </summary>
public static class ImportScenario
{
    public static async Task RunAsync(BenchOptions options, Report report)
    {
        Console.WriteLine($"== 1. Registry import of {options.ImportRows:N0} residents from CSV");
        var csv = Path.Combine(Path.GetTempPath(), $"minzheng-bench-residents-{Guid.NewGuid():N}.csv");
        try
        {
            BaselineResult baseline;
            await using (var host = await InProcessHost.BuildAsync(options.HostDir, "import-baseline"))
            {
                var district = host.Services.GetRequiredService<DistrictDirectory>().All[0];
                var generate = Stopwatch.StartNew();
                await ResidentCsv.WriteFileAsync(csv, new SyntheticResidents(district, DateOnly.FromDateTime(DateTime.UtcNow)).Generate(options.ImportRows));
                Console.WriteLine($"   generated {options.ImportRows:N0} rows into {new FileInfo(csv).Length / 1024 / 1024} MB of CSV in {generate.Elapsed.TotalSeconds:F1} s");
                baseline = await RawImportAsync(csv, host.ConnectionStringOf(host.PlatformContext("registry")));
                Console.WriteLine($"   raw baseline: {baseline.Rows:N0} rows in {baseline.Total.TotalSeconds:F1} s");
            }

            var run = await RunPlatformImportAsync(options, csv);

            var baselineRate = baseline.Rows / baseline.Total.TotalSeconds;
            var baselineText = $"{Report.Rate(baselineRate, "rows/s")}, peak RSS {Report.Mb(baseline.PeakWorkingSet)} (GC heap {Report.Mb(baseline.PeakHeap)})";
            var rate = run.RowsRead / run.Total.TotalSeconds;
            report.Add(new ResultRow($"1. Registry import ({run.RowsRead:N0} rows)",
                $"{Report.Rate(rate, "rows/s")}, peak RSS {Report.Mb(run.PeakWorkingSet)} (GC heap {Report.Mb(run.PeakHeap)})",
                baselineText, Report.Times(rate / baselineRate), "≥ 0.50× baseline rate", rate >= 0.5 * baselineRate,
                run.Failed == 0 && run.Imported == run.RowsRead ? null : $"imported {run.Imported:N0}, refused {run.Failed:N0}: {run.Refused}"));
            report.Section("1. Registry import — where the platform's time goes", run.Breakdown);
            report.Section("1. Registry import — where the baseline's time goes",
                "| phase | time |\n| --- | --- |\n" +
                $"| read and split CSV lines | {baseline.Parse.TotalSeconds:F2} s |\n" +
                $"| check ID numbers, map the Chinese values | {baseline.Validate.TotalSeconds:F2} s |\n" +
                $"| bind and execute the prepared INSERTs | {baseline.Insert.TotalSeconds:F2} s |\n" +
                $"| commit | {baseline.Commit.TotalSeconds:F2} s |\n" +
                $"| total ({baseline.Rows:N0} persons, {baseline.Households:N0} households, {baseline.Certificates:N0} certificates, {baseline.Welfare:N0} welfare statuses) | {baseline.Total.TotalSeconds:F2} s |\n");
        }
        finally
        {
            File.Delete(csv);
        }
    }

    private sealed record PlatformRun(long RowsRead, long Imported, long Failed, string Refused, TimeSpan Total, long PeakWorkingSet, long PeakHeap, string Breakdown);

    /// <summary>
    /// The platform's import of <paramref name="csvPath"/> through its HTTP endpoint, on a fresh instance of the host
    /// (serve mode, its own process and data folder, the upload limit raised to the file): timed from the start of the
    /// upload to the import's completion as <c>GET /imports/{id}</c> reports it; peak memory of the server process
    /// over the same span, sampled inside it.
    /// </summary>
    private static async Task<PlatformRun> RunPlatformImportAsync(BenchOptions options, string csvPath)
    {
        var limit = new FileInfo(csvPath).Length + 1024 * 1024;
        await using var session = await BenchSession.StartAsync(options, "import", $"--Minzheng:ImportMaxFileBytes={limit}");
        var server = session.Server;
        using var http = session.Api.Client();
        http.Timeout = TimeSpan.FromMinutes(30);
        var (rssBefore, _) = server.Memory();
        var cpuBefore = server.CpuTime();
        await http.PostAsync("/bench/profile/reset", null);
        (await http.PostAsync("/bench/memory/start", null)).EnsureSuccessStatusCode();

        var clock = Stopwatch.StartNew();
        JsonElement import;
        await using (var file = File.OpenRead(csvPath))
        {
            using var form = new MultipartFormDataContent();
            var content = new StreamContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(content, "file", "bench-residents.csv");
            using var upload = await http.PostAsync("/api/platform/registry/imports", form);
            if (upload.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"upload: {(int)upload.StatusCode} {await upload.Content.ReadAsStringAsync()}");
            }
            import = await upload.Content.ReadFromJsonAsync<JsonElement>();
        }
        var uploaded = clock.Elapsed;
        var id = import.GetProperty("id").GetString();
        Console.WriteLine($"   uploaded {new FileInfo(csvPath).Length / 1024 / 1024} MB in {uploaded.TotalSeconds:F1} s; following import {id}");
        var lastReport = TimeSpan.Zero;
        while (import.GetProperty("status").GetString() is "Queued" or "Running")
        {
            await Task.Delay(500);
            import = await http.GetFromJsonAsync<JsonElement>($"/api/platform/registry/imports/{id}");
            if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(30))
            {
                lastReport = clock.Elapsed;
                Console.WriteLine($"   {clock.Elapsed.TotalSeconds:F0} s: {import.GetProperty("rowsRead").GetInt32():N0} rows read");
            }
        }
        var total = clock.Elapsed;
        var cpu = server.CpuTime() - cpuBefore;
        var memory = await (await http.PostAsync("/bench/memory/stop", null)).Content.ReadFromJsonAsync<Serve.BaselineEndpoints.MemoryPeak>()
                     ?? throw new InvalidOperationException("no memory sample");
        var profile = await http.GetFromJsonAsync<Dictionary<string, Serve.ProfileEntry>>("/bench/profile") ?? [];
        var (rssAfter, _) = server.Memory();

        long Count(string property) => import.GetProperty(property).GetInt32();
        var rowsRead = Count("rowsRead");
        Console.WriteLine($"   platform import: {rowsRead:N0} rows in {total.TotalSeconds:F1} s ({import.GetProperty("status").GetString()}, "
                          + $"imported {Count("imported"):N0}, failed {Count("failed"):N0})");
        var md = new StringBuilder();
        md.AppendLine($"Upload (until the 202) {uploaded.TotalSeconds:F1} s; the import until completed {(total - uploaded).TotalSeconds:F1} s; "
                      + $"server CPU {cpu.TotalSeconds:F1} s of {total.TotalSeconds:F1} s wall; RSS {Report.Mb(rssBefore)} before, {Report.Mb(rssAfter)} after, "
                      + $"peak {Report.Mb(memory.PeakWorkingSet)} (GC heap peak {Report.Mb(memory.PeakHeap)}).")
            .AppendLine()
            .AppendLine("SQL and transactions of the district databases during the import (EF Core, all contexts; the outbox dispatcher's work for the "
                        + "events the rows publish included), per row imported:")
            .AppendLine()
            .AppendLine("| where | count | per row | total | ms per row |")
            .AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var (key, entry) in profile.Where(kv => !kv.Key.StartsWith("request ", StringComparison.Ordinal)).OrderByDescending(kv => kv.Value.TotalMs).Take(12))
        {
            md.AppendLine($"| {key} | {entry.Count:N0} | {(double)entry.Count / Math.Max(1, rowsRead):F2} | {entry.TotalMs / 1000:F1} s | {entry.TotalMs / Math.Max(1, rowsRead):F2} |");
        }
        var refused = "";
        if (Count("failed") > 0)
        {
            // Why rows of a file the generator made valid were refused: the import's own error report.
            var report = await http.GetStringAsync($"/api/platform/registry/imports/{id}/errors.csv");
            var reasons = report.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Split)
                .GroupBy(cells => $"{cells[1]}: {cells[2]}").OrderByDescending(g => g.Count()).Take(3)
                .Select(g => $"{g.Count():N0} × {g.Key} (e.g. row {g.First()[0]})").ToList();
            refused = string.Join("; ", reasons);
            md.AppendLine().AppendLine($"Refused rows, most frequent reasons: {refused}.");
        }
        return new PlatformRun(rowsRead, Count("imported"), Count("failed"), refused, total, memory.PeakWorkingSet, memory.PeakHeap, md.ToString());
    }

    private sealed record BaselineResult(long Rows, long Households, long Certificates, long Welfare, TimeSpan Total,
        TimeSpan Parse, TimeSpan Validate, TimeSpan Insert, TimeSpan Commit, long PeakWorkingSet, long PeakHeap);

    /// <summary>The raw baseline: read the file, derive what the registry stores, insert it in one transaction.</summary>
    private static async Task<BaselineResult> RawImportAsync(string csvPath, string connectionString)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var registeredAt = DateTimeOffset.UtcNow.UtcTicks; // as the SDK stores a point in time on SQLite
        long parse = 0, validate = 0, insert = 0, rows = 0, certificates = 0, welfare = 0;
        var households = new Dictionary<string, string>();
        var total = Stopwatch.StartNew();
        TimeSpan commit;
        var memory = PeakMemory.Start();
        await using (memory)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            var person = Prepare(connection, transaction, "persons",
                "Id", "IdNumber", "Name", "Sex", "BirthDate", "Ethnicity", "Phone", "HukouType", "DivisionCode", "Address", "Status", "StatusDate", "RegisteredAt", "Version");
            var household = Prepare(connection, transaction, "households", "Id", "DivisionCode", "CreatedAt");
            var member = Prepare(connection, transaction, "household_members", "HouseholdId", "PersonId", "Relation");
            var certificate = Prepare(connection, transaction, "disability_certificates",
                "Id", "PersonId", "Number", "Category", "Grade", "IssuedOn", "ValidUntil", "RevokedOn", "RevocationReason", "Version");
            var status = Prepare(connection, transaction, "welfare_statuses", "Id", "PersonId", "Kind", "StartsOn", "EndsOn");

            using var reader = new StreamReader(csvPath);
            await reader.ReadLineAsync(); // the header
            while (true)
            {
                var t0 = Stopwatch.GetTimestamp();
                var line = await reader.ReadLineAsync();
                if (line is null)
                {
                    break;
                }
                var c = Split(line);
                var t1 = Stopwatch.GetTimestamp();
                if (!IdNumber.TryParse(c[0], today, out var id, out var error))
                {
                    throw new InvalidDataException($"row {rows + 2}: {error}");
                }
                var hukou = c[4] == "农村" ? "Rural" : c[4] == "城镇" ? "Urban" : throw new InvalidDataException($"row {rows + 2}: 户口类型 {c[4]}");
                var relation = Relations.TryGetValue(c[8], out var r) ? r : "Other";
                var t2 = Stopwatch.GetTimestamp();

                var personId = Guid.NewGuid().ToString().ToUpperInvariant();
                Run(person, personId, id.Value, c[1], id.Sex.ToString(), Date(id.BirthDate), c[2], Null(c[3]), hukou, c[5], Null(c[6]),
                    "Alive", null, registeredAt, 1);
                if (c[7].Length > 0)
                {
                    if (!households.TryGetValue(c[7], out var householdId))
                    {
                        householdId = Guid.NewGuid().ToString().ToUpperInvariant();
                        households[c[7]] = householdId;
                        Run(household, householdId, c[5], registeredAt);
                    }
                    Run(member, householdId, personId, relation);
                }
                if (c[9].Length > 0)
                {
                    Run(certificate, Guid.NewGuid().ToString().ToUpperInvariant(), personId, c[9], Categories[c[10]], int.Parse(c[11], CultureInfo.InvariantCulture),
                        c[12], c[13], null, null, 1);
                    certificates++;
                }
                if (c[14].Length > 0)
                {
                    Run(status, Guid.NewGuid().ToString().ToUpperInvariant(), personId, WelfareKinds[c[14]], c[15], null);
                    welfare++;
                }
                rows++;
                parse += t1 - t0;
                validate += t2 - t1;
                insert += Stopwatch.GetTimestamp() - t2;
            }
            var t3 = Stopwatch.GetTimestamp();
            await transaction.CommitAsync();
            commit = Stopwatch.GetElapsedTime(t3);
        }
        return new BaselineResult(rows, households.Count, certificates, welfare, total.Elapsed,
            Ticks(parse), Ticks(validate), Ticks(insert), commit, memory.PeakWorkingSet, memory.PeakHeap);
    }

    private static readonly Dictionary<string, string> Relations = new() { ["户主"] = "Head", ["配偶"] = "Spouse", ["子女"] = "Child", ["父母"] = "Parent", ["其他"] = "Other" };
    private static readonly Dictionary<string, string> Categories = new()
    {
        ["视力"] = "Visual", ["听力"] = "Hearing", ["言语"] = "Speech", ["肢体"] = "Physical", ["智力"] = "Intellectual", ["精神"] = "Mental", ["多重"] = "Multiple",
    };
    private static readonly Dictionary<string, string> WelfareKinds = new()
    {
        ["低保"] = "MinimumLivingAllowance", ["特困"] = "DestitutePersonSupport", ["低保边缘"] = "NearMinimumLivingAllowance",
    };

    private static TimeSpan Ticks(long timestampTicks) => TimeSpan.FromSeconds((double)timestampTicks / Stopwatch.Frequency);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Null(string cell) => cell.Length == 0 ? null : cell;

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
        foreach (var column in columns)
        {
            command.Parameters.Add(new SqliteParameter("$" + column, null));
        }
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        command.ExecuteNonQuery();
    }

    /// <summary>One CSV line into cells (quoted cells may hold commas and doubled quotes).</summary>
    private static string[] Split(string line)
    {
        if (!line.Contains('"'))
        {
            return line.Split(',');
        }
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') { quoted = false; }
                else { cell.Append(ch); }
            }
            else if (ch == '"') { quoted = true; }
            else if (ch == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else { cell.Append(ch); }
        }
        cells.Add(cell.ToString());
        return cells.ToArray();
    }
}
