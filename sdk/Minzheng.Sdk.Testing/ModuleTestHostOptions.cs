using Minzheng.Sdk.Modules;

namespace Minzheng.Sdk.Testing;

/// <summary>How to start a <see cref="ModuleTestHost"/>.</summary>
public sealed class ModuleTestHostOptions
{
    /// <summary>
    /// Build output folders of the modules to load, each holding the module's assembly and its
    /// <c>module.json</c>. They are copied into a fresh plugin folder. <see cref="AddModule{TModule}"/>
    /// adds a referenced module's folder; add a path here for a folder the test made itself.
    /// </summary>
    public List<string> ModuleFolders { get; } = [];

    /// <summary>
    /// Loads the module whose entry type is <typeparamref name="TModule"/>, from the build output of the
    /// module project the test project references (<see cref="ModuleBuildOutputs.Of{TModule}"/>).
    /// The host runs its own copy of the module, loaded as a plugin: the test's copy of the module's
    /// types (for rule tests) and the host's are distinct, so a test talks to the module over HTTP.
    /// </summary>
    /// <exception cref="InvalidOperationException">The test project does not reference the module, or it is not built.</exception>
    public ModuleTestHostOptions AddModule<TModule>() where TModule : IMinzhengModule
    {
        ModuleFolders.Add(ModuleBuildOutputs.Of<TModule>());
        return this;
    }

    /// <summary>
    /// Loads the module with id <paramref name="moduleId"/>, from the build output of a module project the
    /// test project references (<see cref="ModuleBuildOutputs.Of(string)"/>), e.g. with
    /// <c>ReferenceOutputAssembly="false"</c> when the test never names its types.
    /// </summary>
    /// <exception cref="InvalidOperationException">The test project does not reference the module, or it is not built.</exception>
    public ModuleTestHostOptions AddModule(string moduleId)
    {
        ModuleFolders.Add(ModuleBuildOutputs.Of(moduleId));
        return this;
    }

    /// <summary>
    /// A ready plugin folder to use as it is, instead of <see cref="ModuleFolders"/> (for tests of the
    /// loader itself, with hand-made folders).
    /// </summary>
    public string? PluginsFolder { get; set; }

    /// <summary>
    /// Modules each district enables in configuration. Default: <see cref="TestDistricts.First"/>
    /// enables every module given, <see cref="TestDistricts.Second"/> none.
    /// </summary>
    public Dictionary<string, string[]>? EnabledModules { get; set; }

    /// <summary>The data folder; default a fresh one, deleted when the host is disposed. Pass one to restart on the same data.</summary>
    public string? DataFolder { get; set; }

    /// <summary>The clock the platform and modules see (e.g. a <c>FakeTimeProvider</c>); default the system clock.</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>Whether events and jobs run by themselves; default false, so tests drive them step by step.</summary>
    public bool BackgroundWork { get; set; }

    /// <summary>
    /// When true, callers sign in for real (cookie or bearer token, through the platform's sign-in API)
    /// and <see cref="ModuleTestHost.CreateClient"/> with a <see cref="TestStaff"/> is not available.
    /// Set the first administrator's password with <c>Settings["MINZHENG_ADMIN_PASSWORD"]</c>.
    /// </summary>
    public bool RealSignIn { get; set; }

    /// <summary>Further configuration, e.g. <c>Modules:marriage:Office</c>.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>
    /// Databases the test leased itself (<see cref="TestEngine.Lease"/>) and keeps beyond this host, e.g.
    /// to restart on the same data: use with <see cref="DataFolder"/>. The test disposes the lease.
    /// </summary>
    public TestDatabaseLease? Databases { get; set; }

    /// <summary>
    /// Another running host whose data (folder and databases) this one uses too: a second instance of
    /// the same deployment, as behind a load balancer. The first host owns the data and removes it.
    /// </summary>
    public ModuleTestHost? ShareDataWith { get; set; }

    /// <summary>
    /// On PostgreSQL, the server address to lease the databases through instead of the one in
    /// <see cref="TestEngine.PostgreSqlVariable"/> (e.g. a proxy the test cuts to simulate an outage):
    /// an Npgsql connection string whose host and port replace the configured ones.
    /// </summary>
    public string? PostgreSqlEndpoint { get; set; }
}
