using Minzheng.Platform.Districts;

namespace Minzheng.Platform.Configuration;

/// <summary>The <c>Minzheng</c> configuration section.</summary>
public sealed class MinzhengOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Minzheng";

    /// <summary>Where all data is written (default <c>./data</c>; the environment variable <c>MINZHENG_DATA</c> overrides it).</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The database engine and its connection (SQLite files under <see cref="DataFolder"/> by default).</summary>
    public DatabaseOptions Database { get; set; } = new();

    /// <summary>The audit trail's key ring and its checkpoint store.</summary>
    public Audit.AuditOptions Audit { get; set; } = new();

    /// <summary>Where modules are installed, one folder each with its <c>module.json</c>.</summary>
    public string PluginsFolder { get; set; } = "plugins";

    /// <summary>When true, any refused module stops the start-up instead of being left out.</summary>
    public bool StrictModules { get; set; }

    /// <summary>How often the outbox of every module database is polled for undelivered events.</summary>
    public TimeSpan EventPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// When false, events are not dispatched and jobs do not run by themselves: tests drive them step by
    /// step (<c>OutboxDispatcher.DispatchPendingAsync</c>, <c>ModuleJobRunner.RunDueAsync</c>).
    /// </summary>
    public bool BackgroundWork { get; set; } = true;

    /// <summary>The largest file a resident import accepts (default 50 MB, about 300 000 rows of CSV); larger ones get 413.</summary>
    public long ImportMaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>
    /// How many synthetic residents a demo seeds into each district whose registry is empty at start-up,
    /// through the resident import (<c>build/run.sh</c> sets 300). 0, the default, seeds none: a real
    /// deployment never sets it.
    /// </summary>
    public int DemoResidents { get; set; }

    /// <summary>
    /// Five-year plans beside the default one (the 14th plan's 表2, shipped with the platform): JSON files,
    /// relative to the host's content root, in the default's format (<c>Plans/Default/2021-2025.json</c> in the
    /// platform's source). Their periods may not overlap each other's or the default's.
    /// </summary>
    public List<string> PlanFiles { get; set; } = [];

    /// <summary>
    /// How many calls one client address may make to public endpoints (certificate checks, public look-ups, QR
    /// check-ins) per minute; past it the client gets 429 until the minute ends. Default 60.
    /// </summary>
    public PublicRateLimitOptions PublicRateLimit { get; set; } = new();

    /// <summary>
    /// How many sign-in attempts one client address, and one user name from anywhere, may make per minute; past
    /// either the caller gets 429 until the minute ends. Defaults 20 and 10.
    /// </summary>
    public SignInLimitOptions SignInLimits { get; set; } = new();

    /// <summary>The districts this deployment serves.</summary>
    public List<DistrictOptions> Districts { get; set; } = [];
}

/// <summary>The <c>Minzheng:SignInLimits</c> section: the throttle on password sign-in.</summary>
public sealed class SignInLimitOptions
{
    /// <summary>Attempts per client address per minute (at least 1).</summary>
    public int PerClientPerMinute { get; set; } = 20;

    /// <summary>Attempts per user name per minute, whichever addresses they come from (at least 1).</summary>
    public int PerAccountPerMinute { get; set; } = 10;
}

/// <summary>The <c>Minzheng:PublicRateLimit</c> section: the limit on public endpoints per client address.</summary>
public sealed class PublicRateLimitOptions
{
    /// <summary>Calls per client address per minute (at least 1).</summary>
    public int PermitsPerMinute { get; set; } = 60;
}
