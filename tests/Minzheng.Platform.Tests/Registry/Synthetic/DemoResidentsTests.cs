using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Platform.Data;
using Minzheng.Platform.Registry.Data;
using Minzheng.Platform.Registry.Import;
using Minzheng.Platform.Registry.Synthetic;
using Minzheng.Platform.Tests.Registry.Import;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Registry.Synthetic;

/// <summary>
/// A demo (Minzheng:DemoResidents, as build/run.sh sets it) seeds synthetic residents into an empty
/// registry through the import, once; without the setting, or into a registry with residents, nothing.
/// </summary>
public sealed class DemoResidentsTests : IAsyncDisposable
{
    private const int Count = 60;

    // Kept across restarts of the host within a test; each test its own (folder, and databases on PostgreSQL).
    private readonly string _data = Path.Combine(Path.GetTempPath(), "minzheng-demo-test-" + Guid.NewGuid().ToString("N"));
    private readonly TestDatabaseLease _databases = TestEngine.Lease();

    public async ValueTask DisposeAsync()
    {
        await _databases.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task The_first_start_of_a_demo_imports_synthetic_residents_and_a_restart_imports_nothing_more()
    {
        await using (var host = await StartAsync(demoResidents: Count))
        {
            var queued = Assert.Single(await ImportsAsync(host));
            Assert.Equal((DemoResidents.FileName, ImportStatus.Queued, "系统"), (queued.FileName, queued.Status, queued.StaffName));

            await host.Services.GetRequiredService<ImportRunner>().RunPendingAsync(CancellationToken.None);

            var done = await host.CreateClient(Importers.District).GetFromJsonAsync<JsonElement>($"{ImportKit.Imports}/{queued.Id}");
            Assert.Equal("Completed", done.GetProperty("status").GetString());
            Assert.Equal((Count, Count, 0), (done.Int("rowsRead"), done.Int("imported"), done.Int("failed")));
            Assert.Equal(Count, await PersonCountAsync(host));
        }

        await using (var restarted = await StartAsync(demoResidents: Count))
        {
            Assert.Single(await ImportsAsync(restarted));
            Assert.Equal(Count, await PersonCountAsync(restarted));
        }
    }

    [Fact]
    public async Task Without_the_setting_nothing_is_seeded()
    {
        await using var host = await StartAsync(demoResidents: null);

        Assert.Empty(await ImportsAsync(host));
        Assert.Equal(0, await PersonCountAsync(host));
    }

    [Fact]
    public async Task A_registry_that_holds_residents_is_never_seeded()
    {
        await using (var host = await StartAsync(demoResidents: null))
        {
            await host.CreateClient(Staff.Writer).RegisterAsync(TestIds.Next());
        }

        await using var demo = await StartAsync(demoResidents: Count);

        Assert.Empty(await ImportsAsync(demo));
        Assert.Equal(1, await PersonCountAsync(demo));
    }

    private Task<ModuleTestHost> StartAsync(int? demoResidents) => PlatformTestHost.StartAsync(o =>
    {
        o.DataFolder = _data;
        o.Databases = _databases;
        o.Clock = new FakeTimeProvider(RegistryHostFixture.Now);
        if (demoResidents is { } count)
        {
            o.Settings["Minzheng:DemoResidents"] = count.ToString();
        }
    });

    private static async Task<List<ResidentImport>> ImportsAsync(ModuleTestHost host)
    {
        await using var db = host.Services.GetRequiredService<ModuleDatabases>().Create<RegistryDbContext>(TestDistricts.First);
        return await db.Imports.AsNoTracking().ToListAsync();
    }

    private static async Task<int> PersonCountAsync(ModuleTestHost host)
    {
        await using var db = host.Services.GetRequiredService<ModuleDatabases>().Create<RegistryDbContext>(TestDistricts.First);
        return await db.Persons.CountAsync();
    }
}
