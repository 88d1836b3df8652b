using Minzheng.Bench.Infrastructure;

namespace Minzheng.Bench.Scenarios;

/// <summary>
/// 3. Monthly roster for 100,000 beneficiaries: belongs to the disability module, which has not
/// landed. When it does: seed 100,000 beneficiaries, time the module's roster run, and beside it the
/// equivalent single SQL statement on the same database file. Target: under 5 s.
/// </summary>
public static class RosterScenario
{
    public static Task RunAsync(BenchOptions options, Report report)
    {
        Console.WriteLine("== 3. Monthly roster");
        report.Add(new ResultRow("3. Monthly roster, 100,000 beneficiaries", "not available yet", "—", "—", "< 5 s", null,
            "the disability module has not landed"));
        return Task.CompletedTask;
    }
}
