using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Modules.SocialOrg.Supervision;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Testing;

namespace Minzheng.Modules.SocialOrg.Tests;

/// <summary>Credit lists and penalties: entered and removed with causes, never deleted; a serious penalty lists by itself.</summary>
public sealed class SupervisionTests(SocialOrgHost host) : IClassFixture<SocialOrgHost>
{
    [Fact]
    public async Task An_organisation_is_listed_once_removed_with_a_reason_and_the_history_and_events_keep_both()
    {
        var officer = host.Client(Staff.Registrar);
        var organisation = await (await officer.RegisterAsync()).JsonAsync(HttpStatusCode.Created);
        var path = $"/api/socialorg/organisations/{organisation.Id()}/list-entries";

        var entry = await (await officer.PostAsJsonAsync(path, new { list = "abnormal", cause = "未按规定报送年度工作报告", decisionNumber = "万民社〔2026〕1号" })).JsonAsync(HttpStatusCode.Created);
        Assert.True(entry.GetProperty("active").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict,
            (await officer.PostAsJsonAsync(path, new { list = "abnormal", cause = "再次", decisionNumber = "万民社〔2026〕2号" })).StatusCode);
        Assert.True((await (await officer.PostAsJsonAsync(path, new { list = "grey", cause = "x", decisionNumber = "y" })).JsonAsync(HttpStatusCode.BadRequest)).HasError("list"));

        var active = (await (await officer.GetAsync("/api/socialorg/list-entries?list=abnormal&active=true&pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.Contains(active, e => e.Id() == entry.Id());

        var removePath = $"/api/socialorg/list-entries/{entry.Id()}/remove";
        Assert.True((await (await officer.PostAsJsonAsync($"{removePath}/{entry.Version()}", new { reason = "" })).JsonAsync(HttpStatusCode.BadRequest)).HasError("reason"));
        Assert.Equal(ProblemTypes.StaleVersion,
            (await (await officer.PostAsJsonAsync($"{removePath}/{entry.Version() + 1}", new { reason = "已补报" })).JsonAsync(HttpStatusCode.Conflict)).Text("type"));
        var removed = await (await officer.PostAsJsonAsync($"{removePath}/{entry.Version()}", new { reason = "已补报年度工作报告" })).JsonAsync();
        Assert.False(removed.GetProperty("active").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"{removePath}/{removed.Version()}", new { reason = "再次" })).StatusCode);

        // Removed, not deleted: still in the lists' history and the organisation's.
        var all = (await (await officer.GetAsync("/api/socialorg/list-entries?pageSize=100")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.Contains(all, e => e.Id() == entry.Id() && e.Text("removalReason") == "已补报年度工作报告");
        var history = (await (await officer.GetAsync($"/api/socialorg/organisations/{organisation.Id()}")).JsonAsync()).GetProperty("history").EnumerateArray()
            .Select(h => h.Text("title")).ToList();
        Assert.Equal(["成立登记", "列入活动异常名录", "移出活动异常名录"], history);
        Assert.Single(await host.OutboxAsync("socialorg.listed"), e => e.GetProperty("entryId").GetString() == entry.Id());
        Assert.Single(await host.OutboxAsync("socialorg.delisted"), e => e.GetProperty("entryId").GetString() == entry.Id());
    }

    [Fact]
    public async Task A_fine_of_50000_lists_the_organisation_as_seriously_untrustworthy_and_a_warning_does_not()
    {
        var officer = host.Client(Staff.Registrar);
        var organisation = await (await officer.RegisterAsync()).JsonAsync(HttpStatusCode.Created);
        var path = $"/api/socialorg/organisations/{organisation.Id()}/penalties";

        Assert.True((await (await officer.PostAsJsonAsync(path, new { kind = "fine", facts = "违规收费", decisionNumber = "万民罚〔2026〕1号" })).JsonAsync(HttpStatusCode.BadRequest)).HasError("amount"));
        var fine = await (await officer.PostAsJsonAsync(path, new { kind = "fine", amount = 50000, facts = "违规收费", decisionNumber = "万民罚〔2026〕1号" })).JsonAsync(HttpStatusCode.Created);
        var listed = fine.GetProperty("listed");
        Assert.Equal("serious", listed.Text("list"));
        Assert.Equal("受到5万元以上罚款处罚", listed.Text("cause"));
        Assert.Single(await host.OutboxAsync("socialorg.penalised"), e => e.GetProperty("penaltyId").GetString() == fine.Id());

        var other = await (await officer.RegisterAsync()).JsonAsync(HttpStatusCode.Created);
        var warning = await (await officer.PostAsJsonAsync($"/api/socialorg/organisations/{other.Id()}/penalties",
            new { kind = "warning", facts = "未按规定公开信息", decisionNumber = "万民罚〔2026〕2号" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, warning.GetProperty("listed").ValueKind);
    }

    [Fact]
    public async Task Revocation_ends_the_registration_and_a_town_clerk_cannot_penalise()
    {
        var officer = host.Client(Staff.Registrar);
        var organisation = await (await officer.RegisterAsync()).JsonAsync(HttpStatusCode.Created);
        var path = $"/api/socialorg/organisations/{organisation.Id()}/penalties";
        Assert.Equal(HttpStatusCode.Forbidden,
            (await host.Client(Staff.WanshengClerk).PostAsJsonAsync(path, new { kind = "warning", facts = "x", decisionNumber = "y" })).StatusCode);

        var revoked = await (await officer.PostAsJsonAsync(path, new { kind = "revocation", facts = "弄虚作假骗取登记", decisionNumber = "万民罚〔2026〕3号" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("被撤销登记", revoked.GetProperty("listed").Text("cause"));
        Assert.Equal("revoked", (await (await officer.GetAsync($"/api/socialorg/organisations/{organisation.Id()}")).JsonAsync()).Text("status"));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync(path, new { kind = "warning", facts = "x", decisionNumber = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/socialorg/organisations/{organisation.Id()}/list-entries",
            new { list = "abnormal", cause = "x", decisionNumber = "y" })).StatusCode);
    }

    [Fact]
    public void A_second_penalty_within_three_years_is_a_serious_cause_and_one_after_is_not()
    {
        var day = new DateOnly(2026, 6, 1);
        Assert.Equal("三年内两次以上受到行政处罚", SupervisionRules.SeriousCause(PenaltyKind.Warning, null, day, [new DateOnly(2023, 6, 2)]));
        Assert.Null(SupervisionRules.SeriousCause(PenaltyKind.Warning, null, day, [new DateOnly(2023, 6, 1)]));
        Assert.Null(SupervisionRules.SeriousCause(PenaltyKind.Fine, 49_999.99m, day, []));
        Assert.Equal("被责令停止活动", SupervisionRules.SeriousCause(PenaltyKind.StopActivities, null, day, []));
    }
}
