using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Minzheng.Bench.Infrastructure;
using Minzheng.Platform.Registry.Synthetic;

namespace Minzheng.Bench.Scenarios;

/// <summary>
/// 3. Monthly payment roster (发放名册) of the disability module for N beneficiaries (100,000 in full): the
/// module's own generation (<c>POST /api/disability/rosters</c> on the benchmark's own instance of the host,
/// token, district, permission, EF Core and all), three times — the first month (arrears included), the same
/// month again (a draft is computed and written again) and, once that month is approved, the next one (which
/// must read every month already paid). Baseline: the equivalent single INSERT … SELECT on the same database
/// file, which produces the same lines (the counts are checked). Target: under 5 s.
/// </summary>
public static class RosterScenario
{
    // The module's default monthly amounts (SubsidyPolicy.DefaultRates, from 2026-01-01): the bench host
    // configures none, and the baseline must pay what the module pays.
    private const string Living = "100.0";
    private const string CareGrade1 = "110.0";
    private const string CareGrade2 = "100.0";

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var n = options.Beneficiaries;
        Console.WriteLine($"== 3. Monthly roster for {n:N0} beneficiaries");
        var name = $"3. Monthly roster, {n:N0} beneficiaries";
        await using var session = await BenchSession.StartAsync(options, "roster");
        var server = session.Server;
        using var http = session.Api.Client();
        http.Timeout = TimeSpan.FromMinutes(10);

        var district = HostLayout.FirstDistrict(options.HostDir);
        var file = Path.Combine(session.DataFolder, district.Id, "disability.db");
        if (!File.Exists(file) || (await http.GetAsync("/api/disability/rosters")).StatusCode == HttpStatusCode.NotFound)
        {
            report.Add(new ResultRow(name, "not available", "—", "—", "< 5 s", null,
                $"the disability module is not installed or not enabled in district {district.Id} of the published host"));
            return;
        }
        var connectionString = $"Data Source={file};Pooling=False";

        // Months as the module counts them (China time): the first roster is last month's, with the month
        // before as arrears for most; the next one is this month's (a roster for a month to come is refused).
        var thisMonth = Month(DateTime.UtcNow.AddHours(8));
        var firstMonth = Previous(thisMonth);
        var seedClock = Stopwatch.StartNew();
        await SeedAsync(connectionString, district, n, paidFrom: Previous(firstMonth), stopFrom: thisMonth);
        Console.WriteLine($"   seeded {n:N0} beneficiaries into the module's database in {seedClock.Elapsed.TotalSeconds:F1} s");

        var runs = new List<Run>();
        var baseFirst = await BaselineAsync(connectionString, firstMonth);
        var first = await GenerateAsync(http, server, firstMonth, "first month, arrears included");
        var again = await GenerateAsync(http, server, firstMonth, "same month again (draft computed and written again)");
        await ApproveAsync(connectionString, firstMonth);
        var baseNext = await BaselineAsync(connectionString, thisMonth);
        var next = await GenerateAsync(http, server, thisMonth, "next month, after the first was approved");
        runs.AddRange([first, again, next]);

        Add(report, $"{name} — first month ({Ym(firstMonth)}: {first.Lines:N0} lines, arrears included)", first, baseFirst);
        Add(report, $"{name} — same month again (draft regenerated)", again, baseFirst);
        Add(report, $"{name} — next month ({Ym(thisMonth)}: {next.Lines:N0} lines, {first.Lines:N0} paid months checked)", next, baseNext);

        var md = new StringBuilder();
        md.AppendLine("The module's own account of each run (its log line), and the server process's CPU time during the request:")
            .AppendLine()
            .AppendLine("| run | wall (client) | server CPU | entitlements read | months paid read | lines computed | roster saved, old draft lines deleted | lines written | commit | total in the module |")
            .AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var r in runs)
        {
            var p = r.Phases;
            md.AppendLine($"| {r.Label} | {r.Wall.TotalSeconds:F2} s | {r.Cpu.TotalSeconds:F2} s | {S(p, "EntitlementsMs")} | {S(p, "PaidMs")} | {S(p, "ComputeMs")} "
                          + $"| {S(p, "SaveMs")} | {S(p, "WriteMs")} | {S(p, "CommitMs")} | {S(p, "TotalMs")} |");
        }
        md.AppendLine()
            .AppendLine($"Baseline: one `WITH RECURSIVE months … INSERT INTO roster_lines … SELECT … FROM applications JOIN months … WHERE NOT EXISTS (a paid line of an approved roster) ORDER BY \"Id\", month` "
                        + $"and its commit, on the same file: {baseFirst.Time.TotalSeconds:F2} s for {baseFirst.Lines:N0} lines (first month), "
                        + $"{baseNext.Time.TotalSeconds:F2} s for {baseNext.Lines:N0} (next month); its lines are deleted again, untimed. "
                        + "Wall minus server CPU is time the request waited (for a core on a shared machine, or for the disk).");
        var (rss, peak) = server.Memory();
        md.AppendLine().AppendLine($"Bench server process after the runs: RSS {Report.Mb(rss)}, peak RSS {Report.Mb(peak)}.");
        report.Section("3. Monthly roster — where the time goes", md.ToString());
    }

    private sealed record Run(string Label, int Lines, TimeSpan Wall, TimeSpan Cpu, IReadOnlyDictionary<string, double> Phases);

    private sealed record BaselineRun(long Lines, TimeSpan Time);

    private static void Add(Report report, string scenario, Run run, BaselineRun baseline)
    {
        var seconds = run.Wall.TotalSeconds;
        report.Add(new ResultRow(scenario, $"{seconds:F2} s", $"{baseline.Time.TotalSeconds:F2} s (single INSERT … SELECT, {baseline.Lines:N0} lines)",
            Report.Times(seconds / baseline.Time.TotalSeconds), "< 5 s", seconds < 5,
            run.Lines == baseline.Lines ? null : $"line counts differ: module {run.Lines:N0}, baseline {baseline.Lines:N0}"));
    }

    /// <summary>The module's generation through its endpoint, timed at the client, with the module's own phase timings.</summary>
    private static async Task<Run> GenerateAsync(HttpClient http, ChildProcess server, int month, string label)
    {
        var logged = server.Output.Count;
        var cpu = server.CpuTime();
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("/api/disability/rosters", new { month = Ym(month) });
        clock.Stop();
        var cpuUsed = server.CpuTime() - cpu;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"roster {Ym(month)}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        var lines = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lineCount").GetInt32();
        Console.WriteLine($"   {label}: {lines:N0} lines in {clock.Elapsed.TotalSeconds:F2} s (server CPU {cpuUsed.TotalSeconds:F2} s)");
        return new Run(label, lines, clock.Elapsed, cpuUsed, await PhasesAsync(server, logged));
    }

    /// <summary>The numbers of the generator's log line ("Roster …: … lines … in … ms — …"), from the server's JSON console log.</summary>
    private static async Task<IReadOnlyDictionary<string, double>> PhasesAsync(ChildProcess server, int after)
    {
        // The log line is written as the request ends: give the console a moment to pass it on.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            foreach (var line in server.Output.Skip(after).Reverse())
            {
                if (!line.Contains("RosterGenerator", StringComparison.Ordinal) || !line.TrimStart().StartsWith('{'))
                {
                    continue;
                }
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("State", out var state))
                {
                    return state.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number)
                        .ToDictionary(p => p.Name, p => p.Value.GetDouble());
                }
            }
            await Task.Delay(100);
        }
        return new Dictionary<string, double>();
    }

    private static string S(IReadOnlyDictionary<string, double> phases, string key) =>
        phases.TryGetValue(key, out var ms) ? $"{ms / 1000:F2} s" : "—";

    /// <summary>
    /// Beneficiaries written straight into the module's database: going through the application workflow
    /// N times would measure the workflow, not the roster. People from the synthetic generator (valid ID
    /// numbers, real villages); 90% paid from <paramref name="paidFrom"/>, 5% from the month after (no
    /// arrears), 5% stopped from <paramref name="stopFrom"/> (paid up to the month before). Living and care
    /// subsidy alternate.
    /// </summary>
    private static async Task SeedAsync(string connectionString, Minzheng.Platform.Districts.District district, int count, int paidFrom, int stopFrom)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO applications ("Id", "ResidentId", "IdNumber", "Name", "DivisionCode", "Kind", "AppliedBy", "AppliedOn", "PaidFromMonth",
              "CertificateNumber", "Category", "Grade", "CertificateValidUntil", "NeedsLongTermCare", "ReceivesWorkInjuryCareAllowance", "BankName",
              "BankAccount", "Status", "ApprovedOn", "StopsFromMonth", "NextReviewOn", "Version", "Documents")
            VALUES ($id, $resident, $idNumber, $name, $division, $kind, 1, $appliedOn, $paidFrom, $certificate, 4, $grade, $validUntil, 1, 0,
              '重庆农村商业银行', $account, $status, $appliedOn, $stopsFrom, $review, 1, '[]')
            """;
        string[] names = ["id", "resident", "idNumber", "name", "division", "kind", "appliedOn", "paidFrom", "certificate", "grade", "validUntil",
            "account", "status", "stopsFrom", "review"];
        var p = names.ToDictionary(x => x, x => command.Parameters.Add(new SqliteParameter("$" + x, null)));
        var i = 0;
        foreach (var person in new SyntheticResidents(district, today).Generate(count))
        {
            var late = i % 20 == 1;
            var stopped = i % 20 == 2;
            var from = late ? Next(paidFrom) : paidFrom;
            p["id"].Value = Guid.NewGuid().ToString().ToUpperInvariant();
            p["resident"].Value = Guid.NewGuid().ToString().ToUpperInvariant();
            p["idNumber"].Value = person.IdNumber;
            p["name"].Value = person.Name;
            p["division"].Value = person.DivisionCode;
            p["kind"].Value = 1 + i % 2;
            p["appliedOn"].Value = $"{from / 100:D4}-{from % 100:D2}-10";
            p["paidFrom"].Value = from;
            p["certificate"].Value = person.IdNumber + "41";
            p["grade"].Value = 1 + i / 2 % 2;
            p["validUntil"].Value = today.AddYears(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p["account"].Value = $"6230{i:D12}";
            p["status"].Value = stopped ? 5 : 3;
            p["stopsFrom"].Value = stopped ? stopFrom : DBNull.Value;
            p["review"].Value = today.AddMonths(11).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await command.ExecuteNonQueryAsync();
            i++;
        }
        await transaction.CommitAsync();
    }

    /// <summary>
    /// The same month as one statement (the months materialized: as a co-routine, SQLite 3.53 would run them
    /// again — and the MIN over every application with them — for each application): every month from the first paid one up to the roster's (not from the
    /// stop month, not after the certificate's month) that no approved roster paid, at the default rates, in
    /// the order of the lines' indexes, with time-ordered ids as the module writes. Timed with its commit,
    /// then its lines (under a roster id of its own) are deleted again, untimed.
    /// </summary>
    private static async Task<BaselineRun> BaselineAsync(string connectionString, int month)
    {
        var roster = Guid.NewGuid().ToString().ToUpperInvariant();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        long lines;
        await using (var transaction = connection.BeginTransaction())
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                WITH RECURSIVE months(m) AS MATERIALIZED (
                  SELECT MIN("PaidFromMonth") FROM applications
                  UNION ALL
                  SELECT CASE WHEN m % 100 = 12 THEN m + 89 ELSE m + 1 END FROM months WHERE m < $month)
                INSERT INTO roster_lines ("Id", "RosterId", "RosterMonth", "ApplicationId", "ForMonth", "LineKind", "Kind", "Grade", "Amount",
                  "Name", "IdNumber", "DivisionCode", "BankName", "BankAccount", "Outcome", "FailureReason")
                SELECT printf('%08X-%04X-7000-8000-%012X', $stamp, $run, row_number() OVER (ORDER BY a."Id", months.m)), $roster, $month, a."Id", months.m,
                  CASE WHEN months.m = $month THEN 1 ELSE 2 END, a."Kind", a."Grade",
                  CASE WHEN a."Kind" = 1 THEN $living WHEN a."Grade" = 1 THEN $care1 ELSE $care2 END,
                  a."Name", a."IdNumber", a."DivisionCode", a."BankName", a."BankAccount", 1, NULL
                FROM applications AS a
                JOIN months ON months.m >= a."PaidFromMonth" AND months.m <= $month
                WHERE a."Status" IN (3, 5)
                  AND (a."StopsFromMonth" IS NULL OR months.m < a."StopsFromMonth")
                  AND months.m <= CAST(strftime('%Y%m', a."CertificateValidUntil") AS INTEGER)
                  AND NOT EXISTS (
                    SELECT 1 FROM roster_lines AS l JOIN rosters AS r ON r."Id" = l."RosterId"
                    WHERE l."ApplicationId" = a."Id" AND l."ForMonth" = months.m AND l."Outcome" <> 3 AND r."Status" = 2)
                ORDER BY a."Id", months.m
                """;
            command.Parameters.AddWithValue("$month", month);
            command.Parameters.AddWithValue("$stamp", (int)(DateTimeOffset.UtcNow.ToUnixTimeSeconds() & 0x7FFFFFFF));
            command.Parameters.AddWithValue("$run", month % 0xFFFF);
            command.Parameters.AddWithValue("$roster", roster);
            command.Parameters.AddWithValue("$living", Living);
            command.Parameters.AddWithValue("$care1", CareGrade1);
            command.Parameters.AddWithValue("$care2", CareGrade2);
            lines = await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        var time = clock.Elapsed;
        await using (var delete = connection.CreateCommand())
        {
            delete.CommandText = "DELETE FROM roster_lines WHERE \"RosterId\" = $roster";
            delete.Parameters.AddWithValue("$roster", roster);
            await delete.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"   baseline {Ym(month)}: {lines:N0} lines in {time.TotalSeconds:F2} s");
        return new BaselineRun(lines, time);
    }

    /// <summary>
    /// Approves the month as a checker would (maker-checker needs a second member of staff, which the bench
    /// does not create): what the module's approval writes, written directly; not what is measured.
    /// </summary>
    private static async Task ApproveAsync(string connectionString, int month)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE rosters SET "Status" = 2, "ApprovedById" = 'bench-checker', "ApprovedByName" = '基准审核人', "ApprovedAt" = $at, "Version" = "Version" + 1
            WHERE "Month" = $month
            """;
        command.Parameters.AddWithValue("$month", month);
        // As the SDK stores a point in time on SQLite (UTC ticks).
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.UtcTicks);
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw new InvalidOperationException($"no roster of {Ym(month)} to approve");
        }
    }

    private static int Month(DateTime day) => day.Year * 100 + day.Month;

    private static int Previous(int month) => month % 100 == 1 ? month - 89 : month - 1;

    private static int Next(int month) => month % 100 == 12 ? month + 89 : month + 1;

    private static string Ym(int month) => $"{month / 100:D4}-{month % 100:D2}";
}
