using System.Net;
using System.Net.Sockets;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Data;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Configuration;

/// <summary>
/// A deployer's mistake stops the start-up with one line naming the setting or file to fix, never a
/// bare stack trace.
/// </summary>
public sealed class StartupProblemTests
{
    [Fact]
    public async Task Unknown_module_in_district_configuration_names_the_setting_and_the_id()
    {
        var problem = await StartFailingAsync(new ModuleTestHostOptions
        {
            ModuleFolders = { FixtureModules.Notes },
            EnabledModules = new() { [TestDistricts.First] = ["notes", "nosuch"] },
        });

        Assert.Contains("Minzheng:Districts:0:Modules", problem.Message);
        Assert.Contains("'nosuch'", problem.Message);
        Assert.Contains("installed: notes", problem.Message);
    }

    [Fact]
    public async Task Unwritable_data_folder_names_the_folder_and_the_setting()
    {
        using var temp = new TempDirectory();
        var file = temp.File("not-a-folder", "");
        var dataFolder = Path.Combine(file, "data");

        var problem = await StartFailingAsync(new ModuleTestHostOptions { DataFolder = dataFolder });

        Assert.Contains($"'{dataFolder}'", problem.Message);
        Assert.Contains("from Minzheng:DataFolder", problem.Message);
    }

    [Fact]
    public async Task Missing_divisions_file_is_named()
    {
        using var temp = new TempDirectory();
        var missing = Path.Combine(temp.Path, "nope.csv");

        var problem = await StartFailingAsync(WithSetting("Minzheng:Districts:0:DivisionsFile", missing));

        Assert.Contains($"'{missing}' does not exist", problem.Message);
        Assert.Contains("set Minzheng:Districts:0:DivisionsFile to", problem.Message);
    }

    [Theory]
    [InlineData("500110004,万盛街道,town", ":2: expected 4 columns")]
    [InlineData("50011000x,万盛街道,town,500110", ":2: '50011000x' is not a valid town code")]
    [InlineData("500110004,万盛街道,town,500110\n500110009001,无主社区,village,500110009", ": village 500110009001 names parent 500110009")]
    public async Task Malformed_divisions_file_is_named_with_the_line(string lines, string expected)
    {
        using var temp = new TempDirectory();
        var csv = temp.File("divisions.csv", "code,name,level,parent_code\n" + lines + "\n");

        var problem = await StartFailingAsync(WithSetting("Minzheng:Districts:0:DivisionsFile", csv));

        Assert.Contains(csv + expected, problem.Message);
    }

    [Fact]
    public async Task Invalid_district_id_names_the_setting()
    {
        var problem = await StartFailingAsync(new ModuleTestHostOptions { EnabledModules = new() { ["Not_Valid"] = [] } });

        Assert.Contains("Minzheng:Districts:0:Id 'Not_Valid' is not a valid district id", problem.Message);
    }

    [Fact]
    public async Task Invalid_division_code_names_the_setting()
    {
        var problem = await StartFailingAsync(WithSetting("Minzheng:Districts:1:DivisionCode", "5001"));

        Assert.Contains("Minzheng:Districts:1:DivisionCode '5001' is not a 6-digit", problem.Message);
    }

    [Fact]
    public async Task A_plan_file_with_a_bad_row_names_the_file_and_the_row()
    {
        using var temp = new TempDirectory();
        var plan = temp.File("2026-2030.json", """
            { "id": "15th", "title": "十五五", "fromYear": 2026, "toYear": 2030,
              "rows": [ { "number": 1, "name": "备忘条数", "unit": "条", "target": "≥10", "binding": "预期性", "indicator": "notes.nosuch" } ] }
            """);
        var options = new ModuleTestHostOptions { ModuleFolders = { FixtureModules.Notes } };
        options.Settings["Minzheng:PlanFiles:0"] = plan;

        var problem = await StartFailingAsync(options);

        Assert.Contains($"In plan file '{plan}': row 1: module 'notes' declares no indicator 'notes.nosuch'", problem.Message);
    }

    private static ModuleTestHostOptions WithSetting(string key, string value)
    {
        var options = new ModuleTestHostOptions();
        options.Settings[key] = value;
        return options;
    }

    /// <summary>Starts a host that must fail with a one-line <see cref="ConfigurationProblem"/>.</summary>
    private static async Task<ConfigurationProblem> StartFailingAsync(ModuleTestHostOptions options)
    {
        var problem = await Assert.ThrowsAsync<ConfigurationProblem>(async () =>
        {
            await using var host = await ModuleTestHost.StartAsync(options);
        });
        Assert.DoesNotContain('\n', problem.Message);
        return problem;
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideStateCollection
{
    /// <summary>Tests that change the environment or the console: they run alone.</summary>
    public const string Name = "process-wide state";
}

/// <summary>Start-up rules that involve process-wide state (environment variables, stderr, ports).</summary>
[Collection(ProcessWideStateCollection.Name)]
public sealed class ProcessWideStartupTests
{
    [Fact]
    public void Data_folder_environment_variable_overrides_the_setting()
    {
        using var temp = new TempDirectory();
        var configured = Path.Combine(temp.Path, "configured");
        var fromEnvironment = Path.Combine(temp.Path, "from-env");

        var used = WithEnvironment(DataFolder.EnvironmentVariable, fromEnvironment, () => DataFolder.Prepare(configured, temp.Path));

        Assert.Equal(fromEnvironment, used.Path);
        Assert.True(Directory.Exists(fromEnvironment));
        Assert.False(Directory.Exists(configured));
    }

    [Fact]
    public void Without_the_environment_variable_the_setting_is_used_relative_to_the_content_root()
    {
        using var temp = new TempDirectory();

        var used = WithEnvironment(DataFolder.EnvironmentVariable, null, () => DataFolder.Prepare("configured", temp.Path));

        Assert.Equal(Path.Combine(temp.Path, "configured"), used.Path);
        Assert.True(Directory.Exists(used.Path));
    }

    [Fact]
    public void Unwritable_folder_from_the_environment_variable_names_the_variable()
    {
        using var temp = new TempDirectory();
        var bad = Path.Combine(temp.File("not-a-folder", ""), "data");

        var problem = Assert.Throws<ConfigurationProblem>(() =>
            WithEnvironment(DataFolder.EnvironmentVariable, bad, () => DataFolder.Prepare(Path.Combine(temp.Path, "ok"), temp.Path)));

        Assert.Contains($"'{bad}' (from {DataFolder.EnvironmentVariable})", problem.Message);
        Assert.Contains($"Point {DataFolder.EnvironmentVariable} to a folder", problem.Message);
    }

    [Fact]
    public async Task Port_in_use_exits_with_code_2_and_suggests_another_address()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "plugins"));
        temp.File("divisions.csv", "code,name,level,parent_code\n500110004,万盛街道,town,500110\n");
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var stderr = new StringWriter();
        var original = Console.Error;
        Console.SetError(TextWriter.Synchronized(stderr));
        int exitCode;
        try
        {
            exitCode = await MinzhengHost.RunAsync(
            [
                $"--urls=http://127.0.0.1:{port}",
                $"--contentRoot={temp.Path}",
                $"--Minzheng:DataFolder={Path.Combine(temp.Path, "data")}",
                $"--Minzheng:PluginsFolder={Path.Combine(temp.Path, "plugins")}",
                "--Minzheng:Districts:0:Id=d1",
                "--Minzheng:Districts:0:Name=测试区",
                "--Minzheng:Districts:0:DivisionCode=500110",
                "--Minzheng:Districts:0:DivisionsFile=divisions.csv",
            ]).WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            Console.SetError(original);
        }

        var message = stderr.ToString();
        Assert.Equal(2, exitCode);
        Assert.Contains("Minzheng cannot start:", message);
        Assert.Contains($"127.0.0.1:{port}", message);
        Assert.Contains("Another process uses that port", message);
        Assert.Contains("--urls", message);
    }

    [Fact]
    public async Task A_module_refused_for_its_routes_is_one_line_on_stderr_and_the_host_starts_with_the_others()
    {
        var stderr = new StringWriter();
        var original = Console.Error;
        Console.SetError(TextWriter.Synchronized(stderr));
        try
        {
            await using var host = await ModuleTestHost.StartAsync(new ModuleTestHostOptions { ModuleFolders = { FixtureModules.Notes, FixtureModules.Unguarded } });
            var clerk = host.CreateClient(TestStaff.District(TestDistricts.First, "notes.read"));
            Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/api/notes/")).StatusCode);
        }
        finally
        {
            Console.SetError(original);
        }

        var line = Assert.Single(stderr.ToString().Split('\n'), l => l.StartsWith("Module refused:", StringComparison.Ordinal));
        Assert.StartsWith("Module refused: module 'unguarded': route GET /api/unguarded/open declares no access", line);
    }

    [Fact]
    public async Task With_strict_modules_a_module_refused_for_its_routes_stops_the_start_up_with_exit_code_2()
    {
        using var temp = new TempDirectory();
        using var plugins = new Plugins.PluginFolderBuilder();
        plugins.Add(FixtureModules.Notes);
        plugins.Add(FixtureModules.Unguarded);
        temp.File("divisions.csv", "code,name,level,parent_code\n500110004,万盛街道,town,500110\n");

        var stderr = new StringWriter();
        var original = Console.Error;
        Console.SetError(TextWriter.Synchronized(stderr));
        int exitCode;
        try
        {
            exitCode = await MinzhengHost.RunAsync(
            [
                "--urls=http://127.0.0.1:0",
                $"--contentRoot={temp.Path}",
                $"--Minzheng:DataFolder={Path.Combine(temp.Path, "data")}",
                $"--Minzheng:PluginsFolder={plugins.Path}",
                "--Minzheng:StrictModules=true",
                "--Minzheng:Districts:0:Id=d1",
                "--Minzheng:Districts:0:Name=测试区",
                "--Minzheng:Districts:0:DivisionCode=500110",
                "--Minzheng:Districts:0:DivisionsFile=divisions.csv",
                "--Minzheng:Districts:0:Modules:0=notes",
                "--Minzheng:Districts:0:Modules:1=unguarded",
            ]).WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Minzheng cannot start: Minzheng:StrictModules is on and 1 module(s) were refused: module 'unguarded': route GET /api/unguarded/open declares no access", line);
    }

    private static T WithEnvironment<T>(string variable, string? value, Func<T> action)
    {
        var original = Environment.GetEnvironmentVariable(variable);
        Environment.SetEnvironmentVariable(variable, value);
        try
        {
            return action();
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, original);
        }
    }
}

/// <summary>A fresh temporary folder, deleted when disposed.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "minzheng-startup-" + Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>Writes a file in the folder; returns its path.</summary>
    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left to the machine's temp clean-up.
        }
    }
}
