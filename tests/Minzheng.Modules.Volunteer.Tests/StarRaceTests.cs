using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Volunteer.Tests;

/// <summary>
/// Two star runs at the same moment — two clerks, or a clerk and the platform's scheduled run — meet at the database: held
/// there (<see cref="TestLocks"/>) until both have read, the second to save finds the level proposed, or the proposal
/// awarded, and saves nothing: a 409 with a problem for staff, a run skipped for the job, never a level twice.
/// </summary>
public sealed class StarRaceTests(VolunteerHost host) : IClassFixture<VolunteerHost>
{
    [Fact]
    public async Task Two_clerks_running_stars_at_once_propose_a_level_once_and_the_second_is_told_why()
    {
        var officer = host.Client(Staff.Officer);
        var volunteer = await ReachingOneStarAsync(officer, "并发评星甲");

        var both = await TwoRunsAtOnceAsync(officer);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
        var refused = await both.Single(r => r.StatusCode == HttpStatusCode.Conflict).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("另一次星级评定", refused.Text("detail"));
        Assert.Equal("publicity", Assert.Single(await officer.StarAwardsAsync(volunteer)).Text("status"));
    }

    [Fact]
    public async Task A_clerks_run_and_the_scheduled_run_at_once_propose_a_level_once_and_the_job_does_not_fail()
    {
        var officer = host.Client(Staff.Officer);
        var volunteer = await ReachingOneStarAsync(officer, "并发评星乙");
        // Past the job's interval, whatever ran before in this host.
        host.Clock.Advance(TimeSpan.FromHours(7));

        HttpResponseMessage? staff = null;
        var jobRuns = 0;
        await RaceAsync(async () => staff = await RunAsync(officer), async () => jobRuns = await host.Host.RunJobsAsync());

        // The job ran to its end (a run that throws is not counted), whichever of the two saved first.
        Assert.Equal(1, jobRuns);
        Assert.Contains(staff!.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict });
        Assert.Equal("publicity", Assert.Single(await officer.StarAwardsAsync(volunteer)).Text("status"));
    }

    [Fact]
    public async Task Two_runs_after_the_publicity_award_it_once()
    {
        var officer = host.Client(Staff.Officer);
        var volunteer = await ReachingOneStarAsync(officer, "并发评星丙");
        await (await RunAsync(officer)).JsonAsync();
        var proposal = Assert.Single(await officer.StarAwardsAsync(volunteer));
        host.Clock.Advance(TimeSpan.FromDays(14));

        var both = await TwoRunsAtOnceAsync(officer);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
        var awarded = Assert.Single(await officer.StarAwardsAsync(volunteer));
        Assert.Equal(("awarded", proposal.Version() + 1), (awarded.Text("status"), awarded.Version()));
    }

    [Fact]
    public async Task The_migration_to_unique_levels_keeps_one_of_each_level_a_race_made_twice()
    {
        await using var database = await MigrationDatabase.CreateAsync(ModuleBuildOutputs.Of<VolunteerModule>(), "VolunteerDb");
        await database.MigrateToBeforeAsync("UniqueStarLevels");
        var volunteer = Guid.NewGuid();
        // Level 1 awarded, proposed again later, and revoked once before; level 2 proposed twice on one day.
        var (april, may, lateMay) = (new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 20));
        var rows = new (string Name, int Level, int Status, DateOnly ProposedOn)[]
        {
            ("awarded", 1, 2, may), ("again", 1, 1, lateMay), ("revoked", 1, 3, april), ("first", 2, 1, lateMay), ("second", 2, 1, lateMay),
        };
        var ids = rows.ToDictionary(r => r.Name, r => Guid.NewGuid());
        // Level 2's copies are told apart by their ids as both engines order them (their text): make "first" the smaller one.
        if (string.CompareOrdinal(ids["first"].ToString(), ids["second"].ToString()) > 0) (ids["first"], ids["second"]) = (ids["second"], ids["first"]);
        await using (var db = database.NewContext())
        {
            foreach (var row in rows)
            {
                await db.Database.ExecuteSqlRawAsync(
                    """
                    INSERT INTO "star_awards" ("Id", "VolunteerId", "DivisionCode", "Level", "Hours", "ProposedOn", "PublicityEndsOn", "Status", "Falsified", "Version")
                    VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, 1)
                    """,
                    ids[row.Name], volunteer, TestDistricts.VillageOfWansheng, row.Level, 100m * row.Level, row.ProposedOn, row.ProposedOn.AddDays(7), row.Status, false);
            }
        }

        await database.MigrateAsync();

        await using (var db = database.NewContext())
        {
            var awards = (await MigrationDatabase.Rows(db, "StarAward").ToListAsync()).ToDictionary(a => (Guid)db.Entry(a).Property("Id").CurrentValue!);
            object? Of(string name, string property) => db.Entry(awards[ids[name]]).Property(property).CurrentValue;
            Assert.Equal([2, 3, 3, 1, 3], rows.Select(r => Convert.ToInt32(Of(r.Name, "Status"), System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Contains("重复评定", (string)Of("again", "RevocationReason")!);
            Assert.Equal(lateMay, Of("again", "RevokedOn"));
            Assert.Equal(2, Of("second", "Version"));
            Assert.Null(Of("revoked", "RevocationReason"));
        }
    }

    /// <summary>A new volunteer whose confirmed service hours reach 1★ (100 hours).</summary>
    private async Task<JsonElement> ReachingOneStarAsync(HttpClient officer, string name)
    {
        var volunteer = await officer.NewVolunteerAsync(name: name);
        for (var day = 1; day <= 5; day++)
        {
            var record = await officer.EnterHoursAsync(host, volunteer, 20, day);
            await (await officer.PostAsync($"/api/volunteer/hours/{record.Id()}/confirm/{record.Version()}", null)).JsonAsync();
        }
        return volunteer;
    }

    private static Task<HttpResponseMessage> RunAsync(HttpClient client) => client.PostAsync("/api/volunteer/stars/run", null);

    private async Task<HttpResponseMessage[]> TwoRunsAtOnceAsync(HttpClient client)
    {
        var responses = new HttpResponseMessage[2];
        await RaceAsync(async () => responses[0] = await RunAsync(client), async () => responses[1] = await RunAsync(client));
        return responses;
    }

    /// <summary>Starts both while the star awards' table is held, so that both have read before either writes.</summary>
    private async Task RaceAsync(Func<Task> first, Func<Task> second)
    {
        Task racing;
        await using (var connection = await host.Host.OpenDatabaseAsync(TestDistricts.First, "volunteer"))
        await using (await TestLocks.HoldWritesAsync(connection, "star_awards"))
        {
            racing = Task.WhenAll(Task.Run(first), Task.Run(second));
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        await racing;
    }
}
