using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
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
/// statuses), one transaction, prepared statements. The platform's import service is being written
/// elsewhere: <see cref="RunPlatformImportAsync"/> is where it gets wired.
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

            long? imported;
            TimeSpan importTime;
            PeakMemory importMemory;
            await using (var fresh = await InProcessHost.BuildAsync(options.HostDir, "import"))
            {
                var clock = Stopwatch.StartNew();
                await using (importMemory = PeakMemory.Start())
                {
                    imported = await RunPlatformImportAsync(fresh, csv, CancellationToken.None);
                }
                importTime = clock.Elapsed;
            }

            var baselineRate = baseline.Rows / baseline.Total.TotalSeconds;
            var baselineText = $"{Report.Rate(baselineRate, "rows/s")}, peak RSS {Report.Mb(baseline.PeakWorkingSet)} (GC heap {Report.Mb(baseline.PeakHeap)})";
            if (imported is null)
            {
                var candidates = typeof(DistrictDirectory).Assembly.GetTypes()
                    .Where(t => t.Namespace?.Contains("Registry", StringComparison.Ordinal) == true && t.Name.Contains("Import", StringComparison.Ordinal)
                                && !t.Name.StartsWith('<'))
                    .Select(t => t.FullName).ToList();
                var note = candidates.Count == 0
                    ? "registry import not available yet: the platform has no import service"
                    : $"registry import not wired yet: the platform now has {string.Join(", ", candidates)} — wire it in ImportScenario.RunPlatformImportAsync";
                report.Add(new ResultRow($"1. Registry import ({options.ImportRows:N0} rows)", "not available yet", baselineText, "—", "≥ 0.50× baseline rate", null, note));
            }
            else
            {
                var rate = imported.Value / importTime.TotalSeconds;
                report.Add(new ResultRow($"1. Registry import ({imported:N0} rows)",
                    $"{Report.Rate(rate, "rows/s")}, peak RSS {Report.Mb(importMemory.PeakWorkingSet)} (GC heap {Report.Mb(importMemory.PeakHeap)})",
                    baselineText, Report.Times(rate / baselineRate), "≥ 0.50× baseline rate", rate >= 0.5 * baselineRate));
            }
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

    /// <summary>
    /// WIRE THE PLATFORM'S REGISTRY IMPORT HERE when it lands: import <paramref name="csvPath"/> (the
    /// exchange format of ResidentCsv, validation included) into <paramref name="host"/>'s first district,
    /// whose registry is empty, and return the number of residents imported. Null: no import service yet.
    /// Time and peak memory are measured around this call.
    /// </summary>
    private static Task<long?> RunPlatformImportAsync(InProcessHost host, string csvPath, CancellationToken cancellationToken)
    {
        // e.g. var import = host.Services.GetRequiredService<ResidentImport>();
        //      await using var file = File.OpenRead(csvPath);
        //      return (await import.ImportAsync(host.DistrictId, file, cancellationToken)).Imported;
        _ = (host, csvPath, cancellationToken);
        return Task.FromResult<long?>(null);
    }

    private sealed record BaselineResult(long Rows, long Households, long Certificates, long Welfare, TimeSpan Total,
        TimeSpan Parse, TimeSpan Validate, TimeSpan Insert, TimeSpan Commit, long PeakWorkingSet, long PeakHeap);

    /// <summary>The raw baseline: read the file, derive what the registry stores, insert it in one transaction.</summary>
    private static async Task<BaselineResult> RawImportAsync(string csvPath, string connectionString)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var registeredAt = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(DateTimeOffset.UtcNow)!;
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
