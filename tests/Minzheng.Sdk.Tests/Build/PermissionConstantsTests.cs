using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace Minzheng.Sdk.Tests.Build;

/// <summary>
/// The SDK's build targets (sdk/Minzheng.Sdk/build) turn module.json's permissions into constants before
/// compiling: each test builds a small project outside the repository with the real dotnet build.
/// </summary>
public sealed class PermissionConstantsTests : IDisposable
{
    private static readonly string Targets = Path.Combine(FindRoot(), "sdk", "Minzheng.Sdk", "build", "Minzheng.Sdk.targets");

    private readonly string _project = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "minzheng-permissions-" + Guid.NewGuid().ToString("N"))).FullName;

    private const string Manifest = """
        {
          // Comments and trailing commas are read as the host reads them.
          "id": "volunteer",
          "displayName": "志愿服务",
          "version": "1.0.0",
          "sdk": "^2.0.0",
          "assembly": "Acme.Modules.Volunteer.dll",
          "permissions": [
            { "name": "volunteer.read", "displayName": "查看志愿者" },
            { "name": "volunteer.hours.confirm", "displayName": "确认服务时长 & <签字>" },
            { "name": "volunteer.read-id-number", "displayName": "查看完整身份证号码" },
          ],
        }
        """;

    // Uses the constants, so the build fails if they are missing or misnamed.
    private const string Usage = """
        namespace Acme.Modules.Volunteer;

        /// <summary>Reads the generated constants.</summary>
        public static class Usage
        {
            /// <summary>The names.</summary>
            public static string[] Names => [VolunteerPermissions.Read, VolunteerPermissions.HoursConfirm, VolunteerPermissions.ReadIdNumber];
        }
        """;

    [Fact]
    public void Each_declared_permission_becomes_a_constant_with_its_display_name_and_All_lists_them_in_order()
    {
        Write(Manifest);

        var (exitCode, output) = Build();

        Assert.True(exitCode == 0, output);
        var generated = File.ReadAllText(GeneratedFile);
        Assert.Contains("public static partial class VolunteerPermissions", generated);
        Assert.Contains("namespace Acme.Modules.Volunteer", generated);
        Assert.Contains("/// <summary>确认服务时长 &amp; &lt;签字&gt;</summary>\n        public const string HoursConfirm = \"volunteer.hours.confirm\";", generated);
        Assert.Equal(["volunteer.read", "volunteer.hours.confirm", "volunteer.read-id-number"], ReadAll());
    }

    [Fact]
    public void The_constants_are_rewritten_only_when_module_json_changes()
    {
        Write(Manifest);
        Assert.Equal(0, Build().ExitCode);
        var written = File.GetLastWriteTimeUtc(GeneratedFile);

        Assert.Equal(0, Build().ExitCode);
        Assert.Equal(written, File.GetLastWriteTimeUtc(GeneratedFile));

        File.WriteAllText(Path.Combine(_project, "module.json"), Manifest.Replace("查看志愿者", "查看志愿者名册"));
        File.SetLastWriteTimeUtc(Path.Combine(_project, "module.json"), written.AddSeconds(5));
        Assert.Equal(0, Build().ExitCode);
        Assert.Contains("/// <summary>查看志愿者名册</summary>", File.ReadAllText(GeneratedFile));
    }

    [Theory]
    [InlineData("""{ "id": "volunteer", "permissions": [ { "name": "volunteer.read" "displayName": "查看" } ] }""",
        "module.json(1,66): error MZSDK001", "module.json is not valid JSON: expected ',' or '}'")]
    [InlineData("""{ "id": "volunteer", "permissions": [ { "name": "charity.read", "displayName": "查看" } ] }""",
        "module.json(1,49): error MZSDK003", "permission 'charity.read' must start with the module id and a dot ('volunteer.<action>')")]
    [InlineData("""{ "id": "volunteer", "permissions": [ { "name": "volunteer.read" } ] }""",
        "module.json(1,39): error MZSDK002", "each permission must be an object with a string \"name\" and a non-empty \"displayName\"")]
    [InlineData("""{ "permissions": [] }""", "module.json(1,1): error MZSDK002", "module.json has no \"id\"")]
    [InlineData("""{ "id": "volunteer", "permissions": [ { "name": "volunteer.2fa", "displayName": "双重验证" } ] }""",
        "module.json(1,49): error MZSDK004", "gives the C# name '2fa'")]
    [InlineData("""{ "id": "volunteer", "permissions": [ { "name": "volunteer.all", "displayName": "全部" } ] }""",
        "error MZSDK004", "gives the C# name 'All'")]
    [InlineData("""{ "id": "volunteer", "permissions": [ { "name": "volunteer.read-only", "displayName": "只读" }, { "name": "volunteer.read.only", "displayName": "只读" } ] }""",
        "error MZSDK004", "permissions 'volunteer.read-only' and 'volunteer.read.only' both give the C# name 'ReadOnly'")]
    public void A_malformed_manifest_fails_the_build_pointing_at_the_place(string manifest, string where, string message)
    {
        Write(manifest, usage: false);

        var (exitCode, output) = Build();

        Assert.NotEqual(0, exitCode);
        Assert.Contains(where, output);
        Assert.Contains(message, output);
        Assert.False(File.Exists(GeneratedFile));
    }

    [Fact]
    public void The_assembly_takes_its_version_from_module_json()
    {
        Write(Manifest.Replace("\"version\": \"1.0.0\"", "\"version\": \"3.4.5\""));

        var (exitCode, output) = Build();

        Assert.True(exitCode == 0, output);
        Assert.Equal(new Version(3, 4, 5, 0), AssemblyName.GetAssemblyName(Path.Combine(_project, "bin", "Release", "net10.0", "Acme.Modules.Volunteer.dll")).Version);
    }

    [Fact]
    public void A_project_version_other_than_module_json_s_fails_the_build()
    {
        Write(Manifest, projectVersion: "1.0.1");

        var (exitCode, output) = Build();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("The project's Version 1.0.1 differs from module.json's version 1.0.0", output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_project, recursive: true);
        }
        catch (IOException)
        {
            // Left to the machine's temp clean-up.
        }
    }

    private string GeneratedFile => Path.Combine(_project, "obj", "Release", "net10.0", "MinzhengPermissions.g.cs");

    private void Write(string manifest, bool usage = true, string? projectVersion = null)
    {
        var version = projectVersion is null ? "" : $"<Version>{projectVersion}</Version>";
        File.WriteAllText(Path.Combine(_project, "Acme.Modules.Volunteer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                {version}
              </PropertyGroup>
              <Import Project="{Targets}" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_project, "module.json"), manifest);
        if (usage)
        {
            File.WriteAllText(Path.Combine(_project, "Usage.cs"), Usage);
        }
    }

    private (int ExitCode, string Output) Build()
    {
        // No build servers: nothing of the test's keeps running after it.
        var start = new ProcessStartInfo("dotnet", ["build", _project, "-c", "Release", "--nologo", "-v", "q", "--disable-build-servers", "-p:UseSharedCompilation=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _project,
        };
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build took more than 5 minutes:\n" + output.Result);
        }
        return (process.ExitCode, output.Result + error.Result);
    }

    private string[] ReadAll()
    {
        var context = new AssemblyLoadContext("permissions-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(File.ReadAllBytes(Path.Combine(_project, "bin", "Release", "net10.0", "Acme.Modules.Volunteer.dll"))));
            var all = assembly.GetType("Acme.Modules.Volunteer.VolunteerPermissions")!.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!;
            return [.. (IReadOnlyList<string>)all.GetValue(null)!];
        }
        finally
        {
            context.Unload();
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
