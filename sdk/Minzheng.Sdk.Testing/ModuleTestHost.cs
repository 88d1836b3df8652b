using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Host;
using Minzheng.Platform.Data;
using Minzheng.Platform.Districts;
using Minzheng.Platform.Events;
using Minzheng.Platform.Jobs;
using Minzheng.Platform.Modules;
using Minzheng.Sdk.Data;

namespace Minzheng.Sdk.Testing;

/// <summary>
/// The real Minzheng host, in-process on a test server, with modules loaded from their build output
/// exactly as in production (plugin folder, manifest checks, separate load context), a fresh data
/// folder, and clients signed in as the staff a test chooses.
/// </summary>
public sealed class ModuleTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _ownedFolder;

    private readonly bool _realSignIn;
    private readonly TestDatabaseLease _databases;

    private ModuleTestHost(WebApplication app, string dataFolder, string pluginsFolder, string ownedFolder, bool realSignIn, TestDatabaseLease databases)
    {
        _databases = databases;
        _realSignIn = realSignIn;
        _app = app;
        DataFolder = dataFolder;
        PluginsFolder = pluginsFolder;
        _ownedFolder = ownedFolder;
    }

    /// <summary>The data folder (databases of every district and module).</summary>
    public string DataFolder { get; }

    /// <summary>The plugin folder the host loaded from.</summary>
    public string PluginsFolder { get; }

    /// <summary>The host's services (root scope).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The host's endpoints, for tests that inspect them.</summary>
    public IEndpointRouteBuilder Endpoints => _app;

    /// <summary>Which modules each district enables.</summary>
    public ModuleEnablement Enablement => Services.GetRequiredService<ModuleEnablement>();

    /// <summary>Starts a host with <paramref name="options"/>.</summary>
    public static async Task<ModuleTestHost> StartAsync(ModuleTestHostOptions options)
    {
        var work = Path.Combine(Path.GetTempPath(), "minzheng-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var dataFolder = options.DataFolder ?? options.ShareDataWith?.DataFolder ?? Path.Combine(work, "data");
        var pluginsFolder = options.PluginsFolder ?? LayOutPlugins(options.ModuleFolders, Path.Combine(work, "plugins"));
        var divisions = Path.Combine(work, "divisions.csv");
        await File.WriteAllTextAsync(divisions, TestDistricts.DivisionsCsv);

        var databases = options.ShareDataWith is { } first ? TestDatabaseLease.Sharing(first.DatabaseSettings)
            : options.Databases is { } leased ? TestDatabaseLease.Sharing(leased.Settings)
            : TestEngine.Lease(options.PostgreSqlEndpoint);
        var settings = new Dictionary<string, string?>(databases.Settings)
        {
            ["Minzheng:DataFolder"] = dataFolder,
            ["Minzheng:PluginsFolder"] = pluginsFolder,
            ["Minzheng:BackgroundWork"] = options.BackgroundWork.ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var enabled = options.EnabledModules ?? new Dictionary<string, string[]>
        {
            [TestDistricts.First] = ModuleIdsIn(pluginsFolder),
            [TestDistricts.Second] = [],
        };
        var index = 0;
        foreach (var (districtId, modules) in enabled)
        {
            var prefix = $"Minzheng:Districts:{index++}:";
            settings[prefix + "Id"] = districtId;
            settings[prefix + "Name"] = $"测试区 {districtId}";
            settings[prefix + "DivisionCode"] = TestDistricts.DivisionCode;
            settings[prefix + "DivisionsFile"] = divisions;
            for (var i = 0; i < modules.Length; i++)
            {
                settings[prefix + $"Modules:{i}"] = modules[i];
            }
        }
        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        try
        {
            return await StartInAsync(work, options, settings, dataFolder, pluginsFolder, databases);
        }
        catch
        {
            // A host that failed to start is never disposed: its folder and databases would stay behind for good.
            await databases.DisposeAsync();
            DeleteQuietly(work);
            throw;
        }
    }

    private static async Task<ModuleTestHost> StartInAsync(
        string work, ModuleTestHostOptions options, Dictionary<string, string?> settings, string dataFolder, string pluginsFolder, TestDatabaseLease databases)
    {
        // The content root is the work folder, so no appsettings.json of the test's bin leaks in.
        var app = await MinzhengHost.BuildAsync([$"--contentRoot={work}"], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection(settings);
            if (options.Clock is not null)
            {
                builder.Services.AddSingleton(options.Clock);
            }
            if (options.RealSignIn)
            {
                return;
            }
            builder.Services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
            builder.Services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = TestAuthenticationHandler.SchemeName;
                o.DefaultAuthenticateScheme = TestAuthenticationHandler.SchemeName;
                o.DefaultChallengeScheme = TestAuthenticationHandler.SchemeName;
            });
        });
        await app.StartAsync();
        // The work folder (plugins, divisions, and the data unless the test chose its own) is always ours.
        return new ModuleTestHost(app, dataFolder, pluginsFolder, work, options.RealSignIn, databases);
    }

    /// <summary>A client signed in as <paramref name="staff"/>, or anonymous when null.</summary>
    public HttpClient CreateClient(TestStaff? staff = null)
    {
        // Handles cookies, so a client that signs in through the API stays signed in.
        var server = _app.GetTestServer();
        var client = new HttpClient(new CookieContainerHandler { InnerHandler = server.CreateHandler() }) { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (staff is not null)
        {
            if (_realSignIn)
            {
                throw new InvalidOperationException("This host signs callers in for real (RealSignIn): use the sign-in API instead of a TestStaff.");
            }
            client.DefaultRequestHeaders.Add(TestAuthenticationHandler.Header, TestAuthenticationHandler.Encode(staff));
        }
        return client;
    }

    /// <summary>The settings that point this host at its databases (for a second instance: <see cref="ModuleTestHostOptions.ShareDataWith"/>).</summary>
    public IReadOnlyDictionary<string, string?> DatabaseSettings => _databases.Settings;

    /// <summary>The engine this host stores its data in.</summary>
    public DatabaseEngine Engine => Services.GetRequiredService<DataStore>().Engine;

    /// <summary>
    /// An open ADO.NET connection to a district database below EF Core: <paramref name="databaseName"/> is a
    /// module's id or <c>platform-&lt;service&gt;</c> (e.g. <c>platform-registry</c>). Write SQL both engines
    /// accept: double-quoted names, <c>@name</c> parameters.
    /// </summary>
    public async Task<System.Data.Common.DbConnection> OpenDatabaseAsync(string districtId, string databaseName)
    {
        var connection = Services.GetRequiredService<ModuleDatabases>().CreateConnection(districtId, databaseName);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// The payloads of the integration events <paramref name="moduleId"/> published under <paramref name="eventName"/> in
    /// <paramref name="districtId"/>, oldest first, read from its outbox whether delivered or not: what a test asserts
    /// when an event is the rule (the contract other modules read).
    /// </summary>
    public async Task<List<System.Text.Json.JsonElement>> OutboxAsync(string districtId, string moduleId, string eventName)
    {
        await using var connection = await OpenDatabaseAsync(districtId, moduleId);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "Payload" FROM "{Minzheng.Sdk.Data.ModuleDbContext.OutboxTable}" WHERE "EventName" = @name ORDER BY "OccurredAt" """;
        var name = command.CreateParameter();
        name.ParameterName = "@name";
        name.Value = eventName;
        command.Parameters.Add(name);
        await using var reader = await command.ExecuteReaderAsync();
        var payloads = new List<System.Text.Json.JsonElement>();
        while (await reader.ReadAsync())
        {
            payloads.Add(System.Text.Json.JsonDocument.Parse(reader.GetString(0)).RootElement.Clone());
        }
        return payloads;
    }

    /// <summary>Delivers every pending integration event once; returns how many messages were handled.</summary>
    public Task<int> DispatchEventsAsync() => Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    /// <summary>Runs the module jobs whose interval has passed on the host's clock; returns the runs.</summary>
    public Task<int> RunJobsAsync() => Services.GetRequiredService<ModuleJobRunner>().RunDueAsync(CancellationToken.None);

    /// <summary>
    /// Runs every enabled module's demo data (<see cref="Minzheng.Sdk.Demo.IModuleDemo"/>) in each district whose
    /// resident imports have ended, as a demo start does; returns how many demos wrote data.
    /// </summary>
    public Task<int> RunDemosAsync() => Services.GetRequiredService<ModuleDemos>().SeedAllAsync(CancellationToken.None);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _databases.DisposeAsync();
        DeleteQuietly(_ownedFolder);
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS: the temp folder is cleaned by the machine anyway.
        }
    }

    private static string LayOutPlugins(IEnumerable<string> moduleFolders, string pluginsFolder)
    {
        Directory.CreateDirectory(pluginsFolder);
        foreach (var source in moduleFolders)
        {
            var id = ReadId(source);
            CopyDirectory(source, Path.Combine(pluginsFolder, id));
        }
        return pluginsFolder;
    }

    private static string ReadId(string moduleFolder)
    {
        var manifest = Path.Combine(moduleFolder, "module.json");
        if (!File.Exists(manifest))
        {
            throw new ArgumentException($"{moduleFolder} has no module.json: pass the module's build output folder (module.json is copied there by the module's project).");
        }
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private static string[] ModuleIdsIn(string pluginsFolder) =>
        Directory.Exists(pluginsFolder)
            ? Directory.GetDirectories(pluginsFolder)
                .Where(d => File.Exists(Path.Combine(d, "module.json")))
                .Select(d =>
                {
                    try
                    {
                        return ReadId(d);
                    }
                    catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
                    {
                        return null; // a deliberately broken manifest: the host reports it
                    }
                })
                .OfType<string>()
                .Distinct()
                .ToArray()
            : [];

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
}
