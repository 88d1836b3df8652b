namespace Minzheng.Bench.Infrastructure;

/// <summary>What to run and how big. <c>--quick</c> gives sizes for developing on a shared machine.</summary>
public sealed record BenchOptions
{
    public static readonly string[] AllScenarios = ["import", "api", "roster", "startup", "audit", "volunteer",
        "socialorg", "lottery"];

    public required string HostDir { get; init; }
    public required string EmptyDir { get; init; }
    public IReadOnlySet<string> Only { get; init; } = AllScenarios.ToHashSet();
    public bool Quick { get; init; }
    public int ImportRows { get; init; } = 1_000_000;
    public int AuditEntries { get; init; } = 1_000_000;
    public int Residents { get; init; } = 1_000;
    public int Beneficiaries { get; init; } = 100_000;
    public int Volunteers { get; init; } = 200_000;
    public int HourEntries { get; init; } = 5_000_000;
    public int Organisations { get; init; } = 20_000;
    public int Outlets { get; init; } = 5_000;
    public int DurationSeconds { get; init; } = 30;
    public int Threads { get; init; } = 4;
    public int Connections { get; init; } = 32;
    public int StartRuns { get; init; } = 3;
    public string? Out { get; init; }

    /// <summary>Extra settings for every started host (<c>--host-setting Minzheng:BackgroundWork=false</c>), to compare configurations.</summary>
    public IReadOnlyList<string> HostSettings { get; init; } = [];

    public bool Runs(string scenario) => Only.Contains(scenario);

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Int(string name, int full, int quick) => Value(name) is { } v ? int.Parse(v) : args.Contains("--quick") ? quick : full;

        var only = Value("--only") is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Normalize).ToHashSet()
            : AllScenarios.ToHashSet();
        return new BenchOptions
        {
            HostDir = Path.GetFullPath(Value("--host-dir") ?? throw new ArgumentException("--host-dir <published host folder> is required")),
            EmptyDir = Path.GetFullPath(Value("--empty-dir") ?? throw new ArgumentException("--empty-dir <published empty app folder> is required")),
            Only = only,
            Quick = args.Contains("--quick"),
            ImportRows = Int("--import-rows", 1_000_000, 20_000),
            AuditEntries = Int("--audit-entries", 1_000_000, 20_000),
            Residents = Int("--residents", 1_000, 300),
            Beneficiaries = Int("--beneficiaries", 100_000, 20_000),
            Volunteers = Int("--volunteers", 200_000, 10_000),
            HourEntries = Int("--hour-entries", 5_000_000, 250_000),
            Organisations = Int("--organisations", 20_000, 2_000),
            Outlets = Int("--outlets", 5_000, 500),
            DurationSeconds = Int("--duration", 30, 5),
            Threads = Int("--threads", 4, 4),
            Connections = Int("--connections", 32, 32),
            StartRuns = Int("--start-runs", 3, 3),
            Out = Value("--out"),
            HostSettings = args.Select((a, i) => (a, i)).Where(x => x.a == "--host-setting" && x.i + 1 < args.Length).Select(x => "--" + args[x.i + 1]).ToList(),
        };
    }

    // Scenarios can be named or numbered as in issue 8.
    private static string Normalize(string s) => s.ToLowerInvariant() switch
    {
        "1" => "import",
        "2" => "api",
        "3" => "roster",
        "4" => "startup",
        "5" => "audit",
        "6" => "volunteer",
        var name when AllScenarios.Contains(name) => name,
        var other => throw new ArgumentException($"Unknown scenario '{other}'; choose from {string.Join(", ", AllScenarios)} (or 1–6)."),
    };
}
