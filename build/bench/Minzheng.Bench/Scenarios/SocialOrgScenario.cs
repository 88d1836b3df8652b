using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Minzheng.Bench.Infrastructure;
using Minzheng.Platform.Districts;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;
using static Minzheng.Bench.Infrastructure.Seeding;

namespace Minzheng.Bench.Scenarios;

/// <summary>
/// Social organisations at scale (the socialorg module's scale point): N organisations (20,000 in full) with five years
/// of annual inspections, 活动异常名录 entries and evaluation grades, written straight into the module's own database, then
/// the module's endpoints on the benchmark's own instance of the host, each beside a raw SQL baseline on the same file:
/// last year's inspection due list (<c>GET inspections/due</c>, its first page and total, against the <c>LEFT JOIN</c>);
/// the lists' daily job (<c>ListsDailyJob</c> through the bench's job trigger, with grades to lapse and again with none,
/// against the <c>UPDATE</c> of the lapsed grades, whose counts must match); the public look-up by part of a name (200
/// calls, p50/p99, against the <c>LIKE</c>); the register's XLSX (against reading every row). Nothing is checked on time.
/// </summary>
public static class SocialOrgScenario
{
    private const int Calls = 200;
    private const int Runs = 3;
    private const string Target = "reported (not checked)";

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var n = options.Organisations;
        Console.WriteLine($"== Social organisations: {n:N0} organisations, five years of inspections");
        var name = $"Social organisations: Social organisations ({n:N0})";
        // The daily job only when timed; the public look-up is rate-limited per address, and the bench asks from one.
        await using var session = await BenchSession.StartAsync(options, "socialorg", "--Minzheng:BackgroundWork=false",
            "--Minzheng:PublicRateLimit:PermitsPerMinute=1000000");
        using var http = session.Api.Client();
        http.Timeout = TimeSpan.FromMinutes(20);
        var district = HostLayout.FirstDistrict(options.HostDir);
        var file = Path.Combine(session.DataFolder, district.Id, "socialorg.db");
        if (!File.Exists(file) || (await http.GetAsync("/api/socialorg/dashboard")).StatusCode == HttpStatusCode.NotFound)
        {
            report.Add(new ResultRow(name, "not available", "—", "—", Target, null, $"the socialorg module is not installed or not enabled in district {district.Id}"));
            return;
        }
        var connectionString = $"Data Source={file};Pooling=False";
        var today = TimeProvider.System.BeijingToday();
        var seedClock = Stopwatch.StartNew();
        var seeded = Seed(connectionString, district, n, today);
        var md = new StringBuilder().AppendLine($"Seeded straight into `socialorg.db` in {seedClock.Elapsed.TotalSeconds:F0} s "
            + $"({new FileInfo(file).Length / 1024 / 1024:N0} MB): {n:N0} organisations, {seeded.Inspections:N0} annual inspections over {today.Year - 5}–{today.Year - 1} "
            + $"(last year's missing for one in five), {seeded.Entries:N0} 活动异常名录 entries, {seeded.Grades:N0} grades ({seeded.Lapsed:N0} past their validity).").AppendLine();
        Console.WriteLine("   " + md.ToString().Trim());

        await DueListAsync(report, md, http, connectionString, today.Year - 1);
        await JobAsync(report, md, http, connectionString, today);
        await LookupAsync(report, md, http, connectionString, district.Id, n);
        await ExportAsync(report, md, http, connectionString);
        report.Section("Social organisations — what was measured", md.ToString());
    }

    private static async Task DueListAsync(Report report, StringBuilder md, HttpClient http, string connectionString, int year)
    {
        const string sql = """
            SELECT o."Id", o."Name", i."Status" FROM organisations o
            LEFT JOIN annual_inspections i ON i."OrganisationId" = o."Id" AND i."Year" = $year
            WHERE o."Status" = 1 AND o."RegisteredOn" <= $end ORDER BY o."Name"
            """;
        var baseline = await MedianAsync(async () => await RowsAsync(connectionString, sql, ("$year", year), ("$end", $"{year}-12-31")), Runs);
        var module = await MedianAsync(async () => (await GetJsonAsync(http, $"/api/socialorg/inspections/due?year={year}&pageSize=50")).GetProperty("total").GetInt32(), Runs);
        report.Add(new ResultRow($"Social organisations: Inspection due list {year} (`GET inspections/due`, first page and total)", Report.Ms(module.Ms),
            $"{Report.Ms(baseline.Ms)} (raw `LEFT JOIN`, every row read)", Report.Times(module.Ms / baseline.Ms), Target, null,
            module.Value == baseline.Value ? null : $"total: module {module.Value:N0}, baseline {baseline.Value:N0}"));
        md.AppendLine($"**Due list**: the median of {Runs} calls of the first page (50) with its total ({module.Value:N0}) against the same organisations "
                      + $"joined to their {year} report by raw SQL, every row read ({baseline.Value:N0}).").AppendLine();
    }

    private static async Task JobAsync(Report report, StringBuilder md, HttpClient http, string connectionString, DateOnly today)
    {
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var label in new[] { "with grades to lapse", "again, nothing to do" })
        {
            // The baseline's lapse, timed and then undone, so that the module starts from the same state.
            var clock = Stopwatch.StartNew();
            var ids = await IdsAsync(connectionString, """
                UPDATE evaluations SET "ExpiredOn" = $day WHERE "Status" = 5 AND "ExpiredOn" IS NULL AND "ValidUntil" < $day RETURNING "Id"
                """, ("$day", day));
            var (expected, baselineMs) = (ids.Count, clock.Elapsed.TotalMilliseconds);
            // Only the baseline's own rows are undone: those the module marked in the first run stay marked.
            foreach (var id in ids)
            {
                await ExecuteAsync(connectionString, """UPDATE evaluations SET "ExpiredOn" = NULL WHERE "Id" = $id""", ("$id", id));
            }
            var before = await RowsAsync(connectionString, """SELECT 1 FROM evaluations WHERE "ExpiredOn" = $day""", ("$day", day));
            clock.Restart();
            (await http.PostAsync("/bench/jobs/run?job=ListsDailyJob", null)).EnsureSuccessStatusCode();
            var moduleMs = clock.Elapsed.TotalMilliseconds;
            var lapsed = await RowsAsync(connectionString, """SELECT 1 FROM evaluations WHERE "ExpiredOn" = $day""", ("$day", day)) - before;
            Console.WriteLine($"   daily job {label}: {moduleMs:F0} ms, {lapsed:N0} lapsed (baseline {baselineMs:F0} ms, {expected:N0})");
            report.Add(new ResultRow($"Social organisations: Lists' daily job, {label} ({lapsed:N0} grades lapsed)", Report.Ms(moduleMs),
                $"{Report.Ms(baselineMs)} (`UPDATE` of the lapsed grades)", Report.Times(moduleMs / baselineMs), Target, null,
                lapsed == expected ? null : $"lapsed: module {lapsed:N0}, baseline {expected:N0}"));
        }
        md.AppendLine("**Daily job**: `ListsDailyJob` run once through the bench server's `/bench/jobs/run` (the platform's scope, as 系统), timed at the "
                      + "client; it also reads every active list entry and every conferred grade for its reminders, which the baseline (the lapse's one "
                      + "`UPDATE`, with its commit) does not do.").AppendLine();
    }

    private static async Task LookupAsync(Report report, StringBuilder md, HttpClient http, string connectionString, string districtId, int n)
    {
        const string sql = """
            SELECT "Name", "CreditCode", "Status" FROM organisations WHERE "Name" LIKE '%' || $q || '%'
            ORDER BY CASE WHEN "Name" = $q THEN 0 ELSE 1 END, "Name", "Id" LIMIT 6
            """;
        var random = new Random(7);
        var (module, baseline) = (new List<double>(), new List<double>());
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        for (var i = 0; i < Calls + 5; i++)
        {
            var q = Fragment(random.Next(n));
            var clock = Stopwatch.StartNew();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = sql;
                command.Parameters.AddWithValue("$q", q);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                }
            }
            var b = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            (await http.GetAsync($"/api/socialorg/public/{districtId}/organisations?q={Uri.EscapeDataString(q)}")).EnsureSuccessStatusCode();
            if (i < 5) continue;  // warm-up
            (module, baseline) = ([.. module, clock.Elapsed.TotalMilliseconds], [.. baseline, b]);
        }
        var (p50, p99, b50, b99) = (Percentile(module, 0.5), Percentile(module, 0.99), Percentile(baseline, 0.5), Percentile(baseline, 0.99));
        report.Add(new ResultRow($"Social organisations: Public look-up by name (`GET public/{{district}}/organisations?q=`, {Calls} calls) — p50 / p99",
            $"{Report.Ms(p50)} / {Report.Ms(p99)}", $"{Report.Ms(b50)} / {Report.Ms(b99)} (raw `LIKE '%…%'`, first 6)",
            $"{Report.Times(p50 / b50)} / {Report.Times(p99 / b99)}", Target, null));
        md.AppendLine($"**Public look-up**: {Calls} names' numbers (`第12345号`, unique) asked without signing in, each right after the raw `LIKE` "
                      + "on one open connection (a scan of the names either way: a `Contains` has no index).").AppendLine();
    }

    private static async Task ExportAsync(Report report, StringBuilder md, HttpClient http, string connectionString)
    {
        var baseline = await MedianAsync(async () => await RowsAsync(connectionString, """
            SELECT "Name", "Type", "CreditCode", "LegalRepresentativeName", "SupervisingUnit", "ActivityFunds", "Address", "DivisionCode", "RegisteredOn",
                   "Status", "DeregisteredOn" FROM organisations ORDER BY "Name"
            """), Runs);
        var module = await MedianAsync(async () => (await http.GetByteArrayAsync("/api/socialorg/organisations.xlsx")).LongLength, Runs);
        report.Add(new ResultRow($"Social organisations: Register as XLSX (`GET organisations.xlsx`, {baseline.Value:N0} rows, {module.Value / 1024:N0} KB)", Report.Ms(module.Ms),
            $"{Report.Ms(baseline.Ms)} (raw `SELECT` of the columns, every row read)", Report.Times(module.Ms / baseline.Ms), Target, null));
        md.AppendLine($"**Register XLSX**: the median of {Runs} downloads of the whole register against reading the same columns by raw SQL.").AppendLine();
    }

    // ---------------------------------------------------------------- seeding

    private sealed record Seeded(long Inspections, int Entries, int Grades, int Lapsed);

    private static readonly string[] Trades = ["志愿者协会", "老年协会", "社会工作服务中心", "养老服务中心", "助学基金会", "文化促进会", "托育服务中心", "体育协会"];

    private static string Fragment(int i) => $"第{i:D5}号";

    /// <summary>
    /// N organisations registered over the last fifteen years (3% deregistered), type by trade; for each of the last five
    /// years one concluded inspection when registered by its 1 July (last year's missing for one in five); one in 25 on
    /// the 活动异常名录 (entered up to three years ago); one in ten graded, conferred up to eight years ago (so some lapsed).
    /// </summary>
    private static Seeded Seed(string connectionString, District district, int count, DateOnly today)
    {
        var random = new Random(20261203);
        var villages = district.Towns.SelectMany(t => t.Villages).ToList();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var organisations = new SqliteInsert(connection, transaction, "organisations", "Id", "Type", "Name", "CreditCode", "LegalRepresentativeName",
            "LegalRepresentativeIdNumber", "BusinessScope", "SupervisingUnit", "ActivityFunds", "Address", "DivisionCode", "RegisteredOn", "Status", "DeregisteredOn",
            "DeregistrationReason", "Version");
        using var inspections = new SqliteInsert(connection, transaction, "annual_inspections", "Id", "OrganisationId", "DivisionCode", "Year", "Income", "Spending",
            "StaffCount", "PartyOrganisation", "SubmittedOn", "Late", "Status", "Conclusion", "ConcludedOn", "Version");
        using var entries = new SqliteInsert(connection, transaction, "credit_list_entries", "Id", "OrganisationId", "DivisionCode", "List", "Cause", "DecisionNumber",
            "EnteredOn", "EnteredBy", "Version");
        using var rounds = new SqliteInsert(connection, transaction, "evaluation_rounds", "Id", "Year", "OpenedOn", "OpenedBy", "Version");
        using var grades = new SqliteInsert(connection, transaction, "evaluations", "Id", "RoundId", "Year", "OrganisationId", "DivisionCode", "AppliedOn", "Status",
            "Total", "Grade", "ConferredOn", "ValidUntil", "Version");
        for (var y = today.Year - 8; y <= today.Year; y++) rounds.Run(Id(5, y), y, Day(new DateOnly(y, 3, 1)), "bench", 1);

        long inspectionCount = 0;
        var (entryCount, gradeCount, lapsed) = (0, 0, 0);
        for (var i = 0; i < count; i++)
        {
            var trade = Trades[i % Trades.Length];
            var type = trade.EndsWith("基金会", StringComparison.Ordinal) ? 3 : trade.EndsWith("中心", StringComparison.Ordinal) ? 2 : 1;
            var first17 = $"5{type}{district.DivisionCode[..6]}MB{i:D7}";
            var village = villages[i % villages.Count];
            var registered = today.AddDays(-random.Next(30, 15 * 365));
            var deregistered = random.Next(100) < 3;
            var id = Id(1, i);
            organisations.Run(id, type, $"{district.Name}{village.Name}{Fragment(i)}{trade}", first17 + CreditCode.CheckCharacter(first17), "法定代表人",
                "110101198001010000", "开展公益服务（基准数据）", "区民政局", "10", $"{village.Name}基准路{i}号", village.Code, Day(registered), deregistered ? 2 : 1,
                deregistered ? Day(today.AddDays(-random.Next(1, 300))) : null, deregistered ? "自行解散" : null, 1);
            for (var year = today.Year - 5; year < today.Year; year++)
            {
                if (registered > new DateOnly(year, 6, 30) || (year == today.Year - 1 && random.Next(5) == 0)) continue;
                var conclusion = random.Next(20) switch { 0 => 3, 1 or 2 => 2, _ => 1 };
                inspections.Run(Id(2, inspectionCount++), id, village.Code, year, "100000", "80000", random.Next(1, 20), random.Next(2) == 0 ? 1 : 0,
                    Day(new DateOnly(year + 1, 4, 20)), 0, 2, conclusion, Day(new DateOnly(year + 1, 6, 20)), 1);
            }
            if (i % 25 == 0)
            {
                entries.Run(Id(3, i), id, village.Code, 1, "通过登记的住所无法联系", $"基准〔{today.Year}〕{i}号", Day(today.AddDays(-random.Next(1, 3 * 365))), "bench", 1);
                entryCount++;
            }
            if (i % 10 == 5 && registered < today.AddYears(-3))
            {
                var conferred = today.AddDays(-random.Next(30, 8 * 365));
                var until = conferred.AddYears(5).AddDays(-1);
                grades.Run(Id(4, i), Id(5, conferred.Year), conferred.Year, id, village.Code, Day(conferred.AddDays(-60)), 5, 800 + random.Next(200),
                    random.Next(1, 6), Day(conferred), Day(until), 1);
                gradeCount++;
                if (until < today) lapsed++;
            }
        }
        transaction.Commit();
        return new Seeded(inspectionCount, entryCount, gradeCount, lapsed);
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>The first column of every row of <paramref name="sql"/> (an <c>UPDATE … RETURNING</c>), committed.</summary>
    private static async Task<List<string>> IdsAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync()) ids.Add(reader.GetString(0));
        return ids;
    }
}
