using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>Evaluation's calls the tests repeat (the host's clock: 2026-06-01, so last year is 2025).</summary>
internal static class EvaluationApi
{
    /// <summary>An organisation registered on <paramref name="registeredOn"/> with its 2025 report received and, if given, concluded.</summary>
    public static async Task<JsonElement> OrganisationAsync(this HttpClient registrar, string name, DateOnly registeredOn, string? conclusion = "qualified",
        bool report = true)
    {
        var organisation = await (await registrar.RegisterAsync(name: name, registeredOn: registeredOn)).JsonAsync(HttpStatusCode.Created);
        if (!report) return organisation;
        var inspection = await (await registrar.PostAsJsonAsync("/api/socialorg/inspections",
            new { creditCode = organisation.Text("creditCode"), year = 2025, income = 1000, spending = 800, staffCount = 2, partyOrganisation = true })).JsonAsync(HttpStatusCode.Created);
        if (conclusion is not null)
        {
            await (await registrar.PostAsJsonAsync($"/api/socialorg/inspections/{inspection.Id()}/conclude/{inspection.Version()}",
                new { conclusion, reason = conclusion == "qualified" ? null : "财务制度不健全" })).JsonAsync();
        }
        return organisation;
    }

    /// <summary>The round of 2026, opened once per host.</summary>
    public static async Task<JsonElement> RoundAsync(this HttpClient registrar)
    {
        var response = await registrar.PostAsJsonAsync("/api/socialorg/evaluation-rounds", new { year = 2026 });
        if (response.StatusCode == HttpStatusCode.Created) return await response.JsonAsync(HttpStatusCode.Created);
        return (await (await registrar.GetAsync("/api/socialorg/evaluation-rounds")).JsonAsync()).EnumerateArray().Single(r => r.GetProperty("year").GetInt32() == 2026);
    }

    public static Task<HttpResponseMessage> ApplyAsync(this HttpClient client, JsonElement round, JsonElement organisation) =>
        client.PostAsync($"/api/socialorg/evaluation-rounds/{round.Id()}/organisations/{organisation.Id()}/apply", null);

    public static object Scores(int basic = 55, int governance = 340, int performance = 400, int reputation = 140) =>
        new { basic, governance, performance, reputation };
}

/// <summary>Who may be evaluated: each exclusion refused with its cause, the eligible applying once; rounds are the district's.</summary>
public sealed class EvaluationEligibilityTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    [Fact]
    public async Task A_town_clerk_cannot_open_a_round_and_a_year_is_opened_once_within_range()
    {
        var registrar = host.Client(Staff.Registrar);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.WanshengClerk).PostAsJsonAsync("/api/socialorg/evaluation-rounds", new { year = 2026 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.PlainRegistrar).PostAsJsonAsync("/api/socialorg/evaluation-rounds", new { year = 2026 })).StatusCode);
        Assert.True((await (await registrar.PostAsJsonAsync("/api/socialorg/evaluation-rounds", new { year = 2030 })).JsonAsync(HttpStatusCode.BadRequest)).HasError("year"));
        await registrar.RoundAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await registrar.PostAsJsonAsync("/api/socialorg/evaluation-rounds", new { year = 2026 })).StatusCode);
    }

    [Fact]
    public async Task Each_exclusion_is_refused_with_its_cause_and_named_on_the_eligibility_list()
    {
        var registrar = host.Client(Staff.Registrar);
        var round = await registrar.RoundAsync();
        var old = new DateOnly(2020, 3, 1);
        var young = await registrar.OrganisationAsync("评估未满两年会", new DateOnly(2025, 3, 1));
        var failed = await registrar.OrganisationAsync("评估年检不合格会", old, "unqualified");
        var missed = await registrar.OrganisationAsync("评估未参加年检会", old, report: false);
        var listed = await registrar.OrganisationAsync("评估在名录会", old);
        await (await registrar.PostAsJsonAsync($"/api/socialorg/organisations/{listed.Id()}/list-entries",
            new { list = "abnormal", cause = "通过登记的住所无法联系", decisionNumber = "万民社〔2026〕9号" })).JsonAsync(HttpStatusCode.Created);
        var penalised = await registrar.OrganisationAsync("评估受处罚会", old);
        await (await registrar.PostAsJsonAsync($"/api/socialorg/organisations/{penalised.Id()}/penalties",
            new { kind = "warning", facts = "未按规定公开信息", decisionNumber = "万民罚〔2026〕9号" })).JsonAsync(HttpStatusCode.Created);

        var causes = new Dictionary<JsonElement, string>
        {
            [young] = "取得登记未满两年", [failed] = "2025年度年检不合格", [missed] = "未参加2025年度年检", [listed] = "正被列入活动异常名录",
            [penalised] = "2025年以来受到行政处罚",
        };
        foreach (var (organisation, cause) in causes)
        {
            var refused = await (await registrar.ApplyAsync(round, organisation)).JsonAsync(HttpStatusCode.Conflict);
            Assert.Contains(cause, refused.Text("detail"), StringComparison.Ordinal);
        }
        var rows = (await (await registrar.GetAsync("/api/socialorg/evaluation-eligibility?q=评估&pageSize=200")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.StartsWith("取得登记未满两年", rows.Single(r => r.Text("organisationId") == young.Id()).Text("reason"), StringComparison.Ordinal);
        Assert.False(rows.Single(r => r.Text("organisationId") == failed.Id()).GetProperty("eligible").GetBoolean());
        var ineligible = (await (await registrar.GetAsync("/api/socialorg/evaluation-eligibility?q=评估&eligible=false&pageSize=200")).JsonAsync()).GetProperty("total").GetInt32();
        Assert.True(ineligible >= causes.Count);
    }

    [Fact]
    public async Task An_eligible_organisation_applies_once_and_a_town_clerk_cannot_record_it()
    {
        var registrar = host.Client(Staff.Registrar);
        var round = await registrar.RoundAsync();
        var organisation = await registrar.OrganisationAsync("评估合格申报会", new DateOnly(2021, 1, 10));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.WanshengClerk).ApplyAsync(round, organisation)).StatusCode);
        var applied = await (await registrar.ApplyAsync(round, organisation)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("applied", applied.Text("status"));
        Assert.Equal(HttpStatusCode.Conflict, (await registrar.ApplyAsync(round, organisation)).StatusCode);
        var row = (await (await registrar.GetAsync("/api/socialorg/evaluation-eligibility?q=评估合格申报会")).JsonAsync()).GetProperty("items").EnumerateArray().Single();
        Assert.True(row.GetProperty("eligible").GetBoolean());
        Assert.True(row.GetProperty("applied").GetBoolean());
    }
}

/// <summary>Scoring, publicity, appeal and the grade conferred; the clock moves, so this class has its own host.</summary>
public sealed class EvaluationFlowTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    [Fact]
    public async Task Scored_within_the_items_published_appealed_in_time_and_conferred_after_the_publicity_with_the_event()
    {
        var registrar = host.Client(Staff.Registrar);
        var round = await registrar.RoundAsync();
        var organisation = await registrar.OrganisationAsync("评估流程会", new DateOnly(2019, 9, 1));
        var late = await registrar.OrganisationAsync("评估逾期复核会", new DateOnly(2019, 9, 1));
        var evaluation = await (await registrar.ApplyAsync(round, organisation)).JsonAsync(HttpStatusCode.Created);
        var other = await (await registrar.ApplyAsync(round, late)).JsonAsync(HttpStatusCode.Created);
        var path = $"/api/socialorg/evaluations/{evaluation.Id()}";

        // A score over its item's maximum, a missing item, an unknown item: 400 on the field; a stale version: 409.
        var over = await (await registrar.PostAsJsonAsync($"{path}/score/{evaluation.Version()}", EvaluationApi.Scores(basic: 61))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(over.HasError("basic"));
        Assert.True((await (await registrar.PostAsJsonAsync($"{path}/score/{evaluation.Version()}", new { basic = 50 })).JsonAsync(HttpStatusCode.BadRequest)).HasError("governance"));
        Assert.True((await (await registrar.PostAsJsonAsync($"{path}/score/{evaluation.Version()}",
            new { basic = 50, governance = 300, performance = 300, reputation = 100, extra = 5 })).JsonAsync(HttpStatusCode.BadRequest)).HasError("extra"));
        Assert.Equal(ProblemTypes.StaleVersion,
            (await (await registrar.PostAsJsonAsync($"{path}/score/{evaluation.Version() + 1}", EvaluationApi.Scores())).JsonAsync(HttpStatusCode.Conflict)).Text("type"));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Staff.WanshengClerk).PostAsJsonAsync($"{path}/score/{evaluation.Version()}", EvaluationApi.Scores())).StatusCode);

        var scored = await (await registrar.PostAsJsonAsync($"{path}/score/{evaluation.Version()}", EvaluationApi.Scores(governance: 300))).JsonAsync();
        Assert.Equal(895, scored.GetProperty("total").GetInt32());
        Assert.Equal("4A", scored.Text("grade"));
        Assert.Equal(HttpStatusCode.Conflict, (await registrar.PostAsync($"{path}/confer/{scored.Version()}", null)).StatusCode);

        var published = await (await registrar.PostAsync($"{path}/publish/{scored.Version()}", null)).JsonAsync();
        Assert.Equal("2026-06-07", published.Text("publicityEndsOn"));
        Assert.Equal(HttpStatusCode.Conflict, (await registrar.PostAsJsonAsync($"{path}/score/{published.Version()}", EvaluationApi.Scores())).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await registrar.PostAsync($"{path}/confer/{published.Version()}", null)).StatusCode);

        // An appeal within the publicity, upheld: scored again (5A) and published again.
        Assert.True((await (await registrar.PostAsJsonAsync($"{path}/appeal/{published.Version()}", new { appeal = "" })).JsonAsync(HttpStatusCode.BadRequest)).HasError("appeal"));
        var appealed = await (await registrar.PostAsJsonAsync($"{path}/appeal/{published.Version()}", new { appeal = "内部治理得分漏计党建工作" })).JsonAsync();
        Assert.Equal("appealed", appealed.Text("status"));
        Assert.True((await (await registrar.PostAsJsonAsync($"{path}/decide-appeal/{appealed.Version()}", new { reason = "x" })).JsonAsync(HttpStatusCode.BadRequest)).HasError("upheld"));
        var upheld = await (await registrar.PostAsJsonAsync($"{path}/decide-appeal/{appealed.Version()}", new { upheld = true, reason = "经复核，党建工作应计分" })).JsonAsync();
        Assert.Equal("scored", upheld.Text("status"));
        var rescored = await (await registrar.PostAsJsonAsync($"{path}/score/{upheld.Version()}", EvaluationApi.Scores())).JsonAsync();
        Assert.Equal("5A", rescored.Text("grade"));
        var republished = await (await registrar.PostAsync($"{path}/publish/{rescored.Version()}", null)).JsonAsync();

        // The other: published today, appealed after its publicity ended: refused.
        var otherPath = $"/api/socialorg/evaluations/{other.Id()}";
        var otherScored = await (await registrar.PostAsJsonAsync($"{otherPath}/score/{other.Version()}", EvaluationApi.Scores(governance: 100, performance: 100))).JsonAsync();
        var otherPublished = await (await registrar.PostAsync($"{otherPath}/publish/{otherScored.Version()}", null)).JsonAsync();

        host.Clock.Advance(TimeSpan.FromDays(7));  // 2026-06-08: both publicities over
        var tooLate = await (await registrar.PostAsJsonAsync($"{otherPath}/appeal/{otherPublished.Version()}", new { appeal = "不服" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("公示已于2026-06-07结束", tooLate.Text("detail"), StringComparison.Ordinal);

        var conferred = await (await registrar.PostAsync($"{path}/confer/{republished.Version()}", null)).JsonAsync();
        Assert.Equal("conferred", conferred.Text("status"));
        Assert.Equal("2031-06-07", conferred.Text("validUntil"));
        Assert.True(conferred.GetProperty("holds").GetBoolean());
        var graded = Assert.Single(await host.OutboxAsync("socialorg.graded"), e => e.GetProperty("evaluationId").GetString() == evaluation.Id());
        Assert.Equal(5, graded.GetProperty("grade").GetInt32());
        Assert.Equal(organisation.Text("creditCode"), graded.GetProperty("creditCode").GetString());
        Assert.Equal("2031-06-07", graded.GetProperty("validUntil").GetString());

        // Under 1A: concluded without a grade and without the event.
        var ungraded = await (await registrar.PostAsync($"{otherPath}/confer/{otherPublished.Version()}", null)).JsonAsync();
        Assert.Equal("未达等级", ungraded.Text("grade"));
        Assert.DoesNotContain(await host.OutboxAsync("socialorg.graded"), e => e.GetProperty("evaluationId").GetString() == other.Id());

        // Once per round; listing as seriously untrustworthy (a stop order) withdraws the grade.
        var again = await (await registrar.ApplyAsync(round, organisation)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("已申报", again.Text("title"), StringComparison.Ordinal);
        await (await registrar.PostAsJsonAsync($"/api/socialorg/organisations/{organisation.Id()}/penalties",
            new { kind = "stop-activities", facts = "违规开展评比", decisionNumber = "万民罚〔2026〕20号" })).JsonAsync(HttpStatusCode.Created);
        Assert.False((await (await registrar.GetAsync(path)).JsonAsync()).GetProperty("holds").GetBoolean());

        // The results' export carries the search.
        var export = await registrar.GetAsync("/api/socialorg/evaluations.xlsx?q=评估流程会");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }
}
