using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Minzheng.Modules.Disability.Tests.Api;
using Minzheng.Sdk.Testing;
using Xunit.Abstractions;

namespace Minzheng.Modules.Disability.Tests.Bench;

/// <summary>Runs only when <c>MINZHENG_BENCH=1</c>: a measurement, not a timed test.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    /// <summary>Skips unless asked for.</summary>
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("MINZHENG_BENCH") != "1") Skip = "benchmark: run with MINZHENG_BENCH=1";
    }
}

/// <summary>
/// Generating the roster of a district with 100,000 beneficiaries (each a month behind, so 200,000 lines
/// with arrears). The entitlements are written straight into the module's database: going through the
/// workflow 100,000 times would measure the workflow, not the roster.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class RosterGenerationBenchmark(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Beneficiaries = 100_000;
    private readonly DisabilityHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [BenchmarkFact]
    public async Task Generating_a_month_for_100000_beneficiaries()
    {
        await SeedAsync(Path.Combine(_host.Host.DataFolder, TestDistricts.First, "disability.db"));
        var officer = _host.Client(Staff.Officer);
        officer.Timeout = TimeSpan.FromMinutes(10);
        foreach (var round in new[] { "first", "again (draft regenerated)" })
        {
            var watch = Stopwatch.StartNew();
            var roster = await (await officer.PostAsJsonAsync("/api/disability/rosters", new { month = "2026-06" })).JsonAsync();
            watch.Stop();
            Assert.Equal(Beneficiaries * 2, roster.GetProperty("lineCount").GetInt32());
            output.WriteLine($"{round}: {Beneficiaries} beneficiaries, {roster.GetProperty("lineCount").GetInt32()} lines in {watch.Elapsed.TotalSeconds:0.00} s");
        }
    }

    private static async Task SeedAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO applications (Id, ResidentId, IdNumber, Name, DivisionCode, Kind, AppliedBy, AppliedOn, PaidFromMonth, CertificateNumber,
              Category, Grade, CertificateValidUntil, NeedsLongTermCare, ReceivesWorkInjuryCareAllowance, BankName, BankAccount, Status, ApprovedOn,
              NextReviewOn, Version, Documents)
            VALUES ($id, $resident, $idNumber, '测试', $division, $kind, 1, '2026-05-10', 202605, $idNumber || '41', 4, $grade, '2030-01-01', 1, 0,
              '测试银行', '6230000000000000', 3, '2026-05-20', '2027-05-20', 1, '[]')
            """;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var resident = command.Parameters.Add("$resident", SqliteType.Text);
        var idNumber = command.Parameters.Add("$idNumber", SqliteType.Text);
        var division = command.Parameters.Add("$division", SqliteType.Text);
        var kind = command.Parameters.Add("$kind", SqliteType.Integer);
        var grade = command.Parameters.Add("$grade", SqliteType.Integer);
        for (var i = 0; i < Beneficiaries; i++)
        {
            id.Value = Guid.NewGuid().ToString().ToUpperInvariant();
            resident.Value = Guid.NewGuid().ToString().ToUpperInvariant();
            idNumber.Value = $"500110{19500101 + i % 28:D8}{i % 1000:D3}{i % 10}";
            division.Value = i % 2 == 0 ? TestDistricts.VillageOfWansheng : TestDistricts.VillageOfDonglin;
            kind.Value = 1 + i % 2;
            grade.Value = 1 + i % 2;
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }
}
