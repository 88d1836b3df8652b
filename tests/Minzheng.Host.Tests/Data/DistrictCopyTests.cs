using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Host.Tests.Api;
using Minzheng.Platform.Configuration;
using Minzheng.Platform.Data.Copy;
using Minzheng.Sdk.Access;
using Minzheng.Sdk.Testing;

namespace Minzheng.Host.Tests.Data;

/// <summary>A district's SQLite data copied to PostgreSQL: module rows, registry and an audit chain that still verifies.</summary>
public sealed class DistrictCopyTests
{
    private static readonly string[] Staff = ["notes.read", "notes.write", PlatformPermissions.AuditRead, PlatformPermissions.AuditVerify];

    [PostgreSqlFact]
    public async Task A_district_is_copied_from_SQLite_with_its_audit_chain_and_a_second_copy_is_refused()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "minzheng-copy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        try
        {
            await using (var embedded = await StartAsync(dataFolder, sqlite: true))
            {
                var clerk = embedded.CreateClient(TestStaff.District(TestDistricts.First, Staff));
                await clerk.CreateNoteAsync("迁移前的备忘一", TestDistricts.VillageOfWansheng);
                await clerk.CreateNoteAsync("迁移前的备忘二", TestDistricts.VillageOfWansheng);
                Assert.Equal(SqliteEngine, embedded.Engine.ToString());
            }

            await using var server = await StartAsync(dataFolder, sqlite: false);
            var lines = new List<string>();
            var copy = server.Services.GetRequiredService<DistrictCopy>();
            var copied = await copy.RunAsync(TestDistricts.First, lines.Add, CancellationToken.None);

            var notes = Assert.Single(copied, d => d.Database == "notes");
            Assert.Equal(2, notes.Tables.Single(t => t.Table == "Notes").Rows);
            var audit = Assert.Single(copied, d => d.Database == "platform-audit");
            Assert.True(audit.Tables.Single(t => t.Table == "AuditEntries").Rows >= 2);
            var clerkOnServer = server.CreateClient(TestStaff.District(TestDistricts.First, Staff));
            Assert.Equal(["迁移前的备忘一", "迁移前的备忘二"], await clerkOnServer.NoteTextsAsync());
            var verified = await (await clerkOnServer.PostAsync("/api/platform/audit/verify", null)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(verified.GetProperty("ok").GetBoolean(), verified.ToString());
            Assert.True(verified.GetProperty("entriesChecked").GetInt64() >= 2);

            // New rows after the copy continue the chain and the sequences.
            await clerkOnServer.CreateNoteAsync("迁移后的备忘", TestDistricts.VillageOfWansheng);
            verified = await (await clerkOnServer.PostAsync("/api/platform/audit/verify", null)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(verified.GetProperty("ok").GetBoolean(), verified.ToString());

            var again = await Assert.ThrowsAsync<ConfigurationProblem>(() => copy.RunAsync(TestDistricts.First, lines.Add, CancellationToken.None));
            Assert.Contains("not empty", again.Message);
            Assert.Equal(3, (await clerkOnServer.NoteTextsAsync()).Length);
        }
        finally
        {
            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // Held by the OS: the temp folder is cleaned by the machine anyway.
            }
        }
    }

    private const string SqliteEngine = "Sqlite";

    private static Task<ModuleTestHost> StartAsync(string dataFolder, bool sqlite)
    {
        var options = new ModuleTestHostOptions
        {
            ModuleFolders = { FixtureModules.Notes },
            EnabledModules = new() { [TestDistricts.First] = ["notes"] },
            DataFolder = dataFolder,
        };
        if (sqlite)
        {
            options.Settings["Minzheng:Database:Engine"] = SqliteEngine;
        }
        return ModuleTestHost.StartAsync(options);
    }
}
