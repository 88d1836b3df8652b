using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Host;
using Minzheng.Platform.Data;

namespace Minzheng.Bench.Infrastructure;

/// <summary>
/// The host composed in this process but not listening: its services (audit writer and verifier,
/// module databases, districts) on a fresh data folder, for the scenarios that need no HTTP.
/// </summary>
public sealed class InProcessHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _data;

    private InProcessHost(WebApplication app, string data)
    {
        _app = app;
        _data = data;
    }

    public IServiceProvider Services => _app.Services;

    public string DistrictId => Services.GetRequiredService<Minzheng.Platform.Districts.DistrictDirectory>().All[0].Id;

    public static async Task<InProcessHost> BuildAsync(string hostDir, string purpose)
    {
        var data = HostLayout.NewDataFolder(purpose);
        var app = await MinzhengHost.BuildAsync(
            [$"--contentRoot={hostDir}", $"--Minzheng:DataFolder={data}", "--Minzheng:BackgroundWork=false", "--Logging:LogLevel:Default=Warning"],
            builder => builder.Configuration["MINZHENG_ADMIN_PASSWORD"] = ApiDriver.AdminPassword);
        return new InProcessHost(app, data);
    }

    /// <summary>The connection string the platform's own context of <paramref name="contextType"/> uses in the first district.</summary>
    public string ConnectionStringOf(Type contextType) =>
        RelationalOptionsExtension.Extract(Services.GetRequiredService<ModuleDatabases>().OptionsFor(contextType, DistrictId)).ConnectionString!;

    /// <summary>The context type of a platform database by name (e.g. <c>registry</c>), internal types included.</summary>
    public Type PlatformContext(string name) => Services.GetRequiredService<ModuleDatabases>().PlatformDatabases.Single(p => p.Name == name).ContextType;

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        HostLayout.Delete(_data);
    }
}
