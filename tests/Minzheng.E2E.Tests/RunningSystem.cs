using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Minzheng.Host;
using Minzheng.Sdk.Testing;

namespace Minzheng.E2E.Tests;

/// <summary>
/// The whole system as staff meet it: the real host on Kestrel (a browser cannot reach a test server),
/// a fresh data folder, the fixture modules, the visits module and the real modules (disability, marriage, volunteer, socialorg, lottery)
/// in a plugin folder, the built web shell, and a headless Chromium. Shared by the tests of a collection.
/// </summary>
public sealed class RunningSystem : IAsyncLifetime
{
    public const string AdminPassword = "E2e-Chief-Passw0rd!";
    public const string District = "wansheng";

    /// <summary>The largest import file accepted: 1 MB rather than 50, so that a test can send a larger one.</summary>
    public const long ImportMaxFileBytes = 1024 * 1024;

    private readonly string _work = Path.Combine(Path.GetTempPath(), "minzheng-e2e-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public static string RepositoryRoot { get; } = FindRoot();

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: beside the test assembly, kept as test artefacts.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var webRoot = Path.Combine(RepositoryRoot, "host", "Minzheng.Host", "wwwroot");
        if (!File.Exists(Path.Combine(webRoot, "index.html")))
        {
            throw new InvalidOperationException($"The web UI is not built ({webRoot}/index.html is missing): run `cd host/web && npm ci && npm run build` (build/test.sh does).");
        }
        var plugins = Path.Combine(_work, "plugins");
        foreach (var id in new[] { "notes", "echo", "visits", "disability", "marriage", "volunteer", "socialorg", "lottery" })
        {
            CopyDirectory(ModuleBuildOutputs.Of(id), Path.Combine(plugins, id));
        }
        var settings = new Dictionary<string, string?>
        {
            ["Minzheng:DataFolder"] = Path.Combine(_work, "data"),
            ["Minzheng:PluginsFolder"] = plugins,
            ["Minzheng:Districts:0:Id"] = District,
            ["Minzheng:Districts:0:Name"] = "万盛经开区",
            ["Minzheng:Districts:0:DivisionCode"] = "500110",
            ["Minzheng:Districts:0:DivisionsFile"] = Path.Combine(RepositoryRoot, "host", "Minzheng.Host", "divisions", "wansheng-divisions.csv"),
            ["Minzheng:Districts:0:Modules:0"] = "notes",
            ["Minzheng:Districts:0:Modules:1"] = "echo",
            ["Minzheng:Districts:0:Modules:2"] = "visits",
            ["Minzheng:Districts:0:Modules:3"] = "disability",
            ["Minzheng:Districts:0:Modules:4"] = "marriage",
            ["Minzheng:Districts:0:Modules:5"] = "volunteer",
            ["Minzheng:Districts:0:Modules:6"] = "socialorg",
            ["Minzheng:Districts:0:Modules:7"] = "lottery",
            // Marriage numbers its certificates with the office's code: without an office it registers nothing.
            ["Modules:marriage:Offices:wansheng:Code"] = "500110",
            ["Modules:marriage:Offices:wansheng:Name"] = "万盛经开区婚姻登记处",
            ["Minzheng:ImportMaxFileBytes"] = ImportMaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MINZHENG_ADMIN_PASSWORD"] = AdminPassword,
            // The suite signs many staff in from one address within minutes: the throttle is SignInHardeningTests' to test.
            ["Minzheng:SignInLimits:PerClientPerMinute"] = "10000",
            ["Minzheng:SignInLimits:PerAccountPerMinute"] = "10000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        Directory.CreateDirectory(_work);
        // The content root is the work folder, so that no appsettings.json of the test's bin leaks in.
        _app = await MinzhengHost.BuildAsync(
            [$"--contentRoot={_work}", $"--webroot={webRoot}", "--urls=http://127.0.0.1:0", "--environment=Production"],
            builder => builder.Configuration.AddInMemoryCollection(settings));
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Debian's Chromium: Playwright never downloads a browser here.
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
        // The first pages load on a cold host and a 2-core machine: 5 s (the default) is not always enough.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the machine's temp folder is cleaned anyway.
        }
    }

    /// <summary>A fresh browser context (no cookies) with a page, as a new staff member at a new machine.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
            // The shell's CSP forbids inline scripts; axe is injected as one.
            BypassCSP = true,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
        foreach (var directory in Directory.GetDirectories(source))
        {
            CopyDirectory(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Minzheng.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Minzheng.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<RunningSystem>
{
    public const string Name = "running system";
}
