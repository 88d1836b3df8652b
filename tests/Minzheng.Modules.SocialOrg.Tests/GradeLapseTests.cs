using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>A grade's five years run out: the daily job marks it and publishes <c>socialorg.grade-expired</c> once. The clock moves years: its own host.</summary>
public sealed class GradeLapseTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    [Fact]
    public async Task The_day_after_its_validity_the_job_marks_the_grade_expired_and_publishes_it_once()
    {
        var registrar = host.Client(Staff.Registrar);
        var round = await registrar.RoundAsync();
        var organisation = await registrar.OrganisationAsync("等级届满会", new DateOnly(2019, 9, 1));
        var evaluation = await (await registrar.ApplyAsync(round, organisation)).JsonAsync(HttpStatusCode.Created);
        var path = $"/api/socialorg/evaluations/{evaluation.Id()}";
        var scored = await (await registrar.PostAsJsonAsync($"{path}/score/{evaluation.Version()}", EvaluationApi.Scores())).JsonAsync();
        var published = await (await registrar.PostAsync($"{path}/publish/{scored.Version()}", null)).JsonAsync();
        host.Clock.Advance(TimeSpan.FromDays(7));
        var conferred = await (await registrar.PostAsync($"{path}/confer/{published.Version()}", null)).JsonAsync();
        Assert.Equal("2031-06-07", conferred.Text("validUntil"));

        // 2031-06-07, its last day: still valid, nothing published.
        host.Clock.Advance(new DateOnly(2031, 6, 7).ToDateTime(TimeOnly.MinValue) - new DateOnly(2026, 6, 8).ToDateTime(TimeOnly.MinValue));
        await host.Host.RunJobsAsync();
        Assert.Empty(await host.OutboxAsync("socialorg.grade-expired"));
        Assert.Equal(JsonValueKind.Null, (await (await registrar.GetAsync(path)).JsonAsync()).GetProperty("expiredOn").ValueKind);

        // 2031-06-08: lapsed — marked and published with what a consumer keeps.
        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.Host.RunJobsAsync();
        var expired = Assert.Single(await host.OutboxAsync("socialorg.grade-expired"));
        Assert.Equal(evaluation.Id(), expired.Text("evaluationId"));
        Assert.Equal(organisation.Id(), expired.Text("organisationId"));
        Assert.Equal(organisation.Text("creditCode"), expired.Text("creditCode"));
        Assert.Equal("等级届满会", expired.Text("name"));
        Assert.Equal(5, expired.GetProperty("grade").GetInt32());
        Assert.Equal(2026, expired.GetProperty("year").GetInt32());
        Assert.Equal("2031-06-07", expired.Text("validUntil"));
        Assert.Equal("2031-06-08", expired.Text("expiredOn"));
        var view = await (await registrar.GetAsync(path)).JsonAsync();
        Assert.Equal("2031-06-08", view.Text("expiredOn"));
        Assert.False(view.GetProperty("holds").GetBoolean());

        // Idempotent: later runs publish nothing more.
        await host.Host.RunJobsAsync();
        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.Host.RunJobsAsync();
        Assert.Single(await host.OutboxAsync("socialorg.grade-expired"));
    }
}
