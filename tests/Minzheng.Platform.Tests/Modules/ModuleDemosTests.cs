using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Minzheng.Platform.Modules;
using Minzheng.Platform.Registry.Import;
using Minzheng.Platform.Tests.Audit;
using Minzheng.Platform.Tests.Registry;
using Minzheng.Sdk.Testing;

namespace Minzheng.Platform.Tests.Modules;

/// <summary>
/// A demo start gives each enabled module its demo data once the district's demo residents are in the
/// registry, and a module that holds data is left alone.
/// </summary>
public sealed class ModuleDemosTests
{
    private const int Residents = 30;

    [Fact]
    public async Task A_modules_demo_runs_once_the_demo_residents_are_imported_and_writes_nothing_the_second_time()
    {
        await using var host = await AuditApi.StartWithNotesAsync(o =>
        {
            o.Clock = new FakeTimeProvider(RegistryHostFixture.Now);
            o.Settings["Minzheng:DemoResidents"] = Residents.ToString();
        });
        var notes = host.NotesClerk();
        Assert.Equal([("notes", "Minzheng.Fixtures.Notes.NotesDemo")],
            host.Services.GetRequiredService<ModuleDemos>().Demos.Select(d => (d.ModuleId, d.DemoType.FullName)));

        // The residents' import is still queued: the module waits for it rather than seeding an empty registry.
        Assert.Equal(0, await host.RunDemosAsync());
        Assert.Empty(await NoteTextsAsync(notes));

        await host.Services.GetRequiredService<ImportRunner>().RunPendingAsync(CancellationToken.None);
        Assert.Equal(1, await host.RunDemosAsync());
        var seeded = await NoteTextsAsync(notes);
        Assert.NotEmpty(seeded);
        Assert.Equal(Residents, seeded.Sum(t => int.Parse(t.Split(' ')[1])));

        Assert.Equal(0, await host.RunDemosAsync());
        Assert.Equal(seeded, await NoteTextsAsync(notes));
    }

    [Fact]
    public async Task A_district_that_does_not_enable_the_module_gets_none_of_its_demo()
    {
        await using var host = await AuditApi.StartWithNotesAsync(o => o.EnabledModules = new() { [TestDistricts.First] = [], [TestDistricts.Second] = [] });

        Assert.Equal(0, await host.RunDemosAsync());
    }

    private static async Task<List<string>> NoteTextsAsync(HttpClient notes) =>
        (await notes.GetFromJsonAsync<JsonElement[]>("/api/notes/"))!.Select(n => n.GetProperty("text").GetString()!).ToList();
}
