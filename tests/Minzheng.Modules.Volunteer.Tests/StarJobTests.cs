using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.Volunteer.Tests;

/// <summary>The star run on the platform's schedule: a proposal and, after its publicity, the award, with nobody starting the run.</summary>
public sealed class StarJobTests(VolunteerHost host) : IClassFixture<VolunteerHost>
{
    [Fact]
    public async Task The_scheduled_run_proposes_the_level_reached_and_awards_it_when_the_publicity_has_ended()
    {
        var officer = host.Client(Staff.Officer);
        var volunteer = await officer.NewVolunteerAsync(name: "定时评星");
        for (var day = 1; day <= 5; day++)
        {
            var record = await officer.EnterHoursAsync(host, volunteer, 21, day);
            await (await officer.PostAsync($"/api/volunteer/hours/{record.Id()}/confirm/{record.Version()}", null)).JsonAsync();
        }
        Assert.Empty(await officer.StarAwardsAsync(volunteer));

        // The platform's runner: past the job's interval, it runs for the district by itself.
        host.Clock.Advance(TimeSpan.FromHours(7));
        await host.Host.RunJobsAsync();
        var proposal = Assert.Single(await officer.StarAwardsAsync(volunteer));
        Assert.Equal("publicity", proposal.Text("status"));
        Assert.Equal(105m, proposal.GetProperty("hours").GetDecimal());

        // Run again during the publicity: nothing new. After it ended (5 working days from Monday 06-01: 06-08): awarded.
        host.Clock.Advance(TimeSpan.FromHours(7));
        await host.Host.RunJobsAsync();
        Assert.Single(await officer.StarAwardsAsync(volunteer));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 9, 2, 0, 0, TimeSpan.Zero));
        await host.Host.RunJobsAsync();
        var awarded = Assert.Single(await officer.StarAwardsAsync(volunteer));
        Assert.Equal("awarded", awarded.Text("status"));
        Assert.Equal("2026-06-09", awarded.Text("awardedOn"));
    }
}
