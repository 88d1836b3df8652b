using Minzheng.Bench.Infrastructure;
using Minzheng.Bench.Scenarios;
using Minzheng.Bench.Serve;

// build/bench/run.sh runs this. "serve" is the benchmark's own instance of the host, started by the
// API scenario as a separate process; anything else runs the scenarios and prints the table.
if (args.Length > 0 && args[0] == "serve")
{
    return await BenchServer.RunAsync(args[1..]);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine("usage: build/bench/run.sh [--quick] [--only import,api,roster,startup,audit,volunteer,socialorg,lottery | 1,2,3,4,5,6] [--residents N] [--beneficiaries N] [--duration S] "
                            + "[--import-rows N] [--audit-entries N] [--volunteers N] [--hour-entries N] [--organisations N] [--outlets N] [--threads N] [--connections N] [--start-runs N] [--out file.md] [--host-setting Key=Value]…");
    return 2;
}

var machine = Machine.Describe();
Console.WriteLine(machine);
var sizes = $"{(options.Quick ? "`--quick` sizes" : "full sizes")}: import {options.ImportRows:N0} rows; API {options.Residents:N0} seeded residents, "
            + $"wrk -t{options.Threads} -c{options.Connections} -d{options.DurationSeconds}s per run; roster {options.Beneficiaries:N0} beneficiaries; start-up {options.StartRuns} runs each; audit {options.AuditEntries:N0} entries; "
            + $"volunteers {options.Volunteers:N0} with {options.HourEntries:N0} hour entries."
            + $" Social organisations {options.Organisations:N0}; lottery outlets {options.Outlets:N0}."
            + (options.HostSettings.Count > 0 ? $" Host settings: {string.Join(" ", options.HostSettings)}." : "");
Console.WriteLine(sizes);

var report = new Report();
var scenarios = new (string Name, Func<BenchOptions, Report, Task> Run)[]
{
    ("import", ImportScenario.RunAsync),
    ("api", ApiScenario.RunAsync),
    ("roster", RosterScenario.RunAsync),
    ("startup", StartupScenario.RunAsync),
    ("audit", AuditScenario.RunAsync),
    ("volunteer", VolunteerScenario.RunAsync),
    ("socialorg", SocialOrgScenario.RunAsync),
    ("lottery", LotteryScenario.RunAsync),
};
foreach (var (name, run) in scenarios.Where(s => options.Runs(s.Name)))
{
    try
    {
        await run(options, report);
    }
    catch (Exception e)
    {
        // One failing scenario must not hide the others' figures.
        Console.Error.WriteLine($"scenario {name} failed: {e}");
        report.Add(new ResultRow(name, "failed", "—", "—", "—", null, e.Message.Split('\n')[0]));
    }
}

ApiDriver.DeleteTempFiles();
var markdown = report.ToMarkdown(machine + "\n" + Machine.LoadNow("at the end"), sizes);
Console.WriteLine();
Console.WriteLine(markdown);
if (options.Out is { } file)
{
    await File.WriteAllTextAsync(file, markdown);
    Console.WriteLine($"written to {file}");
}
// Never fails a build: missed targets are reported, not enforced.
return 0;
