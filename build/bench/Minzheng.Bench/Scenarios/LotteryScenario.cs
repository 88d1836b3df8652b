using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Minzheng.Bench.Infrastructure;
using Minzheng.Platform.Districts;
using Minzheng.Sdk.Registry;
using Minzheng.Sdk.Time;
using static Minzheng.Bench.Infrastructure.Seeding;

namespace Minzheng.Bench.Scenarios;

/// <summary>
/// The welfare lottery at scale (the lottery module's scale point): N open outlets (5,000 in full; 专营 and 兼营) over the
/// district's villages with N/20 schools around them, five years of monthly sales per outlet and game kind, and five years
/// of the 公益金 ledger over N/10 projects, written straight into the module's own database. Then the module's endpoints
/// on the benchmark's own instance of the host, each beside a raw SQL baseline on the same file: an outlet application
/// with its siting check (<c>POST outlets</c>, median of 20, against reading the coordinates and the haversine in C#);
/// this month's sales file for every outlet and kind (<c>POST sales/imports</c>: new, the same file again, 10% changed,
/// against prepared statements in one transaction, timed then undone; the counts must match); last year's sales report
/// by town, by outlet and by outlet as XLSX (against the <c>GROUP BY</c>s; lines and totals compared); the fund's summary
/// and its movements as XLSX (against the <c>SUM</c>s and the <c>SELECT</c>). Nothing is checked on time.
/// </summary>
public static class LotteryScenario
{
    private const int Applications = 20;
    private const int WarmUps = 2;
    private const int Runs = 3;
    private const string Target = "reported (not checked)";
    private const double BaseLatitude = 28.96;
    private const double BaseLongitude = 106.92;
    private const double MetersPerDegree = 111_195.0;

    // The module's default game kinds (Modules:lottery:Sales:Games, not set in the published host); with a monthly level
    // in 元 for the synthetic figures. A file naming another kind has its rows refused, which the compared counts show.
    private static readonly (string Game, double Level)[] Games = [("双色球", 30_000), ("福彩3D", 12_000), ("快乐8", 20_000), ("七乐彩", 3_000), ("即开型", 8_000)];

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var n = options.Outlets;
        Console.WriteLine($"== Lottery: {n:N0} outlets, five years of monthly sales and of the fund");
        var name = $"Lottery: Welfare lottery ({n:N0} outlets)";
        // Background work off: the module's daily jobs must not run inside a measurement.
        await using var session = await BenchSession.StartAsync(options, "lottery", "--Minzheng:BackgroundWork=false");
        using var http = session.Api.Client();
        http.Timeout = TimeSpan.FromMinutes(20);
        var district = HostLayout.FirstDistrict(options.HostDir);
        var file = Path.Combine(session.DataFolder, district.Id, "lottery.db");
        if (!File.Exists(file) || (await http.GetAsync("/api/lottery/fund")).StatusCode == HttpStatusCode.NotFound)
        {
            report.Add(new ResultRow(name, "not available", "—", "—", Target, null, $"the lottery module is not installed or not enabled in district {district.Id}"));
            return;
        }
        var connectionString = $"Data Source={file};Pooling=False";
        var today = TimeProvider.System.BeijingToday();
        var seedClock = Stopwatch.StartNew();
        var seeded = Seed(connectionString, district, n, today);
        var md = new StringBuilder().AppendLine($"Seeded straight into `lottery.db` in {seedClock.Elapsed.TotalSeconds:F0} s "
            + $"({new FileInfo(file).Length / 1024 / 1024:N0} MB): {n:N0} open outlets ({seeded.Dedicated:N0} 专营, {n - seeded.Dedicated:N0} 兼营) over "
            + $"{seeded.Villages} villages within a few km of {BaseLatitude}N {BaseLongitude}E, {seeded.Schools:N0} schools, {seeded.Sales:N0} monthly sales "
            + $"({seeded.FirstMonth:yyyy-MM} to {seeded.FirstMonth.AddMonths(59):yyyy-MM}, from each outlet's opening, 3–5 game kinds each) under 60 imports, "
            + $"{seeded.Projects:N0} fund projects with {seeded.Movements:N0} movements ({seeded.Reversals:N0} reversals), the fund's balance "
            + $"{seeded.FundBalance / 100m:N2} 元 and the projects' {seeded.ProjectBalances / 100m:N2} 元 as the movements sum them.").AppendLine();
        Console.WriteLine("   " + md.ToString().Trim());

        await SitingAsync(report, md, http, connectionString, district, seeded);
        await ImportsAsync(report, md, http, connectionString, district, seeded, today);
        await ReportsAsync(report, md, http, connectionString, today.Year - 1);
        await FundAsync(report, md, http, connectionString, today.Year);
        report.Section("Lottery — what was measured", md.ToString());
    }

    // ---------------------------------------------------------------- siting

    private sealed record Place(string Kind, string Name, int Meters);

    private static async Task SitingAsync(Report report, StringBuilder md, HttpClient http, string connectionString, District district, Seeded seeded)
    {
        var random = new Random(11);
        var (module, baseline) = (new List<double>(), new List<double>());
        var (differ, firstDifference) = (0, (string?)null);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        for (var i = 0; i < Applications + WarmUps; i++)
        {
            // A new place among the seeded outlets: 30–300 m from one of them, in its village.
            var near = seeded.Outlets[random.Next(seeded.Outlets.Count)];
            var (lat, lon) = Offset(near.Latitude, near.Longitude, random.Next(30, 300), random.NextDouble() * 2 * Math.PI);
            var clock = Stopwatch.StartNew();
            var expected = await NearestAsync(connection, lat, lon, 5);
            var b = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            using var response = await http.PostAsJsonAsync("/api/lottery/outlets", new
            {
                name = $"中国福利彩票申请{i + 1}号投注站", kind = "dedicated", operatorName = $"申请人{i + 1:D2}",
                operatorIdNumber = IdNumberOf(new DateOnly(1980, 1, 1).AddDays(37 * i), 901 + 2 * (i % 49), district.DivisionCode),
                address = $"{near.VillageName}申请路{i + 1}号", divisionCode = near.Village, latitude = lat, longitude = lon, premises = "自有门面30平方米",
            });
            var body = await response.Content.ReadAsStringAsync();
            var m = clock.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"POST /api/lottery/outlets: {(int)response.StatusCode} {body}");
            var answered = JsonDocument.Parse(body).RootElement.GetProperty("siting").GetProperty("nearest").EnumerateArray()
                .Select(p => new Place(p.GetProperty("kind").GetString()!, p.GetProperty("name").GetString()!, p.GetProperty("meters").GetInt32())).ToList();
            // The module lists the nearest 3 of each kind: they must be the baseline's first 3.
            var wanted = expected.Where(p => p.Kind == "school").Take(3).Concat(expected.Where(p => p.Kind == "outlet").Take(3)).ToList();
            if (!answered.SequenceEqual(wanted))
            {
                differ++;
                firstDifference ??= $"module {string.Join("、", answered.Select(p => $"{p.Name} {p.Meters} m"))}; baseline {string.Join("、", wanted.Select(p => $"{p.Name} {p.Meters} m"))}";
            }
            if (i < WarmUps) continue;
            (module, baseline) = ([.. module, m], [.. baseline, b]);
        }
        var (p50, b50) = (Percentile(module, 0.5), Percentile(baseline, 0.5));
        report.Add(new ResultRow($"Lottery: Outlet application with its siting check (`POST outlets`, {seeded.Schools:N0} schools and {seeded.Dedicated:N0} open 专营 outlets "
                + $"to measure from; median of {Applications})", Report.Ms(p50), $"{Report.Ms(b50)} (raw `SELECT` of the coordinates, haversine in C#, nearest 5)",
            Report.Times(p50 / b50), Target, null, differ == 0 ? null : $"nearest places differ in {differ} of {Applications + WarmUps}: {firstDifference}"));
        md.AppendLine($"**Siting check**: {Applications} applications (after {WarmUps} warm-up ones) of a 专营 outlet each 30–300 m from a seeded outlet, in its "
                      + "village, each by a new synthetic operator (a valid ID number), timed at the client with the outlet and its first history step saved; "
                      + "each right after the baseline on one open connection: every current school's and open 专营 outlet's coordinates read (what the rule "
                      + "measures from), the haversine distance of each in C#, the nearest 5 of each kind kept. The module's nearest 3 of each kind (names and "
                      + "metres) must be the baseline's first 3.").AppendLine();
    }

    /// <summary>The nearest <paramref name="keep"/> current schools and open 专营 outlets to a point, as the siting rule measures (rounded metres).</summary>
    private static async Task<List<Place>> NearestAsync(SqliteConnection connection, double latitude, double longitude, int keep)
    {
        var places = new List<Place>();
        foreach (var (kind, sql) in new[]
                 {
                     ("school", """SELECT "Name", "Latitude", "Longitude" FROM schools WHERE "RemovedOn" IS NULL"""),
                     ("outlet", """SELECT "Name", "Latitude", "Longitude" FROM outlets WHERE "Status" = 2 AND "Kind" = 1"""),
                 })
        {
            var found = new List<(string Name, double Meters)>();
            await using var command = Command(connection, sql);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) found.Add((reader.GetString(0), Haversine(latitude, longitude, reader.GetDouble(1), reader.GetDouble(2))));
            places.AddRange(found.OrderBy(f => f.Meters).Take(keep).Select(f => new Place(kind, f.Name, (int)Math.Round(f.Meters))));
        }
        return places;
    }

    // The great-circle distance in metres, written as the module's GeoPoint.MetersTo (the same radius, the same steps).
    private static double Haversine(double latitude, double longitude, double otherLatitude, double otherLongitude)
    {
        const double earthRadiusMeters = 6_371_008.8;
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(otherLatitude - latitude);
        var dLon = Radians(otherLongitude - longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(latitude)) * Math.Cos(Radians(otherLatitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * earthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    // ---------------------------------------------------------------- the month's sales file

    private readonly record struct FileRow(string Station, string Game, decimal Amount);

    private sealed record ImportCounts(int Rows, int Created, int Replaced, int Unchanged, int Failed, decimal Difference)
    {
        public override string ToString() =>
            $"{Rows:N0} rows: {Created:N0} new, {Replaced:N0} replaced ({Difference:+#,0.00;−#,0.00;0.00} 元), {Unchanged:N0} unchanged, {Failed:N0} refused";
    }

    private static async Task ImportsAsync(Report report, StringBuilder md, HttpClient http, string connectionString, District district, Seeded seeded, DateOnly today)
    {
        // The columns as the module's template names them, in its order.
        var header = Workbook(await http.GetByteArrayAsync("/api/lottery/sales/imports/template.xlsx")).FirstOrDefault()
                     ?? throw new InvalidOperationException("the sales import's template has no header row");
        var month = new DateOnly(today.Year, today.Month, 1);
        var random = new Random(17);
        var rows = seeded.Outlets.SelectMany(o => Games.Select(g => new FileRow(o.StationNumber, g.Game, Yuan(g.Level * (0.5 + random.NextDouble()))))).ToList();
        var changed = rows.Select((r, i) => i % 10 == 3 ? r with { Amount = r.Amount + (random.Next(2) == 0 ? 1 : -1) * Yuan(1 + random.NextDouble() * 0.1 * (double)r.Amount) } : r)
            .ToList();
        var first = Csv(header, month, rows);
        var runs = new (string Label, string FileName, byte[] File)[]
        {
            ("new", $"销量{month:yyyy-MM}.csv", first),
            ("the same file again", $"销量{month:yyyy-MM}（重发）.csv", first),
            ("10% of the amounts changed", $"销量{month:yyyy-MM}（更正）.csv", Csv(header, month, changed)),
        };
        foreach (var (label, fileName, file) in runs)
        {
            // The baseline's import, timed and then undone, so that the module starts from the same figures.
            var clock = Stopwatch.StartNew();
            var (expected, undo) = BaselineImport(connectionString, file, fileName, district.DivisionCode, today);
            var baselineMs = clock.Elapsed.TotalMilliseconds;
            Undo(connectionString, undo);
            using var content = new MultipartFormDataContent { { new ByteArrayContent(file), "file", fileName } };
            clock.Restart();
            using var response = await http.PostAsync("/api/lottery/sales/imports", content);
            var body = await response.Content.ReadAsStringAsync();
            var moduleMs = clock.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"POST /api/lottery/sales/imports: {(int)response.StatusCode} {body}");
            var json = JsonDocument.Parse(body).RootElement;
            var counts = new ImportCounts(json.GetProperty("rows").GetInt32(), json.GetProperty("created").GetInt32(), json.GetProperty("replaced").GetInt32(),
                json.GetProperty("unchanged").GetInt32(), json.GetProperty("failed").GetInt32(), json.GetProperty("difference").GetDecimal());
            Console.WriteLine($"   sales import, {label}: {moduleMs:F0} ms, {counts} (baseline {baselineMs:F0} ms, {expected})");
            report.Add(new ResultRow($"Lottery: Sales file {month:yyyy-MM}, {label} (`POST sales/imports`, {counts.Rows:N0} rows: {counts.Created:N0} new, "
                    + $"{counts.Replaced:N0} replaced, {counts.Unchanged:N0} unchanged)", Report.Ms(moduleMs),
                $"{Report.Ms(baselineMs)} (prepared `INSERT`/`UPDATE`s, one transaction)", Report.Times(moduleMs / baselineMs), Target, null,
                counts == expected ? null : $"module {counts}; baseline {expected}"));
        }
        md.AppendLine($"**Sales import**: this month's file from the sales centre for every outlet and each of the {Games.Length} game kinds "
                      + $"({rows.Count:N0} rows, CSV under the header of `GET sales/imports/template.xlsx`, {first.Length / 1024:N0} KB), uploaded and "
                      + "imported in the request (nothing in the background to follow), timed at the client; then the same file again (every figure "
                      + "unchanged), then with one row in ten changed by up to 10% (replaced, the previous figure kept and the difference summed). Each "
                      + "right after the baseline: the same CSV parsed, the outlets read by 网点编号 and the month's figures read, each row checked (month, "
                      + "outlet open, game, amount, repeated row), then prepared `INSERT`s of the new figures, `UPDATE`s of the replaced ones with their "
                      + "`sale_revisions` row, and the import's row, in one transaction with its commit — then undone, untimed. The counts (and the "
                      + "difference) must match. The module also audits every figure it adds or replaces, which the baseline does not.").AppendLine();
    }

    /// <summary>The file as the module's template lays it out: its header, then one row per outlet and game of <paramref name="month"/>.</summary>
    private static byte[] Csv(IReadOnlyList<string> header, DateOnly month, IEnumerable<FileRow> rows)
    {
        var csv = new StringBuilder().AppendJoin(',', header).Append("\r\n");
        foreach (var row in rows)
        {
            csv.AppendJoin(',', header.Select(column => column switch
            {
                "月份" => month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                "网点编号" => row.Station,
                "游戏类别" => row.Game,
                "销售额（元）" => row.Amount.ToString("0.00", CultureInfo.InvariantCulture),
                _ => throw new InvalidOperationException($"the sales import's template has a column the bench does not fill: {column}"),
            })).Append("\r\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private sealed record ImportUndo(string ImportId, List<(string SaleId, decimal Amount, string ImportId)> Replaced);

    /// <summary>
    /// The same file imported by raw SQL as the module's rules read it: parsed, the outlets and the month's figures read, each
    /// row checked, the new figures inserted and the changed ones updated with a revision, the import's row, one transaction.
    /// </summary>
    private static (ImportCounts Counts, ImportUndo Undo) BaselineImport(string connectionString, byte[] file, string fileName, string districtCode, DateOnly today)
    {
        var lines = Encoding.UTF8.GetString(file).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var (monthAt, outletAt, gameAt, amountAt) = (Array.IndexOf(header, "月份"), Array.IndexOf(header, "网点编号"), Array.IndexOf(header, "游戏类别"), Array.IndexOf(header, "销售额（元）"));
        var parsed = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var importId = Guid.NewGuid().ToString().ToUpperInvariant();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var outlets = new Dictionary<string, (string Id, string Village, DateOnly? Opened, DateOnly? Closed)>();
        using (var command = Command(connection, """SELECT "Id", "StationNumber", "DivisionCode", "OpenedOn", "ClosedOn" FROM outlets WHERE "StationNumber" IS NOT NULL"""))
        {
            command.Transaction = transaction;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                outlets[reader.GetString(1)] = (reader.GetString(0), reader.GetString(2), reader.IsDBNull(3) ? null : DateOnly.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
                    reader.IsDBNull(4) ? null : DateOnly.Parse(reader.GetString(4), CultureInfo.InvariantCulture));
            }
        }
        var months = parsed.Select(cells => DateOnly.TryParseExact(cells[monthAt] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : default)
            .Where(m => m != default).Distinct().ToList();
        var kept = new Dictionary<(string Outlet, DateOnly Month, string Game), (string Id, decimal Amount, string ImportId)>();
        foreach (var month in months)
        {
            using var command = Command(connection, """SELECT "Id", "OutletId", "Game", "Amount", "ImportId" FROM sales WHERE "Month" = $month""", ("$month", Day(month)!));
            command.Transaction = transaction;
            using var reader = command.ExecuteReader();
            while (reader.Read()) kept[(reader.GetString(1), month, reader.GetString(2))] = (reader.GetString(0), reader.GetDecimal(3), reader.GetString(4));
        }
        using var sales = new SqliteInsert(connection, transaction, "sales", "Id", "OutletId", "DivisionCode", "Month", "Game", "Amount", "ImportId");
        using var revisions = new SqliteInsert(connection, transaction, "sale_revisions", "Id", "SaleId", "DivisionCode", "ImportId", "Row", "Previous", "Amount");
        using var update = Command(connection, """UPDATE sales SET "Amount" = $amount, "ImportId" = $import WHERE "Id" = $id""", ("$amount", 0m), ("$import", importId), ("$id", ""));
        update.Transaction = transaction;
        update.Prepare();
        var inFile = new HashSet<(string, DateOnly, string)>();
        var games = Games.Select(g => g.Game).ToHashSet();
        var (created, replaced, unchanged, failed, createdAmount, difference) = (0, 0, 0, 0, 0m, 0m);
        var undo = new ImportUndo(importId, []);
        for (var i = 0; i < parsed.Count; i++)
        {
            var cells = parsed[i];
            var ok = DateOnly.TryParseExact(cells[monthAt] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month <= thisMonth;
            ok &= outlets.TryGetValue(cells[outletAt], out var outlet) && outlet.Opened is { } opened && opened <= month.AddMonths(1).AddDays(-1)
                  && (outlet.Closed is not { } closed || closed > month);
            ok &= games.Contains(cells[gameAt]);
            ok &= decimal.TryParse(cells[amountAt], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0 && decimal.Round(amount, 2) == amount;
            if (!ok || !inFile.Add((outlet.Id, month, cells[gameAt])))
            {
                failed++;
                continue;
            }
            if (!kept.TryGetValue((outlet.Id, month, cells[gameAt]), out var sale))
            {
                sales.Run(Guid.NewGuid().ToString().ToUpperInvariant(), outlet.Id, outlet.Village, Day(month), cells[gameAt], amount, importId);
                (created, createdAmount) = (created + 1, createdAmount + amount);
            }
            else if (sale.Amount == amount)
            {
                unchanged++;
            }
            else
            {
                (update.Parameters["$amount"].Value, update.Parameters["$id"].Value) = (amount, sale.Id);
                update.ExecuteNonQuery();
                revisions.Run(Guid.NewGuid().ToString().ToUpperInvariant(), sale.Id, outlet.Village, importId, i + 2, sale.Amount, amount);
                undo.Replaced.Add(sale);
                (replaced, difference) = (replaced + 1, difference + amount - sale.Amount);
            }
        }
        using (var imports = new SqliteInsert(connection, transaction, "sales_imports", "Id", "FileName", "ImportedAt", "StaffName", "DivisionCode", "Rows", "Created",
                   "Replaced", "Unchanged", "Failed", "CreatedAmount", "Difference", "RowErrors"))
        {
            imports.Run(importId, fileName, DateTimeOffset.UtcNow.UtcTicks, "基准", districtCode, parsed.Count, created, replaced, unchanged, failed, createdAmount, difference, "[]");
        }
        transaction.Commit();
        return (new ImportCounts(parsed.Count, created, replaced, unchanged, failed, difference), undo);
    }

    /// <summary>Puts the figures back as they were before the baseline's import, and removes its revisions and its import.</summary>
    private static void Undo(string connectionString, ImportUndo undo)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var restore = Command(connection, """UPDATE sales SET "Amount" = $amount, "ImportId" = $import WHERE "Id" = $id""", ("$amount", 0m), ("$import", ""), ("$id", "")))
        {
            restore.Transaction = transaction;
            foreach (var (id, amount, import) in undo.Replaced)
            {
                (restore.Parameters["$amount"].Value, restore.Parameters["$import"].Value, restore.Parameters["$id"].Value) = (amount, import, id);
                restore.ExecuteNonQuery();
            }
        }
        // What is left with the baseline's import id is what it added.
        foreach (var sql in new[] { """DELETE FROM sales WHERE "ImportId" = $id""", """DELETE FROM sale_revisions WHERE "ImportId" = $id""", """DELETE FROM sales_imports WHERE "Id" = $id""" })
        {
            using var command = Command(connection, sql, ("$id", undo.ImportId));
            command.Transaction = transaction;
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    // ---------------------------------------------------------------- sales report

    private sealed record ReportLine(string Key, int Outlets, long Fen);

    private static async Task ReportsAsync(Report report, StringBuilder md, HttpClient http, string connectionString, int year)
    {
        var period = $"from={year}-01&to={year}-12";
        (string, object)[] months = [("$from", $"{year}-01-01"), ("$to", $"{year}-12-01")];
        const string townSql = """
            SELECT substr("DivisionCode", 1, 9), COUNT(DISTINCT "OutletId"), SUM(CAST(ROUND("Amount" * 100) AS INTEGER)) FROM sales
            WHERE "Month" >= $from AND "Month" <= $to GROUP BY substr("DivisionCode", 1, 9) ORDER BY 1
            """;
        const string outletSql = """
            SELECT o."StationNumber", 1, s."Fen" FROM (
                SELECT "OutletId", SUM(CAST(ROUND("Amount" * 100) AS INTEGER)) AS "Fen" FROM sales WHERE "Month" >= $from AND "Month" <= $to GROUP BY "OutletId") s
            JOIN outlets o ON o."Id" = s."OutletId" ORDER BY s."Fen" DESC, s."OutletId"
            """;
        const string totalSql = """
            SELECT '合计', COUNT(DISTINCT "OutletId"), SUM(CAST(ROUND("Amount" * 100) AS INTEGER)) FROM sales WHERE "Month" >= $from AND "Month" <= $to
            """;

        var townBase = await MedianAsync(() => LinesAsync(connectionString, townSql, months), Runs);
        var town = await MedianAsync(async () => Page(await GetJsonAsync(http, $"/api/lottery/sales/report?by=town&{period}&pageSize=200")), Runs);
        report.Add(new ResultRow($"Lottery: Sales report {year} by town (`GET sales/report?by=town`, {town.Value.Total:N0} towns)", Report.Ms(town.Ms),
            $"{Report.Ms(townBase.Ms)} (raw `GROUP BY` town)", Report.Times(town.Ms / townBase.Ms), Target, null,
            Compare(town.Value.Lines, town.Value.Total, townBase.Value, townBase.Value.Count, "towns")));

        var outletBase = await MedianAsync(() => LinesAsync(connectionString, outletSql, months), Runs);
        var outlet = await MedianAsync(async () => Page(await GetJsonAsync(http, $"/api/lottery/sales/report?by=outlet&{period}&pageSize=200")), Runs);
        report.Add(new ResultRow($"Lottery: Sales report {year} by outlet (`GET sales/report?by=outlet`, first page of {outlet.Value.Lines.Count:N0} and the total, "
                + $"{outlet.Value.Total:N0})", Report.Ms(outlet.Ms), $"{Report.Ms(outletBase.Ms)} (raw `GROUP BY` outlet, every row read)",
            Report.Times(outlet.Ms / outletBase.Ms), Target, null,
            Compare(outlet.Value.Lines, outlet.Value.Total, [.. outletBase.Value.Take(outlet.Value.Lines.Count)], outletBase.Value.Count, "outlets")));

        var workbookBase = await MedianAsync(async () => (await LinesAsync(connectionString, outletSql, months)).Concat(await LinesAsync(connectionString, totalSql, months)).ToList(), Runs);
        var workbook = await MedianAsync(async () => await http.GetByteArrayAsync($"/api/lottery/sales/report.xlsx?by=outlet&{period}"), Runs);
        var cells = Workbook(workbook.Value).Skip(1).ToList();
        var lines = cells.Select(r => new ReportLine(r[0], int.Parse(r[2], CultureInfo.InvariantCulture), Fen(decimal.Parse(r[3], CultureInfo.InvariantCulture)))).ToList();
        report.Add(new ResultRow($"Lottery: Sales report {year} by outlet as XLSX (`GET sales/report.xlsx?by=outlet`, {lines.Count - 1:N0} rows and the total, "
                + $"{workbook.Value.Length / 1024:N0} KB)", Report.Ms(workbook.Ms), $"{Report.Ms(workbookBase.Ms)} (the raw `GROUP BY` outlet and the total, every row read)",
            Report.Times(workbook.Ms / workbookBase.Ms), Target, null, Compare(lines, lines.Count, workbookBase.Value, workbookBase.Value.Count, "rows")));
        md.AppendLine($"**Sales report**: {year}'s sales (January to December), the median of {Runs} calls each: by town (every town on one page) against the "
                      + "raw `GROUP BY` of the village code's first 9 digits; by outlet, the first page of 200 (the largest first) with the total, against the "
                      + "`GROUP BY` outlet joined to the outlets, every row read; and the same by outlet as the XLSX workbook (every outlet and a total row, "
                      + "which the module builds page by page of 200) against the `GROUP BY` and the total. Each line (outlets with sales and the amount in "
                      + "fen) and the totals must match the baseline's.").AppendLine();
    }

    /// <summary>A report page's lines and its total.</summary>
    private static (List<ReportLine> Lines, int Total) Page(JsonElement page) =>
        ([.. page.GetProperty("items").EnumerateArray().Select(r => new ReportLine(r.GetProperty("key").GetString()!, r.GetProperty("outlets").GetInt32(), Fen(r.GetProperty("amount").GetDecimal())))],
            page.GetProperty("total").GetInt32());

    private static async Task<List<ReportLine>> LinesAsync(string connectionString, string sql, (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<ReportLine>();
        while (await reader.ReadAsync()) lines.Add(new ReportLine(reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? 0 : reader.GetInt64(2)));
        return lines;
    }

    /// <summary>Null when the module's lines and total are the baseline's; else what differs first.</summary>
    private static string? Compare(List<ReportLine> module, int moduleTotal, List<ReportLine> baseline, int baselineTotal, string what)
    {
        if (moduleTotal != baselineTotal) return $"{what}: module {moduleTotal:N0}, baseline {baselineTotal:N0}";
        if (module.Count != baseline.Count) return $"lines compared: module {module.Count:N0}, baseline {baseline.Count:N0}";
        var differ = module.Zip(baseline).Where(p => p.First != p.Second).ToList();
        return differ.Count == 0 ? null : $"{differ.Count:N0} lines differ, first: module {differ[0].First}, baseline {differ[0].Second}";
    }

    // ---------------------------------------------------------------- fund

    private sealed record FundFigures(long Balance, long ProjectBalances, long RaisedThisYear);

    private static async Task FundAsync(Report report, StringBuilder md, HttpClient http, string connectionString, int year)
    {
        var summaryBase = await MedianAsync(async () =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            return new FundFigures(await ScalarAsync(connection, """SELECT "Balance" FROM fund_account"""),
                await ScalarAsync(connection, """SELECT COALESCE(SUM("Balance"), 0) FROM fund_projects"""),
                await ScalarAsync(connection, """
                    SELECT COALESCE(SUM(CASE WHEN "Kind" = 1 THEN "Amount" WHEN "Kind" = 5 AND "ReversedKind" = 1 THEN -"Amount" ELSE 0 END), 0)
                    FROM fund_movements WHERE "Year" = $year
                    """, ("$year", year)));
        }, Runs);
        var summary = await MedianAsync(async () =>
        {
            var json = await GetJsonAsync(http, "/api/lottery/fund");
            return new FundFigures(Fen(json.GetProperty("balance").GetDecimal()), Fen(json.GetProperty("projectBalances").GetDecimal()),
                Fen(json.GetProperty("raisedThisYear").GetDecimal()));
        }, Runs);
        // Untimed: the balances as the movements sum them, which the seeding made them and every posting keeps them.
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            var fromMovements = new FundFigures(await ScalarAsync(connection, """
                    SELECT COALESCE(SUM(CASE "Kind" WHEN 1 THEN "Amount" WHEN 2 THEN -"Amount" WHEN 4 THEN "Amount"
                        WHEN 5 THEN CASE "ReversedKind" WHEN 1 THEN -"Amount" WHEN 2 THEN "Amount" WHEN 4 THEN -"Amount" ELSE 0 END ELSE 0 END), 0) FROM fund_movements
                    """), await ScalarAsync(connection, """
                    SELECT COALESCE(SUM(CASE "Kind" WHEN 2 THEN "Amount" WHEN 3 THEN -"Amount" WHEN 4 THEN -"Amount"
                        WHEN 5 THEN CASE "ReversedKind" WHEN 2 THEN -"Amount" WHEN 3 THEN "Amount" WHEN 4 THEN "Amount" ELSE 0 END ELSE 0 END), 0) FROM fund_movements
                    """), summaryBase.Value.RaisedThisYear);
            var notes = new List<string>();
            if (summary.Value != summaryBase.Value) notes.Add($"module {Figures(summary.Value)}, baseline {Figures(summaryBase.Value)}");
            if (fromMovements != summaryBase.Value) notes.Add($"the balances are not the movements' sums ({Figures(fromMovements)})");
            report.Add(new ResultRow($"Lottery: Fund summary (`GET fund`: balance {summary.Value.Balance / 100m:N2} 元, projects {summary.Value.ProjectBalances / 100m:N2} 元, "
                    + $"raised in {year} {summary.Value.RaisedThisYear / 100m:N2} 元)", Report.Ms(summary.Ms), $"{Report.Ms(summaryBase.Ms)} (raw `SELECT`/`SUM`s)",
                Report.Times(summary.Ms / summaryBase.Ms), Target, null, notes.Count == 0 ? null : string.Join("; ", notes)));
        }

        var movementsBase = await MedianAsync(async () =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = Command(connection, """
                SELECT m."OccurredOn", m."Kind", m."ReversedKind", m."Source", p."Name", m."Amount", m."Note", m."DrawDate", m."ReversesId", m."StaffName"
                FROM fund_movements m LEFT JOIN fund_projects p ON p."Id" = m."ProjectId" ORDER BY m."OccurredOn", m."PostedAt"
                """);
            await using var reader = await command.ExecuteReaderAsync();
            var (rows, fen) = (0, 0L);
            while (await reader.ReadAsync()) (rows, fen) = (rows + 1, fen + reader.GetInt64(5));
            return (Rows: rows, Fen: fen);
        }, Runs);
        var movements = await MedianAsync(async () => await http.GetByteArrayAsync("/api/lottery/fund/movements.xlsx"), Runs);
        var cells = Workbook(movements.Value).Skip(1).ToList();
        var moduleRows = (Rows: cells.Count, Fen: cells.Sum(r => Fen(decimal.Parse(r[4], CultureInfo.InvariantCulture))));
        report.Add(new ResultRow($"Lottery: Fund movements as XLSX (`GET fund/movements.xlsx`, {moduleRows.Rows:N0} rows, {movements.Value.Length / 1024:N0} KB)",
            Report.Ms(movements.Ms), $"{Report.Ms(movementsBase.Ms)} (raw `SELECT` joined to the projects, every row read)", Report.Times(movements.Ms / movementsBase.Ms),
            Target, null, moduleRows == movementsBase.Value ? null
                : $"module {moduleRows.Rows:N0} rows, {moduleRows.Fen / 100m:N2} 元; baseline {movementsBase.Value.Rows:N0} rows, {movementsBase.Value.Fen / 100m:N2} 元"));
        md.AppendLine($"**Fund**: the median of {Runs} calls each. The summary (the account's balance, what the projects hold, this year's receipts less their "
                      + "reversals) against the same three raw queries, figures compared; and, untimed, the account's and the projects' balances against "
                      + "the movements' sums. The movements as XLSX (every movement, oldest first, with its project's name) against the raw `SELECT` joined "
                      + "to the projects, every row read; rows and the sum of the amounts compared.").AppendLine();
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static string Figures(FundFigures f) => $"balance {f.Balance / 100m:N2}, projects {f.ProjectBalances / 100m:N2}, raised {f.RaisedThisYear / 100m:N2} 元";

    // ---------------------------------------------------------------- seeding

    private sealed record SeededOutlet(string Id, string StationNumber, string Village, string VillageName, double Latitude, double Longitude);

    private sealed record Seeded(List<SeededOutlet> Outlets, int Dedicated, int Villages, int Schools, long Sales, DateOnly FirstMonth, int Projects, int Movements,
        int Reversals, long FundBalance, long ProjectBalances);

    /// <summary>
    /// N outlets opened over the last twelve years (every third 专营, one in ten run by a company), each with its two history
    /// steps, spread around the villages' synthetic centres (within 4 km of the base point, the outlets about 400 m around
    /// theirs); N/20 schools likewise; for each outlet and each game kind it sells (双色球, 福彩3D and 快乐8 everywhere,
    /// 即开型 at 70%, 七乐彩 at 20%) a figure for every month of the last five years from its opening, under one import per
    /// month; and the fund (see <see cref="SeedFund"/>).
    /// </summary>
    private static Seeded Seed(string connectionString, District district, int count, DateOnly today)
    {
        var random = new Random(20261206);
        var villages = district.Towns.SelectMany(t => t.Villages).ToList();
        var centres = villages.Select(_ => Around(BaseLatitude, BaseLongitude, 4_000 * Math.Sqrt(random.NextDouble()), random)).ToList();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var firstMonth = thisMonth.AddMonths(-60);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var outlets = new SqliteInsert(connection, transaction, "outlets", "Id", "Name", "Kind", "StationNumber", "OperatorName", "OperatorIdentifier",
            "OperatorIsOrganisation", "Address", "DivisionCode", "Latitude", "Longitude", "Premises", "Status", "AppliedOn", "OpenedOn", "ClosedOn", "Reason", "Version");
        using var steps = new SqliteInsert(connection, transaction, "outlet_steps", "Id", "OutletId", "At", "Title", "StaffId", "StaffName", "Note");
        using var schools = new SqliteInsert(connection, transaction, "schools", "Id", "Name", "Address", "DivisionCode", "Latitude", "Longitude", "RemovedOn",
            "RemovedBy", "RemovalReason", "Version");
        using var sales = new SqliteInsert(connection, transaction, "sales", "Id", "OutletId", "DivisionCode", "Month", "Game", "Amount", "ImportId");
        using var imports = new SqliteInsert(connection, transaction, "sales_imports", "Id", "FileName", "ImportedAt", "StaffName", "DivisionCode", "Rows", "Created",
            "Replaced", "Unchanged", "Failed", "CreatedAmount", "Difference", "RowErrors");

        var seeded = new List<SeededOutlet>();
        var (dedicated, saleCount) = (0, 0L);
        var (perMonth, amountPerMonth) = (new int[60], new decimal[60]);
        for (var i = 0; i < count; i++)
        {
            var v = i % villages.Count;
            var village = villages[v];
            var (lat, lon) = Around(centres[v].Latitude, centres[v].Longitude, 400 * Math.Abs(Normal(random)), random);
            var kind = i % 3 == 0 ? 1 : 2;
            dedicated += kind == 1 ? 1 : 0;
            var company = i % 10 == 7;
            var station = $"{district.DivisionCode}{i + 1:D5}";
            var opened = today.AddDays(-random.Next(60, 12 * 365));
            var applied = opened.AddDays(-random.Next(15, 60));
            var id = Id(1, i);
            var first17 = company ? $"91{district.DivisionCode}MA{i:D7}" : $"{district.DivisionCode}{new DateOnly(1960, 1, 1).AddDays(random.Next(30 * 365)):yyyyMMdd}{random.Next(100, 900):D3}";
            outlets.Run(id, $"中国福利彩票{station}号投注站", kind, station, company ? $"{village.Name}便民商贸有限公司{i + 1}" : $"业主{i + 1:D5}",
                first17 + (company ? CreditCode.CheckCharacter(first17) : IdNumber.ComputeCheckCharacter(first17)), company ? 1 : 0, $"{village.Name}福彩路{i + 1}号",
                village.Code, lat, lon, kind == 1 ? "自有门面30平方米" : "租赁门面，兼营便利店", 2, Day(applied), Day(opened), null, null, 1);
            steps.Run(Id(2, 2L * i), id, Ticks(applied), "受理设立申请", "bench", "基准数据", "选址核查通过");
            steps.Run(Id(2, 2L * i + 1), id, Ticks(opened), "批准设立", "bench", "基准数据", null);
            seeded.Add(new SeededOutlet(id, station, village.Code, village.Name, lat, lon));

            var openedMonth = new DateOnly(opened.Year, opened.Month, 1);
            var from = openedMonth > firstMonth ? openedMonth : firstMonth;
            foreach (var (game, level) in Games)
            {
                if ((game == "即开型" && random.NextDouble() >= 0.7) || (game == "七乐彩" && random.NextDouble() >= 0.2)) continue;
                var outletLevel = level * (kind == 1 ? 1.5 : 1) * (0.5 + random.NextDouble());
                for (var month = from; month < thisMonth; month = month.AddMonths(1))
                {
                    var m = (month.Year - firstMonth.Year) * 12 + month.Month - firstMonth.Month;
                    var amount = Yuan(outletLevel * (0.8 + 0.4 * random.NextDouble()));
                    sales.Run(Id(4, saleCount++), id, village.Code, Day(month), game, amount, Id(5, m));
                    (perMonth[m], amountPerMonth[m]) = (perMonth[m] + 1, amountPerMonth[m] + amount);
                }
            }
        }
        for (var m = 0; m < 60; m++)
        {
            var month = firstMonth.AddMonths(m);
            imports.Run(Id(5, m), $"销量{month:yyyy-MM}.xlsx", Ticks(month.AddMonths(1).AddDays(9)), "基准数据", district.DivisionCode, perMonth[m], perMonth[m], 0, 0, 0,
                amountPerMonth[m], 0m, "[]");
        }
        var schoolCount = Math.Max(1, count / 20);
        for (var k = 0; k < schoolCount; k++)
        {
            var v = k * 7 % villages.Count;
            var (lat, lon) = Around(centres[v].Latitude, centres[v].Longitude, 500 * Math.Abs(Normal(random)), random);
            schools.Run(Id(3, k), $"{villages[v].Name}第{k / villages.Count + 1}小学", $"{villages[v].Name}学府路{k + 1}号", villages[v].Code, lat, lon, null, null, null, 1);
        }
        var fund = SeedFund(connection, transaction, district, Math.Max(1, count / 10), today, random);
        transaction.Commit();
        return new Seeded(seeded, dedicated, villages.Count, schoolCount, saleCount, firstMonth, fund.Projects, fund.Movements, fund.Reversals, fund.Balance,
            fund.ProjectBalances);
    }

    private enum Planned { Receipt, Allocation, Disbursement, Return, Reversal }

    // A movement to post on its day: a receipt or an allocation of an amount, a disbursement of a share of its project's balance,
    // a return of all of it, a reversal of the movement that another plan (Target) posted.
    private sealed record Plan(int Key, DateOnly On, Planned What, int Project = -1, long Amount = 0, double Share = 0, int Source = 0, DateOnly? Draw = null,
        string Note = "", int Target = -1);

    private sealed record Posted(string Id, int Kind, int? Source, int Project, long Amount);

    /// <summary>
    /// Five years of the 公益金 ledger, posted in date order as the module posts them, so that no balance goes below zero and
    /// the account's and each project's balance are the sums of their movements: an opening receipt, 本级留成 monthly,
    /// 上级下达 quarterly, unclaimed prizes every other month (60–120 days after the draw), interest yearly; the projects'
    /// allocations (one or two), disbursements (two to six, each a share of what is left), a return of the rest for some;
    /// one receipt in 30 and one disbursement in 25 reversed a few days later.
    /// </summary>
    private static (int Projects, int Movements, int Reversals, long Balance, long ProjectBalances) SeedFund(SqliteConnection connection, SqliteTransaction transaction,
        District district, int projectCount, DateOnly today, Random random)
    {
        string[] purposes = ["养老服务设施建设", "残疾人康复服务", "儿童福利和未成年人保护", "社区服务设施改造", "困难群众救助", "社会组织公益活动"];
        var start = today.AddYears(-5);
        var span = today.DayNumber - start.DayNumber;
        var plans = new List<Plan>();
        int Key() => plans.Count;
        var budgets = Enumerable.Range(0, projectCount).Select(_ => random.Next(50_000, 500_000) * 100L).ToList();
        var total = budgets.Sum() * 1.2;
        plans.Add(new Plan(Key(), start, Planned.Receipt, Amount: WholeYuan(total * 0.1), Source: 4, Note: "上年结转"));
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= today; month = month.AddMonths(1))
        {
            plans.Add(new Plan(Key(), month.AddDays(14), Planned.Receipt, Amount: WholeYuan(total * 0.35 / 60 * (0.8 + 0.4 * random.NextDouble())), Source: 2, Note: $"{month:yyyy年M月}本级留成"));
            if (month.Month % 3 == 0)
            {
                plans.Add(new Plan(Key(), month.AddDays(19), Planned.Receipt, Amount: WholeYuan(total * 0.5 / 20 * (0.8 + 0.4 * random.NextDouble())), Source: 1,
                    Note: $"上级下达{month.Year}年第{month.Month / 3}季度彩票公益金"));
            }
            if (month.Month % 2 == 0)
            {
                plans.Add(new Plan(Key(), month.AddDays(24), Planned.Receipt, Amount: WholeYuan(total * 0.08 / 30 * (0.5 + random.NextDouble())), Source: 3,
                    Draw: month.AddDays(24 - random.Next(60, 120)), Note: "逾期未兑奖奖金转入"));
            }
            if (month.Month == 12) plans.Add(new Plan(Key(), month.AddDays(20), Planned.Receipt, Amount: WholeYuan(total * 0.02 / 5), Source: 4, Note: "利息收入"));
        }
        foreach (var receipt in plans.Where(p => p.What == Planned.Receipt).Where((_, i) => i % 30 == 29).ToList())
        {
            plans.Add(new Plan(Key(), receipt.On.AddDays(random.Next(2, 10)), Planned.Reversal, Target: receipt.Key, Note: "冲销：重复登记"));
        }
        var created = new DateOnly[projectCount];
        for (var k = 0; k < projectCount; k++)
        {
            created[k] = start.AddDays(random.Next(span - 30));
            var twice = random.Next(2) == 0;
            plans.Add(new Plan(Key(), created[k].AddDays(random.Next(3, 20)), Planned.Allocation, k, twice ? budgets[k] * 6 / 10 : budgets[k], Note: "拨付项目资金"));
            if (twice) plans.Add(new Plan(Key(), created[k].AddDays(random.Next(60, 150)), Planned.Allocation, k, budgets[k] * 4 / 10, Note: "拨付项目二期资金"));
            for (var d = random.Next(2, 7); d > 0; d--)
            {
                var disbursement = new Plan(Key(), created[k].AddDays(random.Next(20, 400)), Planned.Disbursement, k, Share: 0.3 + 0.5 * random.NextDouble(), Note: "项目支出");
                plans.Add(disbursement);
                if (random.Next(25) == 0) plans.Add(new Plan(Key(), disbursement.On.AddDays(random.Next(3, 15)), Planned.Reversal, Target: disbursement.Key, Note: "冲销：支出金额有误"));
            }
            if (random.Next(100) < 15) plans.Add(new Plan(Key(), created[k].AddDays(420), Planned.Return, k, Note: "项目结余缴回"));
        }

        using var movements = new SqliteInsert(connection, transaction, "fund_movements", "Id", "Kind", "Source", "ProjectId", "DivisionCode", "Amount", "OccurredOn",
            "Year", "DrawDate", "Note", "ReversesId", "ReversedKind", "PostedAt", "StaffId", "StaffName");
        var towns = district.Towns;
        var divisionOf = Enumerable.Range(0, projectCount).Select(k => k % 10 < 7 ? towns[k % towns.Count].Code : district.DivisionCode).ToList();
        var (fund, fundVersion) = (0L, 1);
        var (balances, versions) = (new long[projectCount], Enumerable.Repeat(1, projectCount).ToArray());
        var posted = new Dictionary<int, Posted>();
        var (count, reversals) = (0, 0);
        foreach (var plan in plans.Where(p => p.On <= today).OrderBy(p => p.On).ThenBy(p => p.Key))
        {
            var (kind, source, project, amount, reverses, reversedKind) = (0, (int?)null, plan.Project, 0L, (string?)null, (int?)null);
            switch (plan.What)
            {
                case Planned.Receipt:
                    (kind, source, amount) = (1, plan.Source, plan.Amount);
                    break;
                case Planned.Allocation:
                    (kind, amount) = (2, Math.Min(plan.Amount, fund) / 100 * 100);
                    break;
                case Planned.Disbursement:
                    (kind, amount) = (3, (long)(balances[project] * plan.Share) / 100 * 100);
                    break;
                case Planned.Return:
                    (kind, amount) = (4, balances[project]);
                    break;
                default:
                    if (!posted.TryGetValue(plan.Target, out var target) || (target.Kind == 1 && fund < target.Amount)) continue;
                    (kind, source, project, amount, reverses, reversedKind) = (5, target.Source, target.Project, target.Amount, target.Id, target.Kind);
                    reversals++;
                    break;
            }
            if (amount <= 0) continue;
            // The effect of each kind (a reversal the opposite of what it undoes), and the versions a posting moves.
            var (fundEffect, projectEffect) = (reversedKind ?? kind) switch
            {
                1 => (amount, 0L),
                2 => (-amount, amount),
                3 => (0L, -amount),
                _ => (amount, -amount),
            };
            if (kind == 5) (fundEffect, projectEffect) = (-fundEffect, -projectEffect);
            (fund, fundVersion) = (fund + fundEffect, fundVersion + (fundEffect != 0 ? 1 : 0));
            if (project >= 0 && projectEffect != 0) (balances[project], versions[project]) = (balances[project] + projectEffect, versions[project] + 1);
            var id = Id(7, count);
            movements.Run(id, kind, source, project >= 0 ? Id(6, project) : null, project >= 0 ? divisionOf[project] : district.DivisionCode, amount, Day(plan.On),
                plan.On.Year, Day(plan.Draw), plan.Note, reverses, reversedKind, Ticks(plan.On) + count * TimeSpan.TicksPerSecond, "bench", "基准数据");
            posted[plan.Key] = new Posted(id, kind, source, project, amount);
            count++;
        }

        using var projects = new SqliteInsert(connection, transaction, "fund_projects", "Id", "Name", "RecipientName", "RecipientCreditCode", "Purpose", "DivisionCode",
            "Year", "Balance", "CreatedAt", "Version");
        for (var k = 0; k < projectCount; k++)
        {
            var place = divisionOf[k].Length == 9 ? towns.First(t => t.Code == divisionOf[k]).Name : "全区";
            var purpose = purposes[k % purposes.Length];
            var organisation = k % 5 < 2;
            var first17 = $"52{district.DivisionCode}MJ{k:D7}";
            projects.Run(Id(6, k), $"{created[k].Year}年{place}{purpose}项目{k + 1}", organisation ? $"{place}社会工作服务中心{k + 1}" : $"{place}民政服务站",
                organisation ? first17 + CreditCode.CheckCharacter(first17) : null, $"用于{place}{purpose}（基准数据）", divisionOf[k], created[k].Year, balances[k],
                Ticks(created[k]), versions[k]);
        }
        using (var account = Command(connection, """UPDATE fund_account SET "Balance" = $balance, "Version" = $version WHERE "Id" = 1""", ("$balance", fund),
                   ("$version", fundVersion)))
        {
            account.Transaction = transaction;
            if (account.ExecuteNonQuery() != 1) throw new InvalidOperationException("lottery.db has no fund_account row");
        }
        return (projectCount, count, reversals, fund, balances.Sum());
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>The cells of an XLSX workbook's first sheet, row by row, as the platform writes them (inline strings and numbers, no cell references).</summary>
    private static List<List<string>> Workbook(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && !e.FullName.Contains("/_rels/", StringComparison.Ordinal));
        using var stream = sheet.Open();
        return XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "row")
            .Select(row => row.Elements().Where(c => c.Name.LocalName == "c")
                .Select(c => string.Concat(c.Descendants().Where(d => d.Name.LocalName is "t" or "v").Select(d => d.Value))).ToList())
            .ToList();
    }

    /// <summary>A valid ID number (GB 11643) of someone born on <paramref name="birth"/> under <paramref name="division"/>: synthetic, the sequence made up.</summary>
    private static string IdNumberOf(DateOnly birth, int sequence, string division)
    {
        var first17 = $"{division}{birth:yyyyMMdd}{sequence:D3}";
        return first17 + IdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>The point <paramref name="meters"/> from (<paramref name="latitude"/>, <paramref name="longitude"/>) in a random direction.</summary>
    private static (double Latitude, double Longitude) Around(double latitude, double longitude, double meters, Random random) =>
        Offset(latitude, longitude, meters, random.NextDouble() * 2 * Math.PI);

    /// <summary>The point <paramref name="meters"/> from (<paramref name="latitude"/>, <paramref name="longitude"/>) in the direction <paramref name="angle"/> (radians from north).</summary>
    private static (double Latitude, double Longitude) Offset(double latitude, double longitude, double meters, double angle) =>
        (latitude + meters * Math.Cos(angle) / MetersPerDegree, longitude + meters * Math.Sin(angle) / (MetersPerDegree * Math.Cos(latitude * Math.PI / 180)));

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>An amount of 元 to the fen.</summary>
    private static decimal Yuan(double yuan) => decimal.Round((decimal)yuan, 2);

    private static long Fen(decimal yuan) => (long)(yuan * 100);

    /// <summary>An amount of fen rounded to whole 元.</summary>
    private static long WholeYuan(double fen) => (long)Math.Round(fen / 100) * 100;

    /// <summary>10:00 in Beijing on <paramref name="day"/>, as the module stores an instant on SQLite (UTC ticks).</summary>
    private static long Ticks(DateOnly day) => new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).UtcTicks;
}
