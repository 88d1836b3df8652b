using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Volunteer.Tests;

/// <summary>A host whose district keeps 2026-06-03 as a holiday, so that the publicity's working days skip it.</summary>
public sealed class StarHost : VolunteerHost
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Modules:volunteer:Holidays:0"] = "2026-06-03";
        settings["Modules:volunteer:Stars:BarYears"] = "2";
    }
}

/// <summary>
/// Stars from confirmed service hours only, proposed by the star run, awarded after a publicity counted in working days,
/// revoked with a reason, and falsified hours barring the volunteer. Only the first test moves the clock.
/// </summary>
public sealed class StarTests(StarHost host) : IClassFixture<StarHost>
{
    [Fact]
    public async Task A_star_comes_from_confirmed_service_hours_only_and_is_awarded_after_its_publicity_of_working_days()
    {
        var officer = host.Client(Staff.Officer);
        var volunteer = await officer.NewVolunteerAsync(name: "星级甲");
        for (var day = 1; day <= 4; day++) await ConfirmAsync(officer, await officer.EnterHoursAsync(host, volunteer, 20, day));
        await ConfirmAsync(officer, await officer.EnterHoursAsync(host, volunteer, 10, 5));
        await ConfirmAsync(officer, await officer.EnterHoursAsync(host, volunteer, 24, 6, "training"));
        var pending = await officer.EnterHoursAsync(host, volunteer, 20, 7);

        // 90 confirmed service hours: neither the training nor the hours waiting for confirmation make the 100 of 1★.
        await RunAsync(officer);
        Assert.Empty(await officer.StarAwardsAsync(volunteer));

        await ConfirmAsync(officer, pending);
        var run = await RunAsync(officer);
        Assert.True(run.GetProperty("proposed").GetInt32() >= 1);
        var proposal = Assert.Single(await officer.StarAwardsAsync(volunteer));
        Assert.Equal("publicity", proposal.Text("status"));
        Assert.Equal(1, proposal.GetProperty("level").GetInt32());
        Assert.Equal(110m, proposal.GetProperty("hours").GetDecimal());
        // From Monday 06-01: 06-02, (06-03 a holiday), 06-04, 06-05, (the weekend), 06-08, 06-09.
        Assert.Equal("2026-06-09", proposal.Text("publicityEndsOn"));

        // A second run during the publicity proposes nothing more; on its last day it is still in publicity.
        await RunAsync(officer);
        Assert.Single(await officer.StarAwardsAsync(volunteer));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 9, 2, 0, 0, TimeSpan.Zero));
        await RunAsync(officer);
        Assert.Equal("publicity", Assert.Single(await officer.StarAwardsAsync(volunteer)).Text("status"));

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 10, 2, 0, 0, TimeSpan.Zero));
        var awarding = await RunAsync(officer);
        Assert.True(awarding.GetProperty("awarded").GetInt32() >= 1);
        var awarded = Assert.Single(await officer.StarAwardsAsync(volunteer));
        Assert.Equal("awarded", awarded.Text("status"));
        Assert.Equal("2026-06-10", awarded.Text("awardedOn"));
        var shown = await (await officer.GetAsync($"/api/volunteer/volunteers/{volunteer.Id()}")).JsonAsync();
        Assert.Equal("★", shown.Text("stars"));
    }

    [Fact]
    public async Task Revoking_for_falsified_hours_bars_the_volunteer_from_stars_and_needs_a_reason_and_the_current_version()
    {
        var officer = host.Client(Staff.Officer);
        var volunteer = await officer.NewVolunteerAsync(name: "星级乙");
        for (var day = 1; day <= 5; day++) await ConfirmAsync(officer, await officer.EnterHoursAsync(host, volunteer, 20, day));
        await RunAsync(officer);
        var award = Assert.Single(await officer.StarAwardsAsync(volunteer));

        var noReason = await (await officer.PostAsJsonAsync($"/api/volunteer/stars/{award.Id()}/revoke/{award.Version()}", new { reason = " ", falsified = true }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.HasError("reason"));
        var stale = await officer.PostAsJsonAsync($"/api/volunteer/stars/{award.Id()}/revoke/{award.Version() + 1}", new { reason = "时长造假", falsified = true });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(ProblemTypes.StaleVersion, (await stale.JsonAsync(HttpStatusCode.Conflict)).Text("type"));

        var revoked = await (await officer.PostAsJsonAsync($"/api/volunteer/stars/{award.Id()}/revoke/{award.Version()}", new { reason = "抽查发现时长造假", falsified = true })).JsonAsync();
        Assert.Equal("revoked", revoked.Text("status"));
        Assert.True(revoked.GetProperty("falsified").GetBoolean());
        var again = await officer.PostAsJsonAsync($"/api/volunteer/stars/{award.Id()}/revoke/{revoked.Version()}", new { reason = "再次撤销", falsified = false });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var shown = await (await officer.GetAsync($"/api/volunteer/volunteers/{volunteer.Id()}")).JsonAsync();
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().AddHours(8).DateTime);
        Assert.Equal(today.AddYears(2).ToString("yyyy-MM-dd"), shown.Text("starsBarredUntil"));
        Assert.Equal("无", shown.Text("stars"));
        // Barred: the hours still reach 1★, yet the next run proposes nothing.
        await RunAsync(officer);
        Assert.Equal(["revoked"], (await officer.StarAwardsAsync(volunteer)).Select(a => a.Text("status")));
    }

    [Fact]
    public async Task A_town_runs_stars_for_its_own_volunteers_and_a_reader_may_not_run_them()
    {
        var officer = host.Client(Staff.Officer);
        var elsewhere = await officer.NewVolunteerAsync(TestDistricts.VillageOfDonglin, "星级丙");
        for (var day = 1; day <= 5; day++) await ConfirmAsync(officer, await officer.EnterHoursAsync(host, elsewhere, 20, day));

        await RunAsync(host.Client(Staff.WanshengClerk));
        Assert.Empty(await officer.StarAwardsAsync(elsewhere));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.Reader).PostAsync("/api/volunteer/stars/run", null)).StatusCode);

        await RunAsync(host.Client(Staff.DonglinClerk));
        var award = Assert.Single(await officer.StarAwardsAsync(elsewhere));
        var other = await host.Client(Staff.WanshengClerk).GetAsync($"/api/volunteer/stars/{award.Id()}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    private static async Task<JsonElement> RunAsync(HttpClient client) => await (await client.PostAsync("/api/volunteer/stars/run", null)).JsonAsync();

    private static async Task ConfirmAsync(HttpClient client, JsonElement record) =>
        await (await client.PostAsync($"/api/volunteer/hours/{record.Id()}/confirm/{record.Version()}", null)).JsonAsync();
}
