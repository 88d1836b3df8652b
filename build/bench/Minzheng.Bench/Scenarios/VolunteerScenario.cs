using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Minzheng.Bench.Infrastructure;
using Minzheng.Bench.Serve;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Registry.Synthetic;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;
using static Minzheng.Bench.Infrastructure.Seeding;

namespace Minzheng.Bench.Scenarios;

/// <summary>
/// 6. Volunteer hours at scale (the volunteer module's scale point): N volunteers (200,000 in full) with M confirmed
/// hour entries (5,000,000) over the last two years, written straight into the module's own database, then the module's
/// endpoints on the benchmark's own instance of the host (token, district, scope, permission, EF Core and all), each
/// beside a raw SQL baseline on the same file, run one right after the other:
/// a volunteer's total (<c>GET /api/volunteer/volunteers/{id}</c> for 200 volunteers, p50/p99, against the
/// <c>SUM … GROUP BY kind</c> of their confirmed records); the star run (<c>POST /api/volunteer/stars/run</c>, with work
/// to do and then again with none, against the equivalent <c>UPDATE</c> and <c>INSERT … SELECT</c>, whose counts must
/// match); and last year's report of service hours (<c>GET /api/volunteer/reports/hours</c> and its <c>.xlsx</c>, by
/// town and by volunteer, against the <c>GROUP BY</c>, whose lines must match). The issue asks for each "in seconds":
/// reported, not checked. When the module or its report endpoint is missing, the row says "not available".
/// </summary>
public static class VolunteerScenario
{
    private const int Calls = 200;
    private const int WarmUpCalls = 5;
    private static readonly TimeSpan TotalsBudget = TimeSpan.FromMinutes(3);
    private const int ReportRuns = 3;
    private const string Target = "in seconds (not checked)";

    // As the module stores them (HoursKind, RecordStatus, StarStatus, TeamKind).
    private const int Service = 1;
    private const int Training = 2;
    private const int Confirmed = 2;
    private const int Publicity = 1;
    private const int Awarded = 2;

    // The ids the baseline's proposals get, so that they can be deleted again.
    private const string BaselineIdPrefix = "0000BA5E-";

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var (n, m) = (options.Volunteers, options.HourEntries);
        Console.WriteLine($"== 6. Volunteer hours: {n:N0} volunteers, {m:N0} hour entries");
        var name = $"6. Volunteers ({n:N0}, {m:N0} hour entries)";
        // The module also runs the star run on the platform's schedule: off here, so that the measured runs are the only ones.
        await using var session = await BenchSession.StartAsync(options, "volunteer", "--Modules:volunteer:Stars:ScheduledRun=false");
        var server = session.Server;
        using var http = session.Api.Client();
        http.Timeout = TimeSpan.FromMinutes(20);

        var district = HostLayout.FirstDistrict(options.HostDir);
        var file = Path.Combine(session.DataFolder, district.Id, "volunteer.db");
        if (!File.Exists(file) || (await http.GetAsync("/api/volunteer/stars")).StatusCode == HttpStatusCode.NotFound)
        {
            report.Add(new ResultRow(name, "not available", "—", "—", Target, null,
                $"the volunteer module is not installed or not enabled in district {district.Id} of the published host"));
            return;
        }
        var connectionString = $"Data Source={file};Pooling=False";
        var stars = StarSettings.Read(options);
        var today = TimeProvider.System.BeijingToday();

        var seedClock = Stopwatch.StartNew();
        var seeded = Seed(connectionString, district, n, m, stars, today);
        Console.WriteLine($"   seeded {n:N0} volunteers ({seeded.Left:N0} left, {seeded.Barred:N0} barred from stars), {seeded.Records:N0} confirmed records "
                          + $"with {seeded.Steps:N0} history steps, {seeded.Teams:N0} teams, {seeded.Awards:N0} star awards ({seeded.Due:N0} due) "
                          + $"in {seedClock.Elapsed.TotalSeconds:F1} s ({new FileInfo(file).Length / 1024 / 1024:N0} MB)");

        var md = new StringBuilder();
        md.AppendLine($"Seeded straight into `volunteer.db` in {seedClock.Elapsed.TotalSeconds:F0} s ({new FileInfo(file).Length / 1024 / 1024:N0} MB): "
                      + $"{n:N0} volunteers ({seeded.Left:N0} of them left, {seeded.Barred:N0} barred from stars), {seeded.Records:N0} confirmed records "
                      + $"({seeded.Training:N0} of them training) from {seeded.First:yyyy-MM-dd} to {seeded.Last:yyyy-MM-dd} with two history steps each, "
                      + $"{seeded.Teams:N0} community teams, {seeded.Awards:N0} star awards held or in publicity ({seeded.Due:N0} with their publicity ended). "
                      + $"Records per volunteer: median {seeded.MedianRecords}, most {seeded.MostRecords}.")
            .AppendLine();

        await TotalsAsync(report, md, http, connectionString, seeded);
        await StarRunsAsync(report, md, http, server, connectionString, stars, today);
        await ReportsAsync(report, md, http, server, connectionString, district, today.Year - 1);

        var (rss, peak) = server.Memory();
        md.AppendLine($"Bench server process after the runs: RSS {Report.Mb(rss)}, peak RSS {Report.Mb(peak)}.");
        report.Section("6. Volunteer hours — where the time goes", md.ToString());
    }

    // ---------------------------------------------------------------- a volunteer's total

    /// <summary>
    /// The view of one volunteer (with their confirmed service and training hours) for up to 200 volunteers drawn at
    /// random, each right after the raw <c>SUM</c> by kind with the same <c>WHERE</c> (prepared, one open connection) and
    /// the same sum read through the volunteer's own index (<c>INDEXED BY</c>): SQLite's choice of index is the figure
    /// here. The totals must agree. Stops early when the calls take longer than <see cref="TotalsBudget"/> (the sums
    /// may take seconds each at full size). An authenticated no-op of the same server is timed too: the pipeline alone.
    /// </summary>
    private static async Task TotalsAsync(Report report, StringBuilder md, HttpClient http, string connectionString, Seeded seeded)
    {
        var random = new Random(14);
        var sample = Enumerable.Range(0, Calls).Select(_ => seeded.VolunteerIds[random.Next(seeded.VolunteerIds.Count)]).ToList();
        var warmUp = Enumerable.Range(0, WarmUpCalls).Select(_ => seeded.VolunteerIds[random.Next(seeded.VolunteerIds.Count)]).ToList();

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        const string totalSql = """
            SELECT "Kind", SUM("Hours") FROM service_records
            WHERE "VolunteerId" = $id AND "Status" = 2
            GROUP BY "Kind"
            """;
        const string indexedSql = """
            SELECT "Kind", SUM("Hours") FROM service_records INDEXED BY "IX_service_records_VolunteerId_Date"
            WHERE "VolunteerId" = $id AND "Status" = 2
            GROUP BY "Kind"
            """;
        var plan = await PlanAsync(connection, totalSql, ("$id", seeded.VolunteerIds[0]));
        var indexedPlan = await PlanAsync(connection, indexedSql, ("$id", seeded.VolunteerIds[0]));
        await using var sum = Prepared(connection, totalSql);
        await using var indexed = Prepared(connection, indexedSql);

        async Task<(decimal Service, decimal Training)> Module(string volunteer)
        {
            using var response = await http.GetAsync($"/api/volunteer/volunteers/{volunteer}");
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"volunteer {volunteer}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            var view = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (view.GetProperty("serviceHours").GetDecimal(), view.GetProperty("trainingHours").GetDecimal());
        }

        foreach (var v in warmUp)
        {
            Total(sum, v);
            Total(indexed, v);
            await Module(v);
            (await http.GetAsync("/bench/auth-only")).EnsureSuccessStatusCode();
        }
        var (baseline, byIndex, measured) = (new List<double>(), new List<double>(), new List<double>());
        var differ = 0;
        var budget = Stopwatch.StartNew();
        foreach (var v in sample.TakeWhile(_ => budget.Elapsed < TotalsBudget))
        {
            var clock = Stopwatch.StartNew();
            var expected = Total(sum, v);
            baseline.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var viaIndex = Total(indexed, v);
            byIndex.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var got = await Module(v);
            measured.Add(clock.Elapsed.TotalMilliseconds);
            if (got != expected || viaIndex != expected) differ++;
        }
        var pipeline = new List<double>();
        for (var i = 0; i < Calls; i++)
        {
            var clock = Stopwatch.StartNew();
            (await http.GetAsync("/bench/auth-only")).EnsureSuccessStatusCode();
            pipeline.Add(clock.Elapsed.TotalMilliseconds);
        }

        var calls = measured.Count;
        var (p50, p99) = (Percentile(measured, 0.50), Percentile(measured, 0.99));
        var (b50, b99) = (Percentile(baseline, 0.50), Percentile(baseline, 0.99));
        var (i50, i99) = (Percentile(byIndex, 0.50), Percentile(byIndex, 0.99));
        Console.WriteLine($"   a volunteer's total ({calls} calls): p50 {p50:F1} ms, p99 {p99:F1} ms (raw SUM p50 {b50:F2} ms, p99 {b99:F2} ms; "
                          + $"by the volunteer's index p50 {i50:F2} ms; authenticated no-op p50 {Percentile(pipeline, 0.5):F1} ms)");
        report.Add(new ResultRow($"6. A volunteer's total (`GET volunteers/{{id}}`, {calls} volunteers) — p50 / p99",
            $"{Report.Ms(p50)} / {Report.Ms(p99)}", $"{Ms(b50)} / {Ms(b99)} (raw `SUM … GROUP BY kind`, same `WHERE`; by the volunteer's index: {Ms(i50)} / {Ms(i99)})",
            $"{Report.Times(p50 / b50)} / {Report.Times(p99 / b99)}", Target, null,
            differ == 0 ? null : $"{differ} of {calls} totals differ from the baseline's"));
        var records = sample.Take(calls).Select(v => seeded.RecordsOf[v]).ToList();
        md.AppendLine($"**A volunteer's total**: {calls} volunteers drawn at random ({records.Min()}–{records.Max()} records each, median "
                      + $"{Percentile(records.Select(r => (double)r).ToList(), 0.5):F0}){(calls < Calls ? $", stopped after {TotalsBudget.TotalSeconds:F0} s" : "")}, "
                      + $"one after the other after {WarmUpCalls} warm-up calls; for each, the raw sum, the raw sum by the volunteer's index, then the module. "
                      + $"Module p50 {Report.Ms(p50)}, p99 {Report.Ms(p99)}; the raw sum with the module's `WHERE` (prepared, one open connection) "
                      + $"p50 {Ms(b50)}, p99 {Ms(b99)}, SQLite's plan `{plan}`; the same sum `INDEXED BY \"IX_service_records_VolunteerId_Date\"` "
                      + $"p50 {Ms(i50)}, p99 {Ms(i99)}, plan `{indexedPlan}`; an authenticated no-op of the same server (`/bench/auth-only`: token, "
                      + $"district, permission, no query) p50 {Report.Ms(Percentile(pipeline, 0.5))}, p99 {Report.Ms(Percentile(pipeline, 0.99))}. "
                      + (differ == 0 ? "Every total agreed with the baseline's." : $"**{differ} totals differed from the baseline's.**"))
            .AppendLine();
    }

    private static SqliteCommand Prepared(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$id", ""));
        command.Prepare();
        return command;
    }

    /// <summary>A volunteer's confirmed service and training hours by the prepared sum.</summary>
    private static (decimal Service, decimal Training) Total(SqliteCommand sum, string volunteer)
    {
        sum.Parameters[0].Value = volunteer;
        using var reader = sum.ExecuteReader();
        var (service, training) = (0m, 0m);
        while (reader.Read())
        {
            var hours = Math.Round((decimal)reader.GetDouble(1), 1);
            if (reader.GetInt32(0) == Service) service = hours;
            else training = hours;
        }
        return (service, training);
    }

    // ---------------------------------------------------------------- the star run

    private sealed record StarRun(int Proposed, int Awarded, DateOnly PublicityEndsOn, TimeSpan Time);

    /// <summary>
    /// The star run twice: first with work to do (levels to propose, publicities ended to award), then at once again
    /// (nothing left to do: it still sums every volunteer's hours). Each time the baseline first — its changes committed,
    /// timed, then undone untimed — then the module's run on the same state. Counts must match.
    /// </summary>
    private static async Task StarRunsAsync(Report report, StringBuilder md, HttpClient http, ChildProcess server, string connectionString,
        StarSettings stars, DateOnly today)
    {
        md.AppendLine("**Star run**: the module's `POST stars/run` at the client, the server's CPU time during it, and the SQL the server ran (all "
                      + "district databases: the volunteer module's, the audit trail's) beside the baseline — on the same file, one `UPDATE … WHERE "
                      + "\"Status\" = 1 AND \"PublicityEndsOn\" < today` and one `INSERT INTO star_awards … SELECT` from the sums of confirmed service "
                      + "hours per volunteer (`GROUP BY \"VolunteerId\"`), the volunteers not left nor barred, the levels from the thresholds "
                      + $"({string.Join("/", stars.Thresholds)}), above the level held and with no publicity running, with its commit. "
                      + "The SQL times run until a statement's first row: what SQLite does while the rows are read (a correlated subquery per "
                      + "group, a join, EF Core's `ef_sum`) is not in them, but is in the server's CPU time.")
            .AppendLine()
            .AppendLine("| run | module (client) | server CPU | baseline | proposed | awarded | SQL in the server (count, total) |")
            .AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (label, first) in new[] { ("with work to do", true), ("again, nothing to do", false) })
        {
            var baseline = await StarBaselineAsync(connectionString, stars, today);
            await http.PostAsync("/bench/profile/reset", null);
            var cpu = server.CpuTime();
            var clock = Stopwatch.StartNew();
            using var response = await http.PostAsync("/api/volunteer/stars/run", null);
            clock.Stop();
            var cpuUsed = server.CpuTime() - cpu;
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"star run: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            var result = await response.Content.ReadFromJsonAsync<JsonElement>();
            var module = new StarRun(result.GetProperty("proposed").GetInt32(), result.GetProperty("awarded").GetInt32(),
                DateOnly.Parse(result.GetProperty("publicityEndsOn").GetString()!, CultureInfo.InvariantCulture), clock.Elapsed);
            var profile = await http.GetFromJsonAsync<Dictionary<string, ProfileEntry>>("/bench/profile") ?? [];
            Console.WriteLine($"   star run {label}: {module.Proposed:N0} proposed, {module.Awarded:N0} awarded in {module.Time.TotalSeconds:F2} s "
                              + $"(server CPU {cpuUsed.TotalSeconds:F2} s; baseline {baseline.Time.TotalSeconds:F2} s, {baseline.Proposed:N0} / {baseline.Awarded:N0})");
            var differences = new List<string>();
            if (module.Proposed != baseline.Proposed) differences.Add($"proposed: module {module.Proposed:N0}, baseline {baseline.Proposed:N0}");
            if (module.Awarded != baseline.Awarded) differences.Add($"awarded: module {module.Awarded:N0}, baseline {baseline.Awarded:N0}");
            if (first && module.PublicityEndsOn != baseline.PublicityEndsOn) differences.Add($"publicity ends: module {module.PublicityEndsOn}, baseline {baseline.PublicityEndsOn}");
            var seconds = module.Time.TotalSeconds;
            report.Add(new ResultRow($"6. Star run, {label} ({module.Proposed:N0} proposed, {module.Awarded:N0} awarded)", $"{seconds:F2} s",
                $"{baseline.Time.TotalSeconds:F2} s (`UPDATE` + `INSERT … SELECT`)", Report.Times(seconds / baseline.Time.TotalSeconds), Target, null,
                differences.Count == 0 ? null : "counts differ — " + string.Join("; ", differences)));
            md.AppendLine($"| {label} | {seconds:F2} s | {cpuUsed.TotalSeconds:F2} s | {baseline.Time.TotalSeconds:F2} s | {module.Proposed:N0} | {module.Awarded:N0} | {Sql(profile)} |");
        }
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        md.AppendLine().AppendLine($"SQLite's plan for the baseline's `INSERT … SELECT`: `{await PlanAsync(connection, ProposeSql(stars), ("$today", Day(today)!), ("$endsOn", Day(today)!))}`.")
            .AppendLine();
    }

    /// <summary>
    /// The star run as two statements and a commit, timed; its changes are then taken back (untimed), so that the
    /// module's run starts from the same state.
    /// </summary>
    private static async Task<StarRun> StarBaselineAsync(string connectionString, StarSettings stars, DateOnly today)
    {
        var endsOn = stars.Calendar.AddWorkingDays(today, stars.PublicityWorkingDays);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        var awardedIds = new List<string>();
        int proposed;
        await using (var transaction = connection.BeginTransaction())
        {
            await using var award = connection.CreateCommand();
            award.Transaction = transaction;
            award.CommandText = """
                UPDATE star_awards SET "Status" = 2, "AwardedOn" = $today
                WHERE "Status" = 1 AND "PublicityEndsOn" < $today
                RETURNING "Id"
                """;
            award.Parameters.AddWithValue("$today", Day(today));
            await using (var reader = await award.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    awardedIds.Add(reader.GetString(0));
                }
            }

            await using var propose = connection.CreateCommand();
            propose.Transaction = transaction;
            propose.CommandText = ProposeSql(stars);
            propose.Parameters.AddWithValue("$today", Day(today));
            propose.Parameters.AddWithValue("$endsOn", Day(endsOn));
            proposed = await propose.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        var time = clock.Elapsed;
        await using (var transaction = connection.BeginTransaction())
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM star_awards WHERE \"Id\" LIKE '{BaselineIdPrefix}%'";
            await delete.ExecuteNonQueryAsync();
            await using var back = connection.CreateCommand();
            back.Transaction = transaction;
            back.CommandText = """UPDATE star_awards SET "Status" = 1, "AwardedOn" = NULL WHERE "Id" = $id""";
            var id = back.Parameters.Add(new SqliteParameter("$id", ""));
            foreach (var awarded in awardedIds)
            {
                id.Value = awarded;
                await back.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }
        return new StarRun(proposed, awardedIds.Count, endsOn, time);
    }

    /// <summary>
    /// The proposals as one <c>INSERT … SELECT</c>: each volunteer's confirmed service hours summed, the level they reach
    /// (the thresholds as a <c>CASE</c>), for volunteers not left nor barred, above the highest level held (awarded or in
    /// publicity, as before this run's awards: a due award is held either way) and with no publicity running.
    /// </summary>
    private static string ProposeSql(StarSettings stars)
    {
        var levels = new StringBuilder("CASE");
        for (var level = stars.Thresholds.Count; level >= 1; level--)
        {
            levels.Append(CultureInfo.InvariantCulture, $" WHEN t.hours >= {stars.Thresholds[level - 1]} THEN {level}");
        }
        levels.Append(" ELSE 0 END");
        return $"""
            WITH totals AS (
              SELECT "VolunteerId" AS id, ROUND(SUM("Hours"), 1) AS hours FROM service_records
              WHERE "Status" = 2 AND "Kind" = 1 GROUP BY "VolunteerId"),
            held AS (
              SELECT "VolunteerId" AS id, MAX("Level") AS level,
                MAX("Status" = 1 AND "PublicityEndsOn" >= $today) AS running
              FROM star_awards WHERE "Status" <> 3 GROUP BY "VolunteerId"),
            reached AS (
              SELECT v."Id" AS id, v."DivisionCode" AS division, t.hours, {levels} AS level
              FROM totals AS t JOIN volunteers AS v ON v."Id" = t.id
              WHERE v."LeftOn" IS NULL AND (v."StarsBarredUntil" IS NULL OR v."StarsBarredUntil" < $today))
            INSERT INTO star_awards ("Id", "VolunteerId", "DivisionCode", "Level", "Hours", "ProposedOn", "PublicityEndsOn", "Status",
              "AwardedOn", "RevokedOn", "RevocationReason", "Falsified", "Version")
            SELECT printf('{BaselineIdPrefix}0000-7000-8000-%012X', row_number() OVER (ORDER BY r.id)), r.id, r.division, r.level,
              printf('%.1f', r.hours), $today, $endsOn, 1, NULL, NULL, NULL, 0, 1
            FROM reached AS r LEFT JOIN held AS h ON h.id = r.id
            WHERE r.level > COALESCE(h.level, 0) AND COALESCE(h.running, 0) = 0
            ORDER BY r.id
            """;
    }

    // ---------------------------------------------------------------- the yearly report

    private sealed record ReportLine(string Key, int Volunteers, long Entries, decimal Hours);

    private sealed record Timed<T>(TimeSpan Time, TimeSpan Cpu, T Value, Dictionary<string, ProfileEntry> Sql);

    /// <summary>
    /// Last year's confirmed service hours (<c>kind=service</c>, the whole year) as staff ask for them, each beside the
    /// <c>GROUP BY</c> on the same file, the median of three calls of each: by town (one page holds every town) as JSON
    /// and as a workbook; by volunteer, the first page of 200 (most hours first) as JSON and the whole report as a
    /// workbook, once (the module builds it with the list's grouped query run once, since run 6 found it built page by page).
    /// </summary>
    private static async Task ReportsAsync(Report report, StringBuilder md, HttpClient http, ChildProcess server, string connectionString,
        District district, int year)
    {
        var period = $"from={year}-01-01&to={year}-12-31&kind=service";
        var name = $"6. Yearly report ({year}, service hours)";
        using (var probe = await http.GetAsync($"/api/volunteer/reports/hours?by=town&{period}"))
        {
            if (probe.StatusCode == HttpStatusCode.NotFound)
            {
                report.Add(new ResultRow(name, "not available", "—", "—", Target, null,
                    "`GET /api/volunteer/reports/hours` is not in this build of the volunteer module (404)"));
                md.AppendLine("**Yearly report**: not available — the volunteer module of this build has no `reports/hours` endpoint.").AppendLine();
                return;
            }
            if (!probe.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"report: {(int)probe.StatusCode} {await probe.Content.ReadAsStringAsync()}");
            }
        }
        var parameters = new[] { ("$from", (object)$"{year:D4}-01-01"), ("$to", $"{year:D4}-12-31") };
        md.AppendLine($"**Yearly report** ({year}, confirmed service hours; median of {ReportRuns} calls each unless said; the server's CPU time and its SQL "
                      + "during the call, each statement timed until its first row):").AppendLine()
            .AppendLine("| report | module (client) | server CPU | SQL in the server (count, total) | baseline | baseline's plan |")
            .AppendLine("| --- | --- | --- | --- | --- | --- |");

        // By town: every town on one page.
        var townBase = await BaselineAsync(connectionString, ByTownSql, parameters);
        var townJson = await JsonAsync(http, server, $"/api/volunteer/reports/hours?by=town&{period}&page=1&pageSize={PageSize}", ReportRuns);
        var townXlsx = await WorkbookAsync(http, server, $"/api/volunteer/reports/hours.xlsx?by=town&{period}", ReportRuns);
        var entries = townBase.Value.Sum(l => l.Entries);
        AddReport(report, md, $"{name} by town — JSON ({townBase.Value.Count} towns, {entries:N0} entries)", townJson, townBase, "`GROUP BY` town",
            Compare(townJson.Value.Lines, townJson.Value.Total, townBase.Value, townBase.Value.Count), await PlanAsync(connectionString, ByTownSql, parameters));
        AddReport(report, md, $"{name} by town — `.xlsx` ({townXlsx.Value / 1024:N0} KB)", townXlsx, townBase, "the same `GROUP BY`", null, null);

        // By volunteer: the first page, most hours first, and how many there are.
        var volunteerBase = await BaselineAsync(connectionString, ByVolunteerSql + $" LIMIT {PageSize}", parameters);
        var (volunteerTotal, countTime) = await CountAsync(connectionString, VolunteersInReportSql, parameters);
        var volunteerJson = await JsonAsync(http, server, $"/api/volunteer/reports/hours?by=volunteer&{period}&page=1&pageSize={PageSize}", ReportRuns);
        AddReport(report, md, $"{name} by volunteer — JSON, first page of {PageSize} of {volunteerTotal:N0} (most hours first)", volunteerJson,
            volunteerBase with { Time = volunteerBase.Time + countTime },
            $"`GROUP BY` volunteer `ORDER BY` hours `LIMIT {PageSize}` + the count of volunteers",
            Compare(volunteerJson.Value.Lines, volunteerJson.Value.Total, volunteerBase.Value, volunteerTotal),
            await PlanAsync(connectionString, ByVolunteerSql + $" LIMIT {PageSize}", parameters));

        // By volunteer, the whole report as a workbook, in one call.
        var allBase = await BaselineAsync(connectionString, ByVolunteerSql, parameters, runs: 1);
        var all = await WorkbookAsync(http, server, $"/api/volunteer/reports/hours.xlsx?by=volunteer&{period}", runs: 1);
        AddReport(report, md, $"{name} by volunteer — `.xlsx`, all {volunteerTotal:N0} rows ({all.Value / 1024:N0} KB; one call)", all, allBase,
            "`GROUP BY` volunteer, every row", null, null);
        md.AppendLine();
    }

    private const int PageSize = 200;


    private const string ByTownSql = """
        SELECT substr("DivisionCode", 1, 9), COUNT(DISTINCT "VolunteerId"), COUNT(*), SUM("Hours")
        FROM service_records
        WHERE "Status" = 2 AND "Kind" = 1 AND "Date" >= $from AND "Date" <= $to
        GROUP BY 1 ORDER BY 1
        """;

    // The module's order: most hours first, then the id; the key staff see is the volunteer's number.
    private const string ByVolunteerSql = """
        SELECT v."Number", 1, g.entries, g.hours
        FROM (SELECT "VolunteerId" AS id, COUNT(*) AS entries, SUM("Hours") AS hours
              FROM service_records
              WHERE "Status" = 2 AND "Kind" = 1 AND "Date" >= $from AND "Date" <= $to
              GROUP BY "VolunteerId") AS g
        JOIN volunteers AS v ON v."Id" = g.id
        ORDER BY g.hours DESC, g.id
        """;

    private const string VolunteersInReportSql = """
        SELECT COUNT(DISTINCT "VolunteerId") FROM service_records
        WHERE "Status" = 2 AND "Kind" = 1 AND "Date" >= $from AND "Date" <= $to
        """;

    private static void AddReport<T>(Report report, StringBuilder md, string scenario, Timed<T> module, Timed<List<ReportLine>> baseline, string baselineText,
        string? difference, string? plan)
    {
        var (seconds, baseSeconds) = (module.Time.TotalSeconds, baseline.Time.TotalSeconds);
        Console.WriteLine($"   {scenario}: {seconds:F2} s (server CPU {module.Cpu.TotalSeconds:F2} s), baseline {baseSeconds:F2} s");
        report.Add(new ResultRow(scenario, $"{seconds:F2} s", $"{baseSeconds:F2} s ({baselineText})", Report.Times(seconds / baseSeconds), Target, null, difference));
        md.AppendLine($"| {scenario[(scenario.IndexOf(") ", StringComparison.Ordinal) + 2)..]} | {seconds:F2} s | {module.Cpu.TotalSeconds:F2} s | {Sql(module.Sql)} "
                      + $"| {baseSeconds:F2} s | {(plan is null ? "" : $"`{plan}`")} |");
    }

    /// <summary>Where the module's lines and the baseline's differ (null when they agree).</summary>
    private static string? Compare(List<ReportLine> module, int moduleTotal, List<ReportLine> baseline, int baselineTotal)
    {
        var byKey = module.ToDictionary(l => l.Key);
        var differ = baseline.Where(b => !byKey.TryGetValue(b.Key, out var l) || l.Entries != b.Entries || l.Hours != b.Hours
                                         || l.Volunteers != b.Volunteers).Select(b => b.Key)
            .Concat(byKey.Keys.Where(k => baseline.All(b => b.Key != k))).Distinct().ToList();
        return differ.Count == 0 && moduleTotal == baselineTotal ? null
            : $"lines differ from the baseline's ({differ.Count} keys, e.g. {string.Join(", ", differ.Take(3))}; total {moduleTotal:N0}, baseline {baselineTotal:N0})";
    }

    private static async Task<Timed<(List<ReportLine> Lines, int Total)>> JsonAsync(HttpClient http, ChildProcess server, string url, int runs) =>
        await MedianAsync(http, server, runs, async () =>
        {
            using var response = await http.GetAsync(url);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var lines = body.GetProperty("items").EnumerateArray().Select(i => new ReportLine(i.GetProperty("key").GetString()!,
                i.GetProperty("volunteers").GetInt32(), i.GetProperty("entries").GetInt64(), i.GetProperty("hours").GetDecimal())).ToList();
            return (lines, body.GetProperty("total").GetInt32());
        });

    /// <summary>A workbook's size in bytes, once it is checked to be one (a zip file).</summary>
    private static async Task<Timed<long>> WorkbookAsync(HttpClient http, ChildProcess server, string url, int runs) =>
        await MedianAsync(http, server, runs, async () =>
        {
            using var response = await http.GetAsync(url);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{url}: {(int)response.StatusCode} {Encoding.UTF8.GetString(bytes)}");
            }
            if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K')
            {
                throw new InvalidOperationException($"{url}: the answer is not a workbook (no zip header)");
            }
            return bytes.LongLength;
        });

    /// <summary>The median of <paramref name="runs"/> calls at the client, with the server's CPU time and SQL during that call.</summary>
    private static async Task<Timed<T>> MedianAsync<T>(HttpClient http, ChildProcess server, int runs, Func<Task<T>> call)
    {
        var timed = new List<Timed<T>>();
        for (var i = 0; i < runs; i++)
        {
            await http.PostAsync("/bench/profile/reset", null);
            var cpu = server.CpuTime();
            var clock = Stopwatch.StartNew();
            var value = await call();
            clock.Stop();
            var cpuUsed = server.CpuTime() - cpu;
            timed.Add(new Timed<T>(clock.Elapsed, cpuUsed, value, await http.GetFromJsonAsync<Dictionary<string, ProfileEntry>>("/bench/profile") ?? []));
        }
        return timed.OrderBy(t => t.Time).ElementAt(runs / 2);
    }

    /// <summary>A report's lines by raw SQL on a connection of its own (opened untimed), the median of <paramref name="runs"/>.</summary>
    private static async Task<Timed<List<ReportLine>>> BaselineAsync(string connectionString, string sql, (string, object)[] parameters, int runs = ReportRuns)
    {
        var timed = new List<Timed<List<ReportLine>>>();
        for (var i = 0; i < runs; i++)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            var clock = Stopwatch.StartNew();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }
            var lines = new List<ReportLine>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    lines.Add(new ReportLine(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2), Math.Round((decimal)reader.GetDouble(3), 1)));
                }
            }
            timed.Add(new Timed<List<ReportLine>>(clock.Elapsed, TimeSpan.Zero, lines, []));
        }
        return timed.OrderBy(t => t.Time).ElementAt(runs / 2);
    }

    /// <summary>A count by raw SQL, and the time it took (one run).</summary>
    private static async Task<(int Count, TimeSpan Time)> CountAsync(string connectionString, string sql, (string, object)[] parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        var count = (int)(long)(await command.ExecuteScalarAsync())!;
        return (count, clock.Elapsed);
    }

    private static async Task<string> PlanAsync(string connectionString, string sql, (string, object)[] parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return await PlanAsync(connection, sql, parameters);
    }

    // ---------------------------------------------------------------- seeding

    private sealed record Seeded(List<string> VolunteerIds, Dictionary<string, int> RecordsOf, int Left, int Barred, long Records, long Training, long Steps,
        int Teams, int Awards, int Due, DateOnly First, DateOnly Last, int MedianRecords, int MostRecords);

    private static readonly string[] Skills = ["", "急救", "心理咨询", "法律咨询", "医疗护理", "文艺表演", "电脑维修", "驾驶", "摄影", "手语"];
    private static readonly string[] Availabilities = ["周末", "工作日晚上", "节假日", "工作日白天", "随时"];
    private static readonly string[] Areas = ["助老", "助残", "环保", "关爱儿童", "社区治理", "文明实践", "应急救援", "扶贫济困"];
    private static readonly string[] ServiceContents =
    [
        "助老服务：上门探访独居老人", "助残服务：陪同残疾人就医", "环保服务：河道垃圾清理", "关爱儿童：留守儿童课业辅导", "社区治理：小区文明劝导",
        "文明实践：新时代文明实践站值守", "应急救援：防汛值守", "扶贫济困：困难群众慰问物资分发", "交通文明劝导", "疫苗接种点秩序维护",
    ];
    private static readonly string[] TrainingContents = ["志愿者通用知识培训", "应急救护培训", "心理疏导技能培训", "志愿服务项目管理培训"];

    /// <summary>
    /// The module's tables written directly, one transaction and prepared statements, ids counting up (in the order of
    /// every index that starts with them): the platform's own registration and confirmation N and M times would measure
    /// those, not the totals. Volunteers: the synthetic generator's adults (valid ID numbers, the district's real
    /// villages), registered from 2018 up to the start of the records, numbered per year as the module numbers them, 2%
    /// of them left, 0.1% barred from stars; one community team per village, every volunteer a member of their village's.
    /// Records: confirmed, by hand (no activity), in the volunteer's village, over the last two years up to yesterday;
    /// a volunteer's number of records drawn from a log-normal (most serve a little, a few a lot), summing to M; 15%
    /// training; service 1.0–6.0 h, training 1.0–4.0 h; each with its two steps (记录, 确认). Stars: of the volunteers
    /// whose confirmed service hours reach a level, 60% hold it, 15% hold the one below, 10% have it in a publicity that
    /// has ended (the run awards it), 5% in a publicity still running, 10% nothing yet. Stored as the module stores
    /// them on SQLite: ids as upper-case text, days as <c>yyyy-MM-dd</c>, instants as UTC ticks, hours as decimal text.
    /// </summary>
    private static Seeded Seed(string connectionString, District district, int count, int entries, StarSettings stars, DateOnly today)
    {
        var random = new Random(20261203);
        var first = today.AddDays(-730);
        var last = today.AddDays(-1);
        var registrationsFrom = new DateOnly(2018, 1, 1);
        var registrationDays = first.DayNumber - registrationsFrom.DayNumber;

        // Records per volunteer: log-normal weights (σ 1.2, the tail cut at 3.3 σ), scaled so that they sum to M exactly.
        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            weights[i] = Math.Exp(1.2 * Math.Min(Normal(random), 3.3));
        }
        var weightSum = weights.Sum();
        var counts = new int[count];
        var cumulative = 0.0;
        long given = 0;
        for (var i = 0; i < count; i++)
        {
            cumulative += weights[i];
            var upTo = i == count - 1 ? entries : (long)Math.Round(entries * cumulative / weightSum);
            counts[i] = (int)(upTo - given);
            given = upTo;
        }

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            // A larger page cache for the seeding connection only (the module's connections keep the default).
            pragma.CommandText = "PRAGMA cache_size = -262144";
            pragma.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        using var volunteers = new SqliteInsert(connection, transaction, "volunteers", "Id", "Number", "IdNumber", "Name", "Phone", "Skills", "Availability",
            "ServiceAreas", "DivisionCode", "ResidentId", "GuardianName", "GuardianPhone", "GuardianConsentOn", "RegisteredOn", "LeftOn", "StarsBarredUntil", "Version");
        using var teams = new SqliteInsert(connection, transaction, "teams", "Id", "Name", "Kind", "DivisionCode", "Organiser", "Leader", "FoundedOn", "DissolvedOn", "Version");
        using var members = new SqliteInsert(connection, transaction, "team_members", "Id", "TeamId", "VolunteerId", "JoinedOn", "LeftOn");
        using var records = new SqliteInsert(connection, transaction, "service_records", "Id", "VolunteerId", "ActivityId", "Kind", "Date", "StartedAt", "EndedAt",
            "Hours", "Content", "DivisionCode", "Organiser", "Status", "Flags", "RequestedHours", "RequestReason", "Version");
        using var steps = new SqliteInsert(connection, transaction, "service_record_steps", "Id", "ServiceRecordId", "At", "Title", "StaffId", "StaffName", "Note");
        using var awards = new SqliteInsert(connection, transaction, "star_awards", "Id", "VolunteerId", "DivisionCode", "Level", "Hours", "ProposedOn",
            "PublicityEndsOn", "Status", "AwardedOn", "RevokedOn", "RevocationReason", "Falsified", "Version");

        var villages = district.Towns.SelectMany(t => t.Villages).ToList();
        var teamOf = new Dictionary<string, (string Id, string Name)>();
        foreach (var (village, t) in villages.Select((v, t) => (v, t)))
        {
            var team = (Id(2, t), $"{village.Name}志愿服务队");
            teamOf[village.Code] = team;
            teams.Run(team.Item1, team.Item2, 1, village.Code, village.Name, $"{village.Name}党群服务中心", Day(registrationsFrom.AddDays(-random.Next(30, 900))), null, 1);
        }

        var ids = new List<string>(count);
        var recordsOf = new Dictionary<string, int>(count);
        var numbers = new Dictionary<int, int>();
        var people = new SyntheticResidents(district, today).Generate(int.MaxValue).GetEnumerator();
        var (left, barred, awardCount, due) = (0, 0, 0, 0);
        long recordCount = 0, trainingCount = 0, stepCount = 0;
        var dates = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var registeredOn = DateOnly.FromDayNumber(registrationsFrom.DayNumber + (int)((long)i * registrationDays / count));
            ResidentRow person;
            do
            {
                people.MoveNext();
                person = people.Current;
            }
            while (IdNumber.Parse(person.IdNumber, today) is var parsed && (parsed.BirthDate.AddYears(18) > registeredOn || parsed.AgeOn(today) > 75));
            var year = registeredOn.Year;
            var sequence = numbers[year] = numbers.GetValueOrDefault(year) + 1;
            var id = Id(1, i);
            DateOnly? leftOn = i % 50 == 7 ? today.AddDays(-random.Next(1, 90)) : null;
            DateOnly? barredUntil = i % 1000 == 3 ? today.AddDays(random.Next(30, 365)) : null;
            left += leftOn is null ? 0 : 1;
            barred += barredUntil is null ? 0 : 1;
            volunteers.Run(id, $"{district.DivisionCode}-{year}-{sequence:D6}", person.IdNumber, person.Name, person.Phone ?? $"139{i:D8}",
                Skills[random.Next(Skills.Length)], Availabilities[random.Next(Availabilities.Length)], Areas[random.Next(Areas.Length)], person.DivisionCode,
                null, null, null, null, Day(registeredOn), Day(leftOn), Day(barredUntil), 1);
            var team = teamOf[person.DivisionCode];
            members.Run(Id(3, i), team.Id, id, Day(registeredOn), Day(leftOn));
            ids.Add(id);
            recordsOf[id] = counts[i];

            // The records, day by day (in the order of the (VolunteerId, Date) index).
            var until = leftOn ?? last;
            dates.Clear();
            for (var r = 0; r < counts[i]; r++)
            {
                dates.Add(first.DayNumber + random.Next(until.DayNumber - first.DayNumber + 1));
            }
            dates.Sort();
            var serviceHours = 0m;
            foreach (var dayNumber in dates)
            {
                var day = DateOnly.FromDayNumber(dayNumber);
                var training = random.NextDouble() < 0.15;
                var hours = training ? random.Next(2, 9) / 2m : random.Next(10, 61) / 10m;
                var recordId = Id(4, recordCount);
                records.Run(recordId, id, null, training ? Training : Service, Day(day), null, null, hours,
                    training ? TrainingContents[random.Next(TrainingContents.Length)] : ServiceContents[random.Next(ServiceContents.Length)],
                    person.DivisionCode, team.Name, Confirmed, "", null, null, 2);
                // Recorded that evening, confirmed the next morning (Beijing), as staff would.
                var recorded = BeijingTime.StartOf(day).AddHours(20);
                var confirmed = day < last ? BeijingTime.StartOf(day.AddDays(1)).AddHours(9.5) : recorded.AddHours(1);
                var text = hours.ToString("0.#", CultureInfo.InvariantCulture) + "小时";
                steps.Run(Id(5, stepCount++), recordId, recorded.UtcTicks, "记录", "bench-organiser", "志愿服务站录入员", text);
                steps.Run(Id(5, stepCount++), recordId, confirmed.UtcTicks, "确认", "bench-confirmer", "志愿服务站审核员", text);
                recordCount++;
                if (training) trainingCount++;
                else serviceHours += hours;
            }

            var level = stars.Thresholds.Count(t => serviceHours >= t);
            if (level == 0) continue;
            var roll = random.NextDouble();
            var (held, status, proposedOn) = roll switch
            {
                < 0.60 => (level, Awarded, today.AddDays(-random.Next(30, 400))),
                < 0.75 => (level - 1, Awarded, today.AddDays(-random.Next(30, 400))),
                < 0.85 => (level, Publicity, today.AddDays(-7 - 2 * stars.PublicityWorkingDays)),
                < 0.90 => (level, Publicity, today.AddDays(-1)),
                _ => (0, 0, today),
            };
            if (held == 0) continue;
            var endsOn = stars.Calendar.AddWorkingDays(proposedOn, stars.PublicityWorkingDays);
            awards.Run(Id(6, awardCount++), id, person.DivisionCode, held, stars.Thresholds[held - 1], Day(proposedOn), Day(endsOn), status,
                status == Awarded ? Day(endsOn.AddDays(1)) : null, null, null, 0, 1);
            if (status == Publicity && endsOn < today) due++;
        }
        transaction.Commit();
        var sorted = counts.Order().ToArray();
        return new Seeded(ids, recordsOf, left, barred, recordCount, trainingCount, stepCount, villages.Count, awardCount, due, first, last,
            sorted[sorted.Length / 2], sorted[^1]);
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>The stars' configuration the module reads (<c>Modules:volunteer:Stars</c>, its holidays), or its defaults.</summary>
    private sealed record StarSettings(IReadOnlyList<decimal> Thresholds, int PublicityWorkingDays, HolidayCalendar Calendar)
    {
        public static StarSettings Read(BenchOptions options)
        {
            var section = new ConfigurationBuilder().AddJsonFile(Path.Combine(options.HostDir, "appsettings.json"))
                .AddCommandLine(options.HostSettings.ToArray()).Build().GetSection("Modules:volunteer");
            var thresholds = section.GetSection("Stars:Thresholds").Get<List<decimal>>();
            return new StarSettings(thresholds is { Count: > 0 } ? thresholds : [100m, 300m, 600m, 1000m, 1500m],
                section.GetValue("Stars:PublicityWorkingDays", 5), HolidayCalendar.FromConfiguration(section));
        }
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>SQLite's plan for <paramref name="sql"/> (EXPLAIN QUERY PLAN), its steps in one line.</summary>
    private static async Task<string> PlanAsync(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }
        return string.Join("; ", steps);
    }

    private static string Ms(double ms) => ms < 1 ? $"{ms:F2} ms" : Report.Ms(ms);

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>The SQL and transactions the server ran during one request, the largest first.</summary>
    private static string Sql(Dictionary<string, ProfileEntry> profile) =>
        string.Join("; ", profile.Where(kv => !kv.Key.StartsWith("request ", StringComparison.Ordinal)).OrderByDescending(kv => kv.Value.TotalMs).Take(6)
            .Select(kv => $"{kv.Key} {kv.Value.Count:N0}× {kv.Value.TotalMs / 1000:F2} s"));
}
